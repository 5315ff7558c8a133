"""Whether a lesion lies at a part the body has two of, so that a side stated for its organ may be carried to it.

Rules that carry a side to an unsided lesion (the title's side, a header field's, the one side a report gives an
organ, the side of the lesion before it in its sentence) carry the side of a paired organ. A lesion at a part of
that organ the body has one of has none: the thyroid isthmus between its two lobes ("1. Right lobe: 9 mm nodule.\n2.
Isthmus: a 3 mm nodule"), a child's bladder, which the paediatric urinary tract files beside two kidneys ("Left
kidney: 5 mm cyst.\nBladder: 4 mm calculus"). The lesion names that part itself: as its structure, or among its own
mentions (a child's bladder is filed with no structure of its own). Parts and organs are unpaired as the ontology
declares them (``udt:isUnpaired``).

A side rule may also read a side word that places such a part as its laterality: a kidney graft lies in an iliac
fossa ("Renal transplant, right iliac fossa: 12 cm. Upper pole cyst 9 mm"), the fossa's side is where the surgeon
placed it, and writers leave the graft's lesions unsided while the native kidneys keep theirs. ``unside_parts`` takes
that side off again, after every side rule, for a lesion whose own structure is such a part. The thyroid isthmus is
kept out of it (the caller names the parts): a thyroid nodule's structure may be the isthmus named beside its lobe,
and a nodule in the isthmus itself is read from its own words (heading_scope.midline_place).
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

    class _Sided(Protocol):
        kind: str
        structure: str | None
        laterality: str | None

    class _Anatomy(Protocol):
        kind: str
        concept: str | None
        structure: str | None
        index: int

    class SideRuleDraft(Protocol):
        """A lesion draft as the rules that carry a side to it read it (one_sided_organs.py, title_sides.py)."""

        kind: str
        organ: str | None
        structure: str | None
        laterality: str | None
        mentions: list[int]


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


def unside_parts(drafts: Iterable[_Sided], parts: AbstractSet[str | None]) -> None:
    """Clear the side of each lesion whose structure is one of ``parts`` (a kidney graft: see the module docstring)."""
    for f in drafts:
        if f.kind == "lesion" and f.laterality is not None and f.structure is not None and f.structure in parts:
            f.laterality = None
