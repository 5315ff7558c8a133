"""A sentence that is only a diagnosis ("Simple cyst.", "Cyst.", "Lipoma.", also after a naming phrase: "Appearances
of a lipoma.") right after a sentence that measured a lesion of unstated nature or named only by its diagnosis's own
word ("collection"), or after one more sentence that adds no lesion, size or organ ("... 23 mm lesion. No
vascularity. Epidermoid cyst."), names that lesion: "Lesion 1: 9:00, 8 x 5 x 6 mm, oval, anechoic. Simple cyst.
BI-RADS 2." is one cyst of 8 mm, not a lesion and a second, unmeasured cyst.

Only in the same section, with no size, site or other lesion of its own; a hedged diagnosis
("Probable cyst.") names nothing, nor does free fluid, which lies in a body space of its own, nor a name the
lesion's own look rules out (a bright, shadowing focus is no "Simple cyst.": typical_looks.py). Constant work per
sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import FindingBuilder, Item

_MAX_GAP = 2  # sentences from the measured lesion to its bare diagnosis
_LEAD_IN = 5  # words of a naming phrase before the diagnosis ("appearances are those of a")


def names_last_lesion(builder: FindingBuilder, items: list[Item], span: tuple[int, int], new_section: bool) -> bool:
    """Whether the sentence of ``items`` (token range ``span``) is a bare diagnosis naming the builder's last
    lesion; if so that lesion takes the diagnosis and its mention (see module docstring)."""
    if new_section or len(items) != 1 or builder.last_lesion is None:
        return False
    lz = items[0]
    if lz.kind != "lesion" or lz.value is None or lz.status != "present" or lz.plural:
        return False
    if lz.concept in builder.fluid_spaces and builder.findings[builder.last_lesion].concept != lz.concept:
        # "Left ovary: complex formation 5.8 cm. Free fluid in pelvis.": a finding the ontology places in a body
        # space of its own (udt:unplacedSite: free fluid) is no name for a lesion of the organ before (it still
        # restates free fluid just measured)
        return False
    if lz.start != span[0] and not _led_in(builder, span[0], lz.start):
        return False
    role = builder.words.role if builder.words is not None else []
    if lz.end < len(role) and role[lz.end] == "colon":
        return False  # "Free fluid: trace.": a template key stating its own finding, not a name
    gap = lz.sent - builder.last_lesion_sent
    # The next sentence, or the one after a sentence that adds no lesion or size ("... 23 mm lesion. No flow.
    # Epidermoid cyst.").
    if gap != 1 and not (gap == _MAX_GAP and builder.last_busy_sent == builder.last_lesion_sent):
        return False
    f = builder.findings[builder.last_lesion]
    # A lesion of unstated nature, or one named only by its diagnosis's own word ("collection ... Abscess.")
    unnamed = f.concept == builder.generic_lesion or (f.diagnosis is not None and f.concept == f.diagnosis == lz.value)
    if not unnamed or f.concept is None or not f.size_mm:
        return False
    if builder.ruled_out is not None and builder.ruled_out(lz.concept, f.attributes):
        return False  # ("8 mm echogenic focus with posterior acoustic shadowing. Simple cyst.": typical_looks.py)
    f.diagnosis, f.concept = lz.value, lz.concept
    f.absorb(m for m in (lz.index, *lz.extra) if m >= 0)  # (-1: an item with no mention)
    return True


def _led_in(builder: FindingBuilder, start: int, lesion_start: int) -> bool:
    """The sentence opens with a naming phrase before the diagnosis ("Appearances of a pleomorphic adenoma.",
    "Consistent with a lipoma."): a refining word first, a few words at most, no clause break."""
    words = builder.words
    if words is None or lesion_start - start > _LEAD_IN or words.role[start] != "refine":
        return False
    return all(r in (None, "refine", "measure") for r in words.role[start:lesion_start])
