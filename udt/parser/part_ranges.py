"""A part's size given as a range or in brackets is still the part's: "two nodes with thickened cortex up to 5 mm,
the larger 17 x 9 mm", "a node with thickened cortex (4 mm), 19 mm long", "cortex of up to 6 mm". The words between
the part noun and its size ("up to", "(") otherwise carry no clause role, so the size would read as the lesion's
own (a node's cortex thickness taken for the node's size, or split into a second node of a plural "two nodes").

Marks those words with the "thick" role, which ``findings.is_part_size`` reads across, only where they follow a
part noun (CLAUSE_ROLES "part"/"part_adjective"), possibly after words already of that gap ("thickened", "of").
"""

from __future__ import annotations

from collections.abc import Collection

_AFTER_PART = frozenset({"part", "part_adjective", "thick", "measure"})  # what may stand before the range words
_SPAN = 4  # range words after a part before its size: "( up to", "of up to"


def mark_part_ranges(lower: list[int], role: list[str | None], range_words: Collection[int]) -> None:
    """Give the "thick" role (in ``role``, in place) to each range word or opening bracket (``range_words``) that
    follows a part noun across gap words."""
    if "part" not in role and "part_adjective" not in role:
        return  # (most reports: two C-level scans)
    n = len(lower)
    for i in [i for i, r in enumerate(role) if r == "part" or r == "part_adjective"]:
        j = i + 1
        while j < n and role[j] in _AFTER_PART and role[j] != "part":
            j += 1
        stop = min(n, j + _SPAN)
        while j < stop and (lower[j] in range_words) and role[j] in (None, "open", "measure"):
            role[j] = "thick"
            j += 1
