"""A labelled row that measures an organ itself is no lesion row (labelled_rows.py).

A measurement list labels every row with one letter, the organs' own dimensions among the lesions' ("M1 Liver
length: 17.1 cm / M2 Spleen length: 11.3 cm / M3 Liver lesion S5: 1.6 cm"; "M1 Uterus: 9.8 x 5.6 x 6.1 cm"). A row
whose words before its first size name a whole organ (anatomy with no part of it) and no lesion gives that organ's
size: made a lesion of the list's kind, it filed the organ's length as a lesion and it was matched in place of the
real one. A row naming a part or place ("N1 right lobe upper pole: 9 mm", "F1 anterior wall: 14 mm") is still a
lesion row, as is one that goes on to place its lesion after the organ's name ("T2 liver seg IVa: 18 mm").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from udt.parser.lazy_patterns import lazy_compile

if TYPE_CHECKING:
    from udt.parser.findings import Item


# After the organ's name, at most one word (a dimension: "length", "volume") and the colon before the size: a row
# that goes on to place something ("T2 liver seg IVa - baseline 25 - current 18") measures a lesion there.
_TO_SIZE = lazy_compile(r"\s*(?:[^\W\d]+\s*)?:\s*")


def measures_organ(found: Sequence[Item], first_size: int, text: str, idx: Sequence[int], *,
                   parts: bool = False) -> bool:
    """Whether a row's items up to its first size (``found`` from its label on) name a whole organ and nothing
    else that places a lesion, its size given right after the organ's name. ``idx``: each token's character offset.
    ``parts``: a named structure of the organ ("R kidney", "L ovary") counts as the organ, where the list is known to
    measure its organs (later_row_lesions.py)."""
    before = [it for it in found if it.start < first_size and it.kind in ("anatomy", "lesion", "landmark")]
    if not before or _TO_SIZE.fullmatch(text, idx[before[-1].end], idx[first_size]) is None:
        return False
    return all(it.kind == "anatomy" and it.organ is not None and (parts or it.structure is None) and not it.node
               for it in before)
