"""A lesion under a plural organ heading whose own clause opens with one side.

"Kidneys: no hydronephrosis, R 5.1 cm, L 5.4 cm, R upper pole 3 mm cortical cyst", "Both kidneys normal in size, left
lower pole 12 mm angiomyolipoma": the heading names both organs, but the lesion's clause (after the last comma or
semicolon before it) names one side before the lesion, with the part it lies in; that side, not the heading's
"both", is the lesion's. Only one side word, and before the lesion: "bilateral cysts, the largest on the left" is
read elsewhere (measured_item_side).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item, Words

_ONE_SIDE = frozenset({"left", "right"})
_CLAUSE_ENDS = frozenset({"comma", "sep_strong", "colon"})


def clause_side_before(words: Words, lesion: Item, floor: int) -> str | None:
    """The one side named in the lesion's clause before it (not before token ``floor``, its sentence's start)."""
    role, side = words.role, words.side
    lo = lesion.start
    while lo > floor and role[lo - 1] not in _CLAUSE_ENDS:
        lo -= 1
    said = {s for s in side[lo : lesion.start] if s is not None}
    if len(said) == 1 and not said.isdisjoint(_ONE_SIDE):
        return next(iter(said))
    return None
