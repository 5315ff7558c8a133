"""An organ's two sides measured in a row right after it are the organ's sizes, not a lesion's: "Right kidney 11 cm,
left 10.5 cm; multiple cysts bilaterally", "Kidneys: right 11.2 cm, left 10.8 cm, several cysts", "Thyroid: rt lobe
5.2 x 1.8 x 1.7 cm, lt 4.9 x 1.6 x 1.5 cm, a 9 mm nodule". A bare side word names no anatomy, so a size after it
was read as the size of the lesion named later in the sentence (the corpus guideline: an organ's own measurement is
no lesion's size).

The row: the organ, maybe a colon or measuring word, then sizes each after a side word (the first may go without,
where the organ word carries the side: "Right kidney 11 cm"), joined by a comma or "and". A size with a lesion word
right after it is that lesion's ("Right kidney 11 cm, left 9 mm cyst": the caller asks this only of a size no lesion
word follows). One walk over the tokens between the organ and the size.
"""

from __future__ import annotations

from collections.abc import Sequence

_LEAD = frozenset({"colon", "measure", "axis"})  # "Kidneys: right 11 cm", "right measures 11 cm", "length 11 cm"
_JOIN = frozenset({"comma", "sep"})  # ", left 10.5 cm", "and left 10.5 cm"
_SPAN = 40  # the most tokens a row of sides may span
_MODIFIERS = 3  # the most words between a row's last size and a lesion word it pre-modifies


def measures_organ_side(
    side: Sequence[str | None],
    role: Sequence[str | None],
    organ_end: int,
    size_start: int,
    sizes: Sequence[tuple[int, int]],
    lesion_starts: Sequence[int],
) -> bool:
    """Whether the size starting at token ``size_start`` is one side of the organ ending at ``organ_end``, measured in
    a row of sides right after it, the size itself after a bare side word (``sizes``: every size's token span, in
    order; ``lesion_starts``: where each lesion word starts; ``side`` and ``role``: the findings pass's per-token side
    and clause role)."""
    if size_start - organ_end > _SPAN or size_start <= organ_end:
        return False
    ends = {start: end for start, end in sizes if organ_end <= start}
    t, sided, first = organ_end, False, True
    while t < size_start:
        if not first:
            if role[t] not in _JOIN:
                return False
            t += 1
            while t < size_start and role[t] in _JOIN:
                t += 1  # ", and left ..."
        while t < size_start and role[t] in _LEAD:
            t += 1
        sided = t < size_start and side[t] is not None
        if sided:
            t += 1
            while t < size_start and role[t] in _LEAD:
                t += 1
        elif not first:
            return False  # after the first, each size has its own side word
        if t == size_start:
            return sided and not _ends_at_lesion(role, size_start, ends, lesion_starts)
        if t not in ends:
            return False
        t, first = ends[t], False
    return False


def _ends_at_lesion(role: Sequence[str | None], start: int, ends: dict[int, int], lesion_starts: Sequence[int]) -> bool:
    """Whether the row going on from the size at ``start`` ends in a lesion word right after its last size ("Kidneys:
    R 3 mm and L 8 mm calculi": the sizes list the calculi, each after its own side)."""
    t = ends[start]
    while True:
        k = t
        while k < len(role) and role[k] in _JOIN:
            k += 1
        if k > t and k + 1 < len(role) and role[k] is None and k + 1 in ends:
            t = ends[k + 1]  # ", L 8 mm": the next side's size (its side word's role is None)
            continue
        break
    return any(t <= s <= t + _MODIFIERS and all(r is None for r in role[t:s]) for s in lesion_starts)
