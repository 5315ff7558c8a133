"""A named collection restated as its fluid to give its depth is one lesion: "large hydrocele, fluid depth 5.6 cm";
"moderate effusion, fluid depth 9 mm"; "a hydrocele with a fluid thickness of 21 mm". The bare fluid word names
no second collection there: it opens the measurement of the collection just named (the guideline's size of the
hydrocele is that depth), where the findings pass would make an unsized hydrocele and a sized "fluid".

Only the ontology's bare fluid (its concept is the released fluid diagnosis itself, no kind of it) after a lesion of
that diagnosis, a few words apart with no clause boundary but a comma or a linking word, and only where an axis or
thickness word follows the fluid word ("depth", "thickness"; not "fluid in the bursa", fluid placed on its own).
Constant work per pair of lesions.
"""

from __future__ import annotations

from typing import Protocol


class _Lesion(Protocol):
    start: int
    end: int
    value: str | None
    concept: str | None


_GAP = 4  # tokens between the collection's name and its fluid ("hydrocele, with a fluid depth ...")
_BETWEEN = frozenset({None, "comma", "link", "measure"})  # words that may stand between the two
# Roles of the word after the fluid that measure it (not "measure": its "in" places fluid of its own, "effusion,
# fluid in the bursa 9 mm").
_AFTER = frozenset({"axis", "thick"})


def restates_fluid(prev: _Lesion, lesion: _Lesion, role: list[str | None], fluid_value: str | None) -> bool:
    """Whether ``lesion`` is the bare fluid of the collection ``prev`` stated as the start of its measurement
    (``role``: the findings pass's word roles; ``fluid_value``: the released diagnosis of fluid and collections)."""
    if fluid_value is None or lesion.value != fluid_value or lesion.concept != fluid_value:
        return False
    if prev.value != fluid_value or not 0 <= lesion.start - prev.end <= _GAP:
        return False
    if lesion.end >= len(role) or role[lesion.end] not in _AFTER:
        return False
    return all(r in _BETWEEN for r in role[prev.end : lesion.start])
