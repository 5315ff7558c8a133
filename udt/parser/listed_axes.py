"""Columns of axes in a delimited list: "region;side;short axis;long axis;comment" over "level II;L;11 mm;24 mm;...",
or the same with commas. An export or a line list writes a node survey as a table without bars; the sizes of one row
under two or more axis columns are one node's dimensions (its largest the long axis), as they are under the axis
columns of a bar table (column_headers.py), not the first one only.

A header is a line of three cells or more, split by one ";" or "," throughout, with no digit; its rows are the lines
right under it split into as many cells by the same separator. Read only in a report that says "axis" or names an
axis column in another language ("Regio;Zijde;Korte as (mm);Lange as (mm)": termset.AXIS_COLUMN_NAMES).
"""

from __future__ import annotations

from udt.parser.column_headers import axis_columns, may_name_axis_column

_SEPARATORS = (";", ",")


def listed_axis_cells(text: str) -> list[tuple[int, int]]:
    """The character spans of the cells under the axis columns of each delimited list of ``text``."""
    spans: list[tuple[int, int]] = []
    if not may_name_axis_column(text):
        return spans  # (most reports name no axis column)
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    k = 0
    while k < len(lines):
        _, line = lines[k]
        k += 1
        sep = next((s for s in _SEPARATORS if line.count(s) >= 2), None)
        if sep is None or any(c.isdigit() for c in line) or "|" in line:
            continue
        names = line.split(sep)
        chosen = axis_columns(names)
        if not chosen:
            continue
        while k < len(lines):
            row_start, row = lines[k]
            cells = row.split(sep)
            if len(cells) != len(names):
                break
            k += 1
            at = row_start
            for n, cell in enumerate(cells):
                if n in chosen:
                    spans.append((at, at + len(cell)))
                at += len(cell) + 1
    return spans
