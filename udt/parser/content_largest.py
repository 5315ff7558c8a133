"""A "largest" size after what a single lesion contains is the largest of its contents, not the lesion's size: "solid
tumour 87 x 64 x 70 mm, with papillary projections (largest 11 mm)"; "cystic lesion of 42 mm with solid components,
the largest 9 mm". A size right after "largest" is otherwise a group's own and ranks first (findings'
``_interval_priority``), so the projection's 11 mm replaced the tumour's 87 mm.

Only for a lesion word in the singular (a plural one is the group the "largest" picks from: "cysts with debris, the
largest 3 cm") with a linking word ("with", "containing") between it and the "largest" word: the plural the
"largest" picks from is then a content of the lesion. The size still counts where it is the lesion's only one.
Constant work per size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

# Roles between a "largest" word and its size ("largest, 11 mm", "the largest measuring 9 mm", "(largest 11 mm").
_GAP_ROLES = ("comma", "measure")


def largest_of_contents(role: list[str | None], lesion: Item, size: Item) -> bool:
    """Whether ``size`` follows a "largest" word that picks from what the singular ``lesion`` contains (a linking
    word between the lesion word and the "largest" word; see module docstring)."""
    if lesion.plural or size.start <= lesion.end:
        return False
    j = size.start - 1
    if j >= 1 and role[j] in _GAP_ROLES and role[j - 1] == "largest":
        j -= 1
    if j <= lesion.end or role[j] != "largest":
        return False
    return "link" in role[lesion.end : j]
