"""A wall called thin and measured in a few millimetres is the wall's own thickness, not the lesion's size: "simple
cyst, anechoic, thin wall of 2 mm, 36 x 30 mm" (a 36 mm cyst). A centimetre or more after a thin wall measures the
lesion the wall encloses ("an anechoic kyst with thin wall of 28 mm"), as a septum's does (septum_sizes.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser.septum_sizes import PARTITION_MAX_MM

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from spacy.strings import StringStore


def measures_thin_wall(lower: list[int], i: int, strings: StringStore, of: int,
                       millimetres: AbstractSet[int]) -> bool:
    """The wall word at token ``i`` (after "thin") is followed, across an optional ``of``, by a number of
    millimetres (``millimetres``: the unit's word ids) under PARTITION_MAX_MM, the bound a septum's own measure
    shares."""
    j = i + 1
    if j < len(lower) and lower[j] == of:
        j += 1
    if j + 1 >= len(lower) or lower[j + 1] not in millimetres:
        return False
    try:
        value = float(strings[lower[j]].replace(",", "."))
    except ValueError:
        return False
    return value < PARTITION_MAX_MM
