"""A refining cue abbreviated with a slash ("c/w haemangioma": consistent with; "s/o abscess": suggestive of) joins
a lesion to the diagnosis that names it, as the words written out do ("a 9 mm nodule at S3, stable, c/w
haemangioma": one lesion, a haemangioma of 9 mm). The tokenizer splits the abbreviation into its letters and the
slash, so the clause role "refine" (termset.CLAUSE_ROLES) is given to its last letter here, where the letters
before it and the slash spell it.

Linear in the slashes of a report that holds one of the abbreviations' last letters (one C-level test for the
others).
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping


def mark_slashed_refines(
    lower: list[int], role: list[str | None], slash: int, firsts_by_last: Mapping[int, int]
) -> None:
    """Give the role "refine" (in ``role``, in place) to the last letter of each "X / Y" whose ``slash`` joins a
    first letter and a last letter paired in ``firsts_by_last`` (last letter id -> first letter id)."""
    n = len(lower)
    for i in compress(range(1, n - 1), map(slash.__eq__, lower[1 : n - 1])):
        first = firsts_by_last.get(lower[i + 1])
        if first is not None and lower[i - 1] == first:
            role[i + 1] = "refine"
