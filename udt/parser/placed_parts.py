"""A part noun after a place preposition places the lesion, and measures nothing: "image anechogenic in the cortex of
31 x 28 mm" (a cortical cyst of 31 mm), "a calcification within the septum, 4 mm". The clause role "part"
(termset.CLAUSE_ROLES) makes a size next to "cortex", "rim" or "septum" that part's own ("a node with a 6 mm
cortex", "cortex 3.5 mm"), which is right where the part is the thing measured, not where it is where the lesion lies.

Linear in the part words of a report that holds one (one C-level test for the others).
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet


def unmark_placing_parts(
    lower: list[int], role: list[str | None], parts: AbstractSet[int], placing: AbstractSet[int], the: int
) -> None:
    """Clear the "part" role (in ``role``, in place) of each part word of ``parts`` written right after a place
    preposition of ``placing``, across the determiner ``the`` ("in the cortex", "within septa")."""
    for i in compress(range(len(lower)), map(parts.__contains__, lower)):
        if role[i] != "part":
            continue
        k = i - 1
        if k >= 0 and lower[k] == the:
            k -= 1
        if k >= 0 and lower[k] in placing:
            role[i] = None
