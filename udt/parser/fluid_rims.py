"""A rim or layer of fluid measured is the fluid collection's own depth: "perinephric fluid rim 7 mm", "small
perisplenic fluid rim 8 mm". The clause role "part" (termset.CLAUSE_ROLES) makes a size after "rim" a lesion part's
thickness ("cyst with an enhancing rim 3 mm"); after a fluid word the rim is the fluid itself, no part of another
lesion, so the role is cleared and the size measures the collection.

Linear in the part words of a report that holds one (the caller tests for them first).
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet


def unmark_fluid_rims(
    lower: list[int], role: list[str | None], parts: AbstractSet[int], fluid: AbstractSet[int]
) -> None:
    """Clear the "part" role (in ``role``, in place) of each part word of ``parts`` written right after a fluid
    word of ``fluid`` ("fluid rim", "liquid rim")."""
    for i in compress(range(1, len(lower)), map(parts.__contains__, lower[1:])):
        if role[i] == "part" and lower[i - 1] in fluid:
            role[i] = None
