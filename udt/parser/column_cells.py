"""A value cell of a table whose columns are attributes, where a negation in the next cell ends.

In a table of lesions by rows and attributes by columns ("# | Site | Size | Composition | Echo | Calcs | TI-RADS",
then "2 | L upper | 7 x 5 | cystic | anechoic | none | TR1"), a cell's "none" or "nil" answers its own column's
header (no calcifications), not the cell before it: the echogenicity "anechoic" is stated, not denied. A key-value
table reads the other way ("| Calcification | none |", "| Stone | none | 7 mm |": the key is the row's first cell or
the one after an index), so only a cell third or later in a row of four cells or more is a column's value.

Read from the report's bar lines (bar_tables.py); asked only when a negation sits in the cell right after a mention's.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.bar_tables import BarLine, BarTables

_MIN_CELLS = 4  # a row of attributes: a label (or index), then three values or more
_FIRST_VALUE = 2  # a row's first two cells may be its key ("1 | Calcification | none")


def _start(line: BarLine) -> int:
    return line.start


def column_value_cell(tables: BarTables, at: int) -> bool:
    """The character ``at`` lies in a value cell (third or later) of a bar line of four cells or more."""
    lines = tables.lines
    k = bisect_right(lines, at, key=_start) - 1
    if k < 0:
        return False
    line = lines[k]
    if at >= line.start + len(line.text) or len(line.cells) < _MIN_CELLS:
        return False
    return any(start <= at < end for start, end, _ in line.cells[_FIRST_VALUE:])
