"""The cells of one line of a plain-text table written with bars ("| Site | Size |"), by character offset in the
report.

One splitter for every table rule (the column headers' earlier and axis columns, the unit columns, the amount
columns, the side columns), so that they agree on where a cell starts and ends and on which column a cell is in.
"""

from __future__ import annotations


def bar_cells(line: str, offset: int = 0, *, borders: bool = False) -> list[tuple[int, int, str]]:
    """The ``|``-separated cells of ``line`` as (start, end, text), ``offset`` being the line's start in the report.

    A leading or trailing bar opens no cell: the blank text before the first bar or after the last one is dropped.
    With ``borders`` every part of the split is a cell, for a rule that numbers its columns from the line's start
    whatever its borders (a header and its rows then number their cells alike only when they are written alike).
    """
    out: list[tuple[int, int, str]] = []
    start = offset
    for part in line.split("|"):
        out.append((start, start + len(part), part))
        start += len(part) + 1
    return out if borders else without_borders(out)


def without_borders(parts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The cells of a line split with ``borders`` (:func:`bar_cells`), less the blank part before its first bar and
    the blank part after its last one."""
    if parts and not parts[0][2].strip():
        parts = parts[1:]
    if parts and not parts[-1][2].strip():
        parts = parts[:-1]
    return parts
