"""A sentence that opens with a group's "largest" word placed on one side ("The largest on the left measures 18 mm",
"The largest in the right lobe is 9 mm"), after a group of lesions named and measured before it ("Multiple nodules
in both lobes, the largest a mixed nodule in the right lobe measuring 34 mm."), is a further member of that group:
the largest of those on that side, a lesion of the group's kind with its own side and size. Without this the
sentence named no lesion, so its size went to the organ's side (a thyroid lobe of 18 mm) and the lesion was lost.

Only where a size was given between the group's word and this sentence (the group's largest, or a member, was
measured already: the sided one is another lesion); a group not yet measured takes the size as its own largest
(largest_owners.py), except a group stated on both sides whose two sides' largest are both given ("bilateral
cervical lymphadenopathy. The largest on the right measures 21 mm, on the left 16 mm", "...; the largest on the
left 16 mm"): each side's largest is a lesion of its own and the group, reported by them, joins the first (as
sided_largest_levels.py does for levels); one side's largest alone stays the group's. A semicolon or "and" opens a
clause as a sentence does. The sentence names no lesion before its size, one side ("left"/"right") stands between the
"largest" word and the size with only places, measuring words and attributes, and the group is the last lesion
before it, within ``_GROUP_REACH`` tokens. Linear in the tokens of a report that holds a "largest" word (one
C-level test for the others).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from udt.parser.findings import insert_in_token_order, new_item
from udt.parser.sided_largest_levels import stated_both_sides

if TYPE_CHECKING:
    from udt.parser.findings import Item

_SIDES = ("left", "right")
_SIZE_REACH = 8  # tokens from the "largest" word to its size ("the largest one in the left lobe measures 18 mm")
_GROUP_REACH = 80  # tokens back to the group the "largest" word picks from (a sentence or two)
_BETWEEN = ("anatomy", "landmark", "ignored", "attribute")  # items that may stand between the word and its size
_CLAUSE_ENDS = frozenset({"sep", "sep_strong", "colon", "cell", "row", "slash"})
_CLAUSE_JOINS = frozenset({"sep", "sep_strong"})  # a semicolon or "and" before a clause's "largest" word


def add_sided_largest(items: list[Item], role: list[str | None], side: list[str | None],
                      sent_starts: list[int]) -> None:
    """Insert a lesion item for each sentence-opening, sided "largest" word that names a further member of a group
    measured before it (see module docstring) into ``items`` (in token order, kept so)."""
    if "largest" not in role:
        return  # (most reports: one C-level test)
    starts = [it.start for it in items]
    added: list[Item] = []
    joined: set[int] = set()  # (ids of the groups on both sides that their sided largest members report)
    for j in (t for t, r in enumerate(role) if r == "largest"):
        k = bisect_right(sent_starts, j) - 1
        opening = sent_starts[k] if k >= 0 else 0
        if j - opening > 1 and not _opens_clause(j, opening, role):
            continue  # ("multiple nodules, the largest on the left 14 mm": the group's own clause)
        at = bisect_left(starts, j)
        size = next((it for it in items[at:] if it.kind not in _BETWEEN), None)
        if size is None or size.kind != "size" or size.start - j > _SIZE_REACH or size.sent != k:
            continue
        said = {s for s in side[j + 1 : size.start] if s is not None}
        if len(said) != 1 or not said <= set(_SIDES) or not _CLAUSE_ENDS.isdisjoint(role[j + 1 : size.start]):
            continue
        before = items[:at]
        lesions = [it for it in before if it.kind == "lesion"]
        # The group, or its last member named by its own word ("several nodules, the largest a 25 mm solid nodule
        # in the right lobe"): the last plural lesion, with only lesions of its kind after it.
        g = next((i for i in range(len(lesions) - 1, -1, -1) if lesions[i].plural), None)
        if g is None:
            continue
        group = lesions[g]
        if group.status == "absent" or j - group.end > _GROUP_REACH or group.start >= opening \
                or any(it.value != group.value for it in lesions[g + 1 :]):
            continue
        if any(it.kind == "anatomy" and it.organ != group.organ for it in items[at : bisect_left(starts, size.start)]):
            continue  # ("multiple liver cysts ... The largest in the right kidney": another organ's own lesions)
        measured = any(it.kind == "size" for it in before[bisect_right(starts, group.start) :])
        first = next(iter(said))
        other = _other_side(size, items, starts, role, side, first)
        both = not measured and id(group) not in joined and stated_both_sides(group, side, sent_starts) and (
            other is not None or _other_largest_next(size, role, side, first))
        if not measured and not both and id(group) not in joined:
            continue  # the group not yet measured: the size is its largest (largest_owners.py)
        lesion = _member(group, j, size.sent)
        if both:
            # A group on both sides, then each side's largest ("bilateral lymphadenopathy. The largest on the right
            # measures 21 mm, on the left 16 mm"): the sided members report it, its mention joining the first one.
            joined.add(id(group))
            lesion.extra.extend((group.index, *group.extra))
        added.append(lesion)
        if id(group) in joined and other is not None:
            added.append(_member(group, other, size.sent))  # ("..., on the left 16 mm": the other side's largest)
    if joined:
        items[:] = [it for it in items if id(it) not in joined]
    insert_in_token_order(items, added)


def _member(group: Item, at: int, sent: int) -> Item:
    """A lesion of ``group``'s kind at token ``at``: the largest member on one side."""
    lesion = new_item("lesion", at, at + 1, sent, -1, group.field, group.value, group.concept, group.status)
    lesion.organ, lesion.system = group.organ, group.system
    lesion.pronoun = True
    return lesion


def _opens_clause(j: int, opening: int, role: list[str | None]) -> bool:
    """Whether the "largest" word at token ``j`` opens a clause after a semicolon ("...; the largest on the left
    16 mm"), as a sentence's first word does."""
    return not _CLAUSE_JOINS.isdisjoint(role[max(opening, j - 2) : j])


def _other_largest_next(size: Item, role: list[str | None], side: list[str | None], first: str) -> bool:
    """Whether the clause right after ``size`` opens with the other side's "largest" word ("The largest on the
    right measures 21 mm; the largest on the left 16 mm"): each side's largest given, so that the group on both
    sides is reported by them. One side's largest alone leaves the group its own largest, on both sides."""
    for t in range(size.end, min(size.end + 3, len(role))):
        if role[t] == "largest":
            said = {s for s in side[t + 1 : t + _SIZE_REACH] if s is not None}
            return len(said) == 1 and said <= set(_SIDES) and first not in said
        if role[t] is not None and role[t] not in _CLAUSE_JOINS:
            return False
    return False


def _other_side(size: Item, items: list[Item], starts: list[int], role: list[str | None],
                side: list[str | None], first: str) -> int | None:
    """The token of the other side's word where, right after the first side's size, the same sentence gives the
    other side's largest by its side alone ("The largest on the right measures 21 mm, on the left 16 mm"); None
    where it does not (another lesion, another clause, no size within ``_SIZE_REACH``)."""
    at = bisect_right(starts, size.start)
    nxt = next((it for it in items[at:] if it.kind not in _BETWEEN), None)
    if nxt is None or nxt.kind != "size" or nxt.sent != size.sent or nxt.start - size.end > _SIZE_REACH:
        return None
    said = [t for t in range(size.end, nxt.start) if side[t] is not None]
    if len(said) != 1 or side[said[0]] not in _SIDES or side[said[0]] == first:
        return None
    if not _CLAUSE_ENDS.isdisjoint(role[size.end : nxt.start]):
        return None
    return said[0]
