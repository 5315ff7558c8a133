"""The lines of a report that hold a bar ("| Site | Size |"), walked once for every table rule.

The column rules (column_headers.py, dated_rows.py, column_amounts.py, header_units.py), the side tables
(table_sides.py, and side_rows.py through them) and the unnamed rows (unnamed_rows.py) each read bar tables. Each
keeps its own reading (which line is a header, which rows count, whether a line of one bar ends a table); this
module only finds the lines holding a bar and splits them into cells (bar_cells.py), once per report: the walk is
kept on the report's :class:`~udt.parser.record.DocState`, where the matcher, context and sites components all find
it (:func:`bar_tables_of`).

A line ends at a ``"\\n"`` (as text_lines.py reads a line); the ``"\\r"`` of a ``"\\r\\n"`` break is in its text,
not in its cells.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from udt.parser.bar_cells import bar_cells, without_borders

if TYPE_CHECKING:
    from udt.parser.record import DocState

Cells = tuple[tuple[int, int, str], ...]  # (start, end, text) of each cell, by character offset in the report


class BarLine(NamedTuple):
    """One line holding a bar."""

    n: int  # the line's number in the report (from 0)
    start: int  # its first character in the report
    text: str  # the line, without its "\n"
    bars: int  # how many "|" it holds
    parts: Cells  # every "|"-separated part, the blank borders too (``bar_cells(..., borders=True)``)
    cells: Cells  # the parts less the blank borders (``bar_cells``)


class BarTables:
    """The lines of a text that hold a bar, in text order, and their runs (tables) as each rule reads them."""

    __slots__ = ("_runs", "lines")

    def __init__(self, text: str) -> None:
        lines: list[BarLine] = []
        if "|" in text:
            start = 0
            for n, line in enumerate(text.split("\n")):
                if "|" in line:
                    parts = bar_cells(line.rstrip("\r"), start, borders=True)
                    lines.append(BarLine(n, start, line, line.count("|"), tuple(parts), tuple(without_borders(parts))))
                start += len(line) + 1
        self.lines: tuple[BarLine, ...] = tuple(lines)
        self._runs: dict[int, list[list[BarLine]]] = {}

    def __bool__(self) -> bool:
        return bool(self.lines)

    def tables(self, min_bars: int = 1) -> list[list[BarLine]]:
        """The runs of consecutive lines holding ``min_bars`` bars or more each: a line with fewer (a line with no
        bar, or a line of one bar where a rule asks two) ends a table."""
        runs = self._runs.get(min_bars)
        if runs is None:
            runs = self._runs[min_bars] = []
            last = -2  # the number of the last line taken
            for line in self.lines:
                if line.bars < min_bars:
                    continue
                if line.n != last + 1:
                    runs.append([])
                runs[-1].append(line)
                last = line.n
        return runs


_NONE = BarTables("")


def bar_tables_of(state: DocState) -> BarTables:
    """The :class:`BarTables` of a report's text, walked on first use and kept on its state."""
    tables = state.bar_tables
    if tables is None:
        text = state.text or ""
        tables = state.bar_tables = BarTables(text) if "|" in text else _NONE
    return tables
