"""The side stated before a sentence's first lesion, shared by the lesions coordinated after it.

"In the right lobe there is a 7 mm spongiform nodule and a 19 mm solid nodule", "Within the left kidney, a 12 mm
cyst and a 4 mm calculus": the side word before the sentence's first lesion places that lesion (it stands in the
first lesion's clause), and the later lesions, joined to it by "and" or a comma, lie on the same side. Each later
lesion of the same organ (or of none yet: a one-organ report's organ is given later) that has no side of its own
takes it, up to the first side word after it or the first
anatomy on a side or of another organ (a new place: "..., and the left lobe holds a 5 mm cyst").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

_SIDES = ("left", "right")


def share_opening_side(
    lesions: list[Item],
    anatomy: list[Item],
    side: list[str | None],
    sent_start: int,
    laterality_of: list[str | None],
    organ_of: list[str | None],
) -> list[str | None]:
    """The side each lesion of a sentence (from token ``sent_start``) takes from the side word before its first
    lesion, or None where it takes none. ``lesions`` and ``anatomy`` are the sentence's, in token order; ``side``
    is ``Words.side``; ``laterality_of`` and ``organ_of`` give each lesion's finding's side and organ so far."""
    out: list[str | None] = [None] * len(lesions)
    first = lesions[0]
    said = next((side[j] for j in range(first.start - 1, sent_start - 1, -1) if side[j] is not None), None)
    if said not in _SIDES or laterality_of[0] not in (None, said):
        return out
    organ = organ_of[0]
    for k in range(1, len(lesions)):
        lz = lesions[k]
        if any(side[first.start : lz.end]) or any(
            first.start <= a.start < lz.end and (a.laterality is not None or a.organ != organ) for a in anatomy
        ):
            break  # a side of its own, or a new place
        if laterality_of[k] is None and organ_of[k] in (organ, None):
            out[k] = said
    return out
