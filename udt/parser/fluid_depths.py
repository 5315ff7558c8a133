"""Free fluid measured in several places is one lesion sized by its deepest pocket.

Writers grade ascites or a free-fluid collection by its depth in each region it fills ("Moderate ascites:
Morison's pouch 18 mm, pelvis 52 mm"; "free fluid in the flanks up to 20 mm, in the pelvis up to 41 mm"). The
guideline's size is the largest current dimension of the lesion, so the deepest of those depths is the fluid's
size, not the first one written (the findings pass otherwise keeps the first size after a lesion word).

Free fluid named with no organ of its own and measured so ("Free fluid: Morison's pouch 9 mm, pelvis 14 mm") is a
pocket per place instead: the findings guideline's writers file each place's depth as a collection of its own (the
fluid has no one extent that a deepest pocket would grade, as ascites has), so the findings pass splits it into one
finding per pocket (``pocket_depths``), in the order written. Depths written as bounds ("free liquid in the abdominal
cavity: in the lateral channels up to 25 mm, in the small pelvis up to 38 mm") grade the one fluid's extent, as
ascites's do: it stays one finding, sized by the deepest (``bounded_depths``).

A collection measured in several places, each depth followed by the direction it was taken in ("a pericardial
effusion measuring 1.2 cm anteriorly and 1.9 cm posteriorly", "collection, 14 mm medially, 22 mm laterally"), is one
collection too: its depths along its walls, not pockets of their own, so the deepest sizes it (``placed_depths``).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Protocol, TypeVar


class _Size(Protocol):
    start: int
    end: int
    sizes: list[float]
    dated: bool


S = TypeVar("S", bound=_Size)
_JOINERS = ("comma", "sep", "sep_strong")  # roles that end one region's clause ("Morison's 21 mm, pelvis 46 mm")


def _sizes_after(found: list[tuple[int, S]], lesion_end: int) -> list[S]:
    """The sizes written after the fluid's word, in text order: priority 1 or 2 (none a pre-modifier), current, with
    a value."""
    return sorted(
        (it for priority, it in found if priority in (1, 2) and it.start >= lesion_end and not it.dated and it.sizes),
        key=lambda it: it.start,
    )


def pocket_depths(found: list[tuple[int, S]], lesion_end: int, role: list[str | None]) -> list[S]:
    """The fluid's sizes, one per place, in the order written, among those written after its word (priority 1 or 2:
    none a pre-modifier, a current size or a prior one), when there are several and each after the first opens a
    clause of its own that names a place (``role``: the findings pass's word roles; after a comma or "and", a word of
    no role, "pelvis 46 mm"), not an aside of the size before ("54 x 22 mm, was 61 mm", "4 cm (was 6 cm)": an
    earlier size of the same fluid); else an empty list."""
    depths = _sizes_after(found, lesion_end)
    if len(depths) < 2:
        return []
    for before, it in pairwise(depths):
        gap = role[before.end : it.start]
        if not gap or gap[0] not in _JOINERS or None not in gap or "open" in gap or "earlier" in gap:
            return []
    return depths


def placed_depths(found: list[tuple[int, S]], lesion_end: int, role: list[str | None], lower: list[int],
                  directions: frozenset[int]) -> list[S]:
    """The fluid's depths, in the order written, when there are several after its word (priority 1 or 2, as in
    ``pocket_depths``) and each is followed at once by a direction adverb (``directions``: word ids in ``lower``,
    "anteriorly") and only a joiner ("and", a comma) stands between that adverb and the next depth; else an empty
    list."""
    depths = _sizes_after(found, lesion_end)
    if len(depths) < 2:
        return []
    for before, it in pairwise(depths):
        gap = role[before.end + 1 : it.start]
        if before.end >= it.start or lower[before.end] not in directions or not gap \
                or any(r not in _JOINERS for r in gap):
            return []
    last = depths[-1].end
    return depths if last < len(lower) and lower[last] in directions else []


def deepest(depths: list[S]) -> S:
    """The deepest of the pockets ``depths`` (non-empty): the size of a fluid graded by its extent."""
    return max(depths, key=lambda it: max(it.sizes))


def bounded_depths(depths: list[S], role: list[str | None]) -> bool:
    """Some depth follows a place word right before it ("up to 38 mm", "down to 20 mm": the "to"; ``role``: the
    findings pass's word roles): an extent's bound, not a pocket's own depth."""
    return any(it.start and role[it.start - 1] == "place" for it in depths)
