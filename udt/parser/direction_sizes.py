"""A lesion word followed at once by one length and a direction phrase ("small ganglion cyst 7 mm superior to the
joint", "a lipoma 18 mm deep to the scar") states the lesion's size, then where it lies: writers put the size
right after the noun and the landmark after it. A distance needs the lesion measured elsewhere in its clause
("collection 41 x 22 mm with debris, 9 mm deep to the skin") or a size standing apart from the lesion word ("1 cm
distal to the bursa: 9 mm cyst"). Only the "<direction> to" form is read so: "from", "below", "above" name a
distance whatever stands before them ("a 6 mm lesion 5 cm from the nipple"), unless a measuring word joins the
size to the lesion word ("an anechoic cystic formation of 6 mm above the joint line", "a cyst measuring 9 mm below
the tip"): no writer gives a distance as "a cyst of 5 cm from the nipple", so "of"/"measuring" makes it a size.

A fluid is measured by its depth where it is deepest, and writers name that place the same way after a comma
("pericardial effusion, 9 mm posterior to the LV, 5 mm anterior to the RV"; "joint effusion, 7 mm anterior to the
femoral neck"): after a fluid's word the comma may stand before the size, and the clause's other sizes placed so
are its other depths, not its own measurement elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

# Roles that may stand between the lesion word and its size ("cyst of 7 mm", "cyst measuring 7 mm").
_GAP = frozenset({"measure"})
_FLUID_GAP = frozenset({"measure", "comma"})  # "pericardial effusion, 9 mm posterior to the LV"
# Roles that end the lesion's clause, within which no other size may stand.
_CLAUSE_ENDS = frozenset({"sep", "sep_strong", "colon", "cell", "row", "slash"})


def sizes_lesion_before(role: list[str | None], size: Item, items: list[Item], fluid: str | None = None,
                        measured: bool = False) -> bool:
    """Whether ``size``, read as a distance because "<direction> to" follows it, is rather the size of the lesion
    word right before it, that lesion having no other size in its clause (``items`` in token order); ``fluid``: the
    diagnosis of fluids, whose depths at a place may follow a comma and each other; ``measured``: a measuring word
    ("of", "measuring") stands right before the size, which then reads so before any distance word (module
    docstring)."""
    after = size.end
    stated = measured and after < len(role) and role[after] == "distance"
    if len(size.sizes) > 1 or not (stated or _placed(role, size)):
        return False
    lesion = None
    for it in items:
        if it.kind == "lesion" and not it.merged and it.end <= size.start:
            lesion = it
    depth = lesion is not None and fluid is not None and lesion.value == fluid
    gap = _FLUID_GAP if depth else _GAP
    if lesion is None or size.start - lesion.end > 2 or not gap.issuperset(role[lesion.end : size.start]):
        return False
    if measured and not _placed(role, size) and lesion.end == size.start:
        return False  # (the measuring word must stand between them: "a cyst 5 cm from the nipple" stays a distance)
    lo = lesion.start
    while lo > 0 and role[lo - 1] not in _CLAUSE_ENDS:
        lo -= 1
    hi = after
    while hi < len(role) and role[hi] not in _CLAUSE_ENDS:
        hi += 1
    return not any(it.kind == "size" and it is not size and lo <= it.start < hi and not (depth and _placed(role, it))
                   for it in items)


def _placed(role: list[str | None], size: Item) -> bool:
    """Whether "<direction> to" follows ``size`` ("9 mm posterior to the LV")."""
    after = size.end
    return after + 1 < len(role) and role[after] == "distance" and role[after + 1] == "place"
