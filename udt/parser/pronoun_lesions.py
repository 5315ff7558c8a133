""""One" standing for a lesion noun: "a hypoechoic lesion of 2.8 cm, and in segment 3 a similar one of 1.4 cm",
"multiple fibroids ... A submucous one measuring 2.3 cm", "a 9 mm haemangioma and another one 6 mm near it",
"right lobe 3 nodules, left lobe one 8 mm".

English replaces a repeated count noun by "one"; followed by its own size (directly or after a measuring word),
it is a further lesion of the kind named last, which the findings pass must see as a lesion to give it that size
(else the size joins the lesion before). Not "one" after a list join ("two cysts, one 8 mm and one 12 mm": the
members of a group whose sizes already split it), nor after a definite article ("several nodules, the dominant one
2.1 cm": the group's own member, whose size is the group's), not "one" whose size pre-modifies a lesion word ("one
8 mm cyst"), and not without a lesion named shortly before.
"""

from __future__ import annotations

from bisect import insort
from typing import TYPE_CHECKING

from udt.parser.findings import new_item

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import Item

_ANTECEDENT_SPAN = 40  # how far back (in tokens) the lesion "one" stands for may be named
_PREMODIFIER_GAP = 3  # a lesion word this close after the size makes it that lesion's own ("one 8 mm cyst")


def add_pronoun_lesions(items: list[Item], lower: list[int], role: list[str | None], ones: AbstractSet[int],
                        joins: AbstractSet[int], definite: AbstractSet[int]) -> None:
    """Insert a lesion item for each "one" that stands for a lesion (see module docstring); ``items`` is in token
    order and stays so."""
    found: list[Item] = []
    for k, it in enumerate(items):
        if it.kind != "size":
            continue
        j = it.start - 1
        if j >= 0 and (role[j] == "measure" or role[j] == "comma"):
            j -= 1  # "a submucous one measuring 2.3 cm", "a similar one of 1.4 cm", "a smaller one, 6 mm"
        if j < 1 or lower[j] not in ones or lower[j - 1] in joins or not definite.isdisjoint(lower[max(0, j - 2) : j]):
            continue
        if any(other.kind == "lesion" and it.end <= other.start <= it.end + _PREMODIFIER_GAP
               for other in items[k + 1 : k + 3]):
            continue  # "one 8 mm cyst": the size is the cyst's
        antecedent = next((b for b in reversed(items[:k]) if b.kind == "lesion" and b.end <= j), None)
        if antecedent is None or j - antecedent.end > _ANTECEDENT_SPAN or antecedent.start <= j < antecedent.end:
            continue
        one = new_item("lesion", j, j + 1, it.sent, -1, antecedent.field, antecedent.value, antecedent.concept)
        one.organ, one.system = antecedent.organ, antecedent.system
        found.append(one)
    for one in found:
        insort(items, one, key=_start)


def _start(it: Item) -> tuple[int, int]:
    return it.start, it.end
