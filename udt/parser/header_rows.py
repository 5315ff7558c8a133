"""Whether a line of "|" cells is a table's header row, the line that names its columns.

A header row names columns and holds no measurement, so a digit in it once meant a row of data. Writers put the
unit and the number of axes in a column's name, though: "size (mm, 3 axes)", "Dimensions (3D, mm)". A digit inside
brackets is part of such a name; only a digit outside brackets makes the line a row of data.
"""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"\([^()\n]*\)")


def is_header_row(line: str) -> bool:
    """The line holds "|" cells and no digit outside brackets: ``"# | side | size (mm, 3 axes) | echo"``."""
    return "|" in line and not any(c.isdigit() for c in _BRACKETED.sub("", line))
