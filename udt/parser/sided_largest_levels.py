"""A level row opened by a group's "largest" word and a side ("bilateral level II-IV lymphadenopathy, round nodes
without hila. Largest R level III 3,2 x 2,4 cm; largest L level IV 2,1 x 1,5 cm") names the largest node of that
side: a node lesion of its own, with that side and size, one per side. Read as the group's largest, the first size
went to the group, on both sides, and the other side's largest was lost.

The group stated before, on both sides and not yet measured, is then reported by its sided largest members alone
(the development gold lists the per-side nodes and no bilateral group beside them: nd034, pq001, oo017): its
mention joins the first such node, so that the group leaves no unsized lesion of its own. A "largest" level with no
side ("largest level III 14 mm") stays the group's largest (level_rows.py).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

_SIDES = ("left", "right")
_GROUP_REACH = 60  # tokens back from the row to the group it picks from (the sentence before)


def sided_largest_row(t: int, role: Sequence[str | None], side: Sequence[str | None]) -> bool:
    """Whether the level at token ``t`` is written "largest <side> level": the largest node of one side."""
    return t >= 2 and role[t - 2] == "largest" and side[t - 1] in _SIDES


def group_of_row(items: Sequence[Item], starts: Sequence[int], t: int, side: Sequence[str | None],
                 sent_starts: Sequence[int]) -> Item | None:
    """The unmeasured group the sided "largest" row at level token ``t`` picks from, stated on both sides in its
    own sentence: the last lesion before it (``starts``: the start tokens of ``items``), in the row's clause
    ("bilateral lymphadenopathy, largest R level III 14 mm") or before it, present, within ``_GROUP_REACH`` tokens,
    with no size after it before the row; or, where its sentence names no such lesion, the nodes' own word
    ("Multiple enlarged bilateral cervical nodes, largest R ...": anatomy until a size makes it a lesion). None where
    there is none."""
    nodes: Item | None = None
    for j in range(bisect_left(starts, t) - 1, -1, -1):
        it = items[j]
        if t - it.end > _GROUP_REACH or it.kind == "size":
            break  # (a size after the group: measured already, so the row is a further node beside it)
        if it.kind == "anatomy" and it.node and nodes is None:
            nodes = it
            continue
        if it.kind != "lesion":
            continue
        if it.status == "present" and not it.benign and (nodes is None or _sentence(it.start, sent_starts) == _sentence(
                nodes.start, sent_starts)):
            return it if stated_both_sides(it, side, sent_starts) else None
        break
    return nodes if nodes is not None and stated_both_sides(nodes, side, sent_starts) else None


def _sentence(t: int, sent_starts: Sequence[int]) -> int:
    return bisect_right(sent_starts, t) - 1


def stated_both_sides(it: Item, side: Sequence[str | None], sent_starts: Sequence[int]) -> bool:
    """Whether the sentence of ``it`` states both sides ("bilateral", "on both sides")."""
    s = _sentence(it.start, sent_starts)
    opening = sent_starts[s] if s >= 0 else 0
    closing = sent_starts[s + 1] if s + 1 < len(sent_starts) else len(side)
    return "bilateral" in side[opening:closing]
