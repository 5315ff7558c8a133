"""A size before a noun of quantity and "of" measures the fluid named after them: "3 mm sliver of fluid", "a 6 mm
layer of fluid", "an 11 mm pocket of free fluid". Between a size and the lesion word it pre-modifies, the findings
pass allows only modifiers, and "of" ends the phrase a size belongs to ("Right kidney 10 cm of length"); a quantity
noun and its "of" are the lesion's own noun phrase, so the size is the fluid's, not the recess's or the organ's
heading it ("Hepatorenal: 3 mm sliver of fluid").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet


def quantity_gap(free: list[int], lower: list[int], role: list[str | None], quantities: AbstractSet[int]) -> bool:
    """Whether the words ``free`` (token indices between a size and a lesion word, modifiers aside) are a noun of
    quantity of ``quantities`` and the measuring word after it ("sliver of")."""
    return len(free) == 2 and free[1] == free[0] + 1 and lower[free[0]] in quantities and role[free[1]] == "measure"
