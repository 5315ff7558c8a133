"""The one side of the list item that measures a lesion said of both sides.

A writer states a group on both sides first and then measures it side by side: "Both testes contain hypoechoic
lesions ... consistent with adrenal rest tumours: right 11 x 7 mm; left two lesions, 6 mm and 4 mm". The lesion
word is bilateral, but its one size is the first item of the list, opened by its own bare side word after the colon:
that measured lesion lies on that side. Only an item that opens with its side word right before the size and
names no other side counts (a size anywhere else keeps the group's bilateral reading).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item, Words

_ITEM_OPENERS = ("colon", "sep_strong")  # what opens a list item ("...: right 11 mm; left 6 mm")
_SIDES = ("left", "right")


def measured_item_side(words: Words, lesion_end: int, size: Item, stop: int) -> str | None:
    """The side word that opens the list item holding ``size`` (after the lesion word, which ends at token
    ``lesion_end``), right before the size, where the item names no other side; else None. ``stop``: where the
    sentence ends."""
    role, side = words.role, words.side
    opener = size.start - 2
    if opener < lesion_end or role[opener] not in _ITEM_OPENERS or side[size.start - 1] not in _SIDES:
        return None
    hi = next((j for j in range(size.end, stop) if role[j] in _ITEM_OPENERS), stop)
    stated = {s for s in side[opener + 1 : hi] if s is not None}
    return side[size.start - 1] if len(stated) == 1 else None
