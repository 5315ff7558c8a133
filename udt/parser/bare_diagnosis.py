"""A sentence that is only a diagnosis ("Simple cyst.", "Cyst.", "Lipoma.") right after a sentence that measured a
lesion of unstated nature names that lesion: "Lesion 1: 9:00, 8 x 5 x 6 mm, oval, anechoic. Simple cyst. BI-RADS 2."
is one cyst of 8 mm, not a lesion and a second, unmeasured cyst.

Only the next sentence, in the same section, with no size, site or other lesion of its own; a hedged diagnosis
("Probable cyst.") names nothing. Constant work per sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import FindingBuilder, Item


def names_last_lesion(builder: FindingBuilder, items: list[Item], span: tuple[int, int], new_section: bool) -> bool:
    """Whether the sentence of ``items`` (token range ``span``) is a bare diagnosis naming the builder's last
    lesion; if so that lesion takes the diagnosis and its mention (see module docstring)."""
    if new_section or len(items) != 1 or builder.last_lesion is None:
        return False
    lz = items[0]
    if lz.kind != "lesion" or lz.value is None or lz.status != "present" or lz.start != span[0] or lz.plural:
        return False
    if lz.sent != builder.last_lesion_sent + 1:
        return False
    f = builder.findings[builder.last_lesion]
    if f.concept != builder.generic_lesion or f.concept is None or not f.size_mm:
        return False
    f.diagnosis, f.concept = lz.value, lz.concept
    f.absorb(m for m in (lz.index, *lz.extra) if m >= 0)  # (-1: an item with no mention)
    return True
