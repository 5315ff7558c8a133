"""Whether a line of "|" cells is a table's header row, the line that names its columns.

A header row names columns and holds no measurement, so a digit in it once meant a row of data. Writers put the
unit and the number of axes in a column's name, though: "size (mm, 3 axes)", "Dimensions (3D, mm)". A digit inside
brackets is part of such a name; only a digit outside brackets makes the line a row of data. So is a date: a table
of sizes over time names its columns by the dates of the studies ("| Nodule | Site | 14/03/2025 | 02/12/2026 |",
"| site | 03/2025 | 2026 |"; column_headers.py reads which is today's), and a row of data holds a size besides any
date it gives.
"""

from __future__ import annotations

# (a study's date as a column's name, "14/03/2025", "03.2025", "3-2025", "2025", not a size, "12 x 8", "1.5": the
# header date column_headers.py reads)
from udt.parser.column_headers import DATE
from udt.parser.lazy_patterns import lazy_compile

_BRACKETED = lazy_compile(r"\([^()\n]*\)")


def is_header_row(line: str) -> bool:
    """The line holds "|" cells and no digit outside brackets and dates: ``"# | side | size (mm, 3 axes) | echo"``."""
    if "|" not in line:
        return False
    return not any(c.isdigit() for c in DATE.sub("", _BRACKETED.sub("", line)))
