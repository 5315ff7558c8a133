"""A numbered table a few lines under a title that names its lesion kind: "THYROID US - NODULE TABLE", the organs'
own measurements, then "No. | Site | Dimensions (mm) | ..." over rows "1 | R mid | 14 x 10 x 9 | ...", "2 | ...".
Each row is one lesion of the title's kind (lesion_lists.py reads it as a row under a caption); the row's number is
its item number, no size (header_units.py reads only the unit columns).

The title line holds no digit and no "|" cell; the table's header row, a digit-free line of "|" cells, comes within
``_REACH`` lines under it; the rows under the header are numbered from 1 in their first cell (a table of organs or
of sides is not numbered so). Read only for a lesion word on such a line of a report that holds "|".
"""

from __future__ import annotations

from udt.parser.header_rows import is_header_row
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.text_lines import line_bounds

_REACH = 4  # lines from the title to the table's header row (the organs' measurements and a blank line between)
_FIRST_CELL = lazy_compile(r"\s*\|?\s*(\d{1,2})\s*\|")


def numbered_table_below(char: int, text: str) -> int | None:
    """The character where the header row ends of the numbered table a title at character ``char`` names (see the
    module docstring), else None."""
    start, end = line_bounds(text, char)
    if end == len(text) or "|" in text[start:end] or any(c.isdigit() for c in text[start:end]):
        return None
    lines = text[end + 1 :].split("\n", _REACH + 2)
    pos = end + 1
    for k, line in enumerate(lines[:_REACH]):
        if "|" in line:
            if not is_header_row(line) or not _numbered(lines[k + 1 : k + 3]):
                return None
            return pos + len(line)
        pos += len(line) + 1
    return None


def _numbered(rows: list[str]) -> bool:
    """The first two rows under the header are numbered 1 and 2 in their first cell."""
    numbers = [m.group(1) if (m := _FIRST_CELL.match(row)) else None for row in rows]
    return numbers == ["1", "2"]
