"""The one side a report gives an organ, for the lesions of that organ its sentences leave unsided.

A report about one side of a paired organ names the side once, where it introduces the organ ("Access: L
radiocephalic AVF", "DIALYSIS ACCESS SURVEILLANCE - L radiocephalic AVF"), and then describes its lesions without
repeating it ("Perifistular haematoma 24 x 11 mm at the needling site"). Such a lesion lies on that side, where:

- every mention of the lesion's organ that names a side, and every finding of the organ that has one, names the
  same one, left or right (a report that names both sides, or "bilateral", describes each side itself: "right
  hydronephrosis ... the left kidney is normal"), and one such mention comes before the lesion (a side named only
  after it, "Right breast: normal" below a lesion, is another part of the study);
- a mention of a part the body has one of counts for none ("right lower quadrant" names the appendix's region);
- a lesion at a named structure of the organ counts only the mentions of that structure too (a forearm vein's
  thrombus is not on the side of the neck vein the same organ, peripheral veins, names);
- the organ is one the body has two of (a side is never the laterality of a liver lesion), the lesion lies at no
  part of it the body has one of (a child's bladder beside the kidneys: paired_parts.py) and has no side of its own.

Runs after the title's and the header field's sides. Linear in the report's anatomy items; nothing is done where no
lesion is left unsided.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser.paired_parts import on_paired_part, unpaired_mentions

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from collections.abc import Set as AbstractSet
    from typing import Protocol

    from udt.parser.paired_parts import SideRuleDraft as _Draft

    class _Anatomy(Protocol):
        kind: str
        concept: str | None
        organ: str | None
        structure: str | None
        laterality: str | None
        index: int


_SIDES = ("left", "right")


def side_from_organ_mentions(
    drafts: Sequence[_Draft], items: Iterable[_Anatomy], unpaired: AbstractSet[str | None]
) -> None:
    """Give each unsided lesion of a paired organ the one side the report's ``items`` give that organ, if one."""
    wanted = {f.organ for f in drafts if f.kind == "lesion" and f.laterality is None and f.organ not in unpaired}
    wanted.discard(None)
    if not wanted:
        return
    items = list(items)
    unpaired_at = unpaired_mentions(items, unpaired)
    # (organ, None) -> the sides of all the organ's sided mentions; (organ, structure) -> those of that structure;
    # and the first mention index of each key, which must come before the lesion's own words
    sides: dict[tuple[str | None, str | None], set[str]] = {}
    first: dict[tuple[str | None, str | None], int] = {}
    for it in items:
        if (
            it.kind == "anatomy"
            and it.organ in wanted
            and it.laterality is not None
            and it.concept not in unpaired
            and it.structure not in unpaired
        ):
            for key in (
                ((it.organ, None), (it.organ, it.structure)) if it.structure is not None else ((it.organ, None),)
            ):
                sides.setdefault(key, set()).add(it.laterality)
                first[key] = min(first.get(key, it.index), it.index)
    for f in drafts:
        if f.laterality is not None and (f.organ, None) in sides:
            sides[(f.organ, None)].add(f.laterality)  # a finding on another side ("Right hydronephrosis")
    for f in drafts:
        if f.kind != "lesion" or f.laterality is not None or not f.mentions or not on_paired_part(
            f, unpaired, unpaired_at
        ):
            continue
        keys = [(f.organ, None)] if f.structure is None else [(f.organ, None), (f.organ, f.structure)]
        named = [sides.get(k) for k in keys]
        if any(s is None or len(s) != 1 for s in named) or len({next(iter(s)) for s in named if s}) != 1:
            continue
        side = next(iter(sides[keys[0]]))
        if side in _SIDES and first[keys[-1]] < min(f.mentions):
            f.laterality = side
