"""A labelled row that measures its organ first and then names and measures a lesion of it is the lesion's row
from that lesion on (labelled_rows.py): "A5 R kidney length: 112 mm; cyst: Y; size: 19 mm", "P3 R ovary: 31 x 22
mm; lesion: Y; unilocular cyst 27 mm". Case-report forms give the organ's own dimensions before its lesion field.

Made the row's lesion at its label, the lesion took the row's first size, the organ's. Where the row's first lesion
word stands after a clause break (``;``, a cell border) that follows the first size, and a size follows that lesion
word, the row is left to the findings pass, which gives the lesion the size after its own word. A row whose only
size is before its lesion word ("N1 R mid: 9 mm, anechoic, TR1 (cyst)") is still one lesion of that size.

A row whose lesion field, after that break, answers no ("A6 L kidney length: 109 mm; cyst: N", "P4 L ovary: 26 x 18
mm; lesion: N") and names no lesion present measures only its organ: no lesion is made of it either.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

_BREAKS = frozenset({"sep_strong", "cell"})  # what ends the organ's measurement before the lesion's field


def measures_lesion_later(found: Sequence[Item], first_size: int, role: Sequence[str | None]) -> bool:
    """Whether a row's items (``found``, from its label on, in token order) name a lesion after a break that
    follows the first size (at token ``first_size``), and measure that lesion after its word."""
    later = [it for it in found if it.kind == "lesion" and it.start > first_size]
    lesion = next((it for it in later if it.status == "present"), None)
    if lesion is None:
        # (a field answered no: the row measures its organ only)
        return any(it.status == "absent" and _broken(role, first_size, it.start) for it in later)
    if not _broken(role, first_size, lesion.start):
        return False
    return any(it.kind == "size" and it.start >= lesion.end for it in found)


def _broken(role: Sequence[str | None], start: int, end: int) -> bool:
    """Whether a clause break stands between tokens ``start`` and ``end``."""
    return any(r in _BREAKS for r in role[start:end])
