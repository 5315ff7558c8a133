"""A septum is measured across, in millimetres: a length of a centimetre or more after a septum word measures the
lesion the septa divide, not a septum ("left hydrocele with septations measuring up to 2.1 cm"; "cyst with a thin
septum, measuring 4 cm"). A few millimetres stay the septum's thickness ("septa up to 3 mm").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from collections.abc import Set as AbstractSet

# The thickest septum or wall a report gives as the partition's own measure stays under a centimetre; a lesion
# divided by septa or enclosed by a thin wall and measured is one (a hydrocele, a complex cyst) of a centimetre or
# more. thin_walls.py reads the same bound for a wall.
PARTITION_MAX_MM = 10.0
_LOOK_BACK = 4  # tokens between a septum word and the size ("septations measuring up to 2.1 cm")


def measures_septated_lesion(lower: Sequence[int], start: int, sizes: Sequence[float], septa: AbstractSet[int]) -> bool:
    """The one-length size at token ``start`` follows a septum word closely and is too long for a septum's
    thickness: the size of the lesion the septa lie in."""
    if not septa or not sizes or max(sizes) < PARTITION_MAX_MM:
        return False
    return any(lower[j] in septa for j in range(max(0, start - _LOOK_BACK), start))
