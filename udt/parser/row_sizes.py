"""A size in a table row measures the lesion its own row names after it, not the one the row above named: in
"| R | 12 | 7 mm | anechoic, cyst |\\n| R | 8 | 12 x 8 mm | oval, hypoechoic, fibroadenoma |" the 12 x 8 mm is the
fibroadenoma's, though the cyst is the nearest lesion before it (a size after its lesion, "cyst 7 mm", otherwise
wins over one before it). The line break before a table row has the clause role "row" (sites.py); a row whose
cells name no lesion still gives its size to the lesion before it, as other rules decide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item


def own_row_lesion(
    role: list[str | None], lower: list[int], newline: int | None, before_end: int, size: Item, after_start: int
) -> bool:
    """Whether a row break lies between the lesion before the size (ending at token ``before_end``) and the size,
    and no line break (``newline``, the id of the line-break token in ``lower``) between the size and the lesion
    after it (starting at ``after_start``): a comment line after the table restates its lesions, it names no row's."""
    return "row" in role[before_end : size.start] and newline not in lower[size.end : after_start]
