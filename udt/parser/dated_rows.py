"""A table row dated earlier than another row of its table holds prior sizes.

Follow-up tables often give each examination a row of its own, the date in a column:

    | Site          | Date       | Size (mm) |
    | Cyst, 2 o'clock | 03/05/2025 | 21 x 12   |
    | Same          | today      | 15 x 9    |

The earlier row is the comparison, as a size followed by a year is (dated_sizes.py) and as a column under an earlier
date is (column_headers.py): its sizes are never the lesion's current size. A column is a date column when two rows
or more hold only a date (or only a word of today: "today", "now", "current") in it; a row whose date there is earlier
than the latest one of the column (today being the latest of all) is a prior row. A table whose dates are all one
day, or with a single dated row, says nothing of time.

Read from the report's bar lines (bar_tables.py), only for a text with a bar and a year; a table is a run of lines
with at least two bars, as column_headers.py reads it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from udt.parser.column_headers import DATE, TODAY_KEY, date_key
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.termset import CLAUSE_ROLES

if TYPE_CHECKING:
    from udt.parser.bar_tables import BarLine, BarTables

# A cell that is only a date ("12/01/2026", "03.2025", "2024", "05-2025": a header's date, column_headers.DATE) or
# only a word of today ("today", "current", "this scan").
_TODAY_CELL = lazy_compile(
    r"\s*(?:" + "|".join((*CLAUSE_ROLES["current"], "current", r"this\s+(?:scan|study|exam)")) + r")\s*",
    re.IGNORECASE,
)
_YEAR = lazy_compile(r"(?:19|20)\d\d\b")
_MIN_DATED_ROWS = 2


def _time_key(cell: str) -> tuple[int, int, int] | None:
    """The time a cell names when it names nothing else: a date, or today (later than every date)."""
    if _TODAY_CELL.fullmatch(cell):
        return TODAY_KEY
    if DATE.fullmatch(cell.strip()):
        return date_key(cell)
    return None


def _prior_rows(rows: list[BarLine]) -> list[BarLine]:
    """The rows of one table dated earlier than another row in one of its columns."""
    prior: set[int] = set()
    width = max(len(row.cells) for row in rows)
    for k in range(width):
        keys = {r: key for r, row in enumerate(rows)
                if k < len(row.cells) and (key := _time_key(row.cells[k][2])) is not None}
        if len(keys) < _MIN_DATED_ROWS:
            continue
        latest = max(keys.values())
        prior |= {r for r, key in keys.items() if key < latest}
    return [rows[r] for r in sorted(prior)]


def prior_row_cells(text: str, tables: BarTables) -> list[tuple[int, int]]:
    """The character spans of the cells of every prior row (see module docstring) of the bar tables of ``text``
    (``tables``: its bar lines)."""
    if not tables or _YEAR.search(text) is None:
        return []  # (no table, or no date: at least one row must be dated for another to be later)
    return [(a, b) for table in tables.tables(min_bars=2) if len(table) > _MIN_DATED_ROWS  # (a header, two dated rows)
            for row in _prior_rows(table) for a, b, _ in row.cells]
