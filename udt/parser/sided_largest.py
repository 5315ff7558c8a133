"""A sentence that opens with a group's "largest" word placed on one side ("The largest on the left measures 18 mm",
"The largest in the right lobe is 9 mm"), after a group of lesions named and measured before it ("Multiple nodules
in both lobes, the largest a mixed nodule in the right lobe measuring 34 mm."), is a further member of that group:
the largest of those on that side, a lesion of the group's kind with its own side and size. Without this the
sentence named no lesion, so its size went to the organ's side (a thyroid lobe of 18 mm) and the lesion was lost.

Only where a size was given between the group's word and this sentence (the group's largest, or a member, was
measured already: the sided one is another lesion); a group not yet measured takes the size as its own largest
(largest_owners.py). The sentence names no lesion before its size, one side ("left"/"right") stands between the
"largest" word and the size with only places, measuring words and attributes, and the group is the last lesion
before it, within ``_GROUP_REACH`` tokens. Linear in the tokens of a report that holds a "largest" word (one
C-level test for the others).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from udt.parser.findings import new_item

if TYPE_CHECKING:
    from udt.parser.findings import Item

_SIDES = ("left", "right")
_SIZE_REACH = 8  # tokens from the "largest" word to its size ("the largest one in the left lobe measures 18 mm")
_GROUP_REACH = 80  # tokens back to the group the "largest" word picks from (a sentence or two)
_BETWEEN = ("anatomy", "landmark", "ignored", "attribute")  # items that may stand between the word and its size
_CLAUSE_ENDS = frozenset({"sep", "sep_strong", "colon", "cell", "row", "slash"})


def add_sided_largest(items: list[Item], role: list[str | None], side: list[str | None],
                      sent_starts: list[int]) -> None:
    """Insert a lesion item for each sentence-opening, sided "largest" word that names a further member of a group
    measured before it (see module docstring) into ``items`` (in token order, kept so)."""
    if "largest" not in role:
        return  # (most reports: one C-level test)
    starts = [it.start for it in items]
    added: list[Item] = []
    for j in (t for t, r in enumerate(role) if r == "largest"):
        k = bisect_right(sent_starts, j) - 1
        opening = sent_starts[k] if k >= 0 else 0
        if j - opening > 1:
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
        if not any(it.kind == "size" for it in before[bisect_right(starts, group.start) :]):
            continue  # the group not yet measured: the size is its largest (largest_owners.py)
        lesion = new_item("lesion", j, j + 1, size.sent, -1, group.field, group.value, group.concept, group.status)
        lesion.organ, lesion.system = group.organ, group.system
        lesion.pronoun = True
        added.append(lesion)
    for lesion in reversed(added):
        items.insert(bisect_right(starts, lesion.start), lesion)
