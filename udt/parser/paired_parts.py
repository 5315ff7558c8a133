"""Whether a lesion lies at a part the body has two of, so that a side stated for its organ may be carried to it.

Rules that carry a side to an unsided lesion (the title's side, a header field's, the one side a report gives an
organ, the side of the lesion before it in its sentence) carry the side of a paired organ. A lesion at a part of
that organ the body has one of has none: the thyroid isthmus between its two lobes ("1. Right lobe: 9 mm nodule.\n2.
Isthmus: a 3 mm nodule"), a child's bladder, which the paediatric urinary tract files beside two kidneys ("Left
kidney: 5 mm cyst.\nBladder: 4 mm calculus"). The lesion names that part itself: as its structure, or among its own
mentions (a child's bladder is filed with no structure of its own). Parts and organs are unpaired as the ontology
declares them (``udt:isUnpaired``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from collections.abc import Set as AbstractSet
    from typing import Protocol

    class _Draft(Protocol):
        organ: str | None
        structure: str | None
        mentions: list[int]

    class _Anatomy(Protocol):
        kind: str
        concept: str | None
        structure: str | None
        index: int


def unpaired_mentions(items: Iterable[_Anatomy], unpaired: AbstractSet[str | None]) -> frozenset[int]:
    """The mention indices of the anatomy ``items`` that name a part or organ in ``unpaired``."""
    return frozenset(
        it.index for it in items
        if it.kind == "anatomy" and (it.concept in unpaired or it.structure in unpaired) and it.concept is not None
    )


def on_paired_part(f: _Draft, unpaired: AbstractSet[str | None], unpaired_at: AbstractSet[int]) -> bool:
    """Whether lesion ``f`` lies where its organ's side is its own: its organ and structure are not in ``unpaired``
    and none of its own mentions is one of ``unpaired_at`` (``unpaired_mentions``)."""
    if f.organ in unpaired or f.structure in unpaired:
        return False
    return not unpaired_at or unpaired_at.isdisjoint(f.mentions)
