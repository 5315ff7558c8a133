"""A table's size column right after a column naming an organ's part, with a lesion column after it, measures the
part, not the row's lesion: "Lobe | Size (cm) | Nodule | Location | Size (cm) | Feature" (the lobe's 4.6 x 1.5 x 1.4,
then the nodule's 0.8 x 0.6 x 0.5), "| Lobe | Size (mm) | Nodules |" (the lobe's 18 x 20 x 52, the nodules'
sizes written in their own cell). Left to itself the row's first size goes to the lesion the row names.

A header is the first of a run of lines with at least two bars; a row counts when it has as many cells as its header.
"""

from __future__ import annotations

import re

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.termset import LOBE_WORDS

# the part a row describes ("Lobe", "Kidney", "Organ"), the size column's header, and a lesion column's header
_PART = lazy_compile(
    r"^\s*(?:" + "|".join((*LOBE_WORDS, "organ", "gland", "kidney", "ovary", "testis")) + r")\s*$", re.IGNORECASE
)
_SIZE = lazy_compile(r"\b(?:size|length|dimensions?|measurements?)\b", re.IGNORECASE)
_LESION = lazy_compile(r"\b(?:nodules?|lesions?|cysts?|masses|mass|findings?)\b", re.IGNORECASE)


def part_size_columns(names: list[str]) -> set[int]:
    """The size columns right after a column naming an organ's part, with a lesion column after them."""
    return {
        k
        for k in range(1, len(names))
        if _SIZE.search(names[k]) and _PART.match(names[k - 1]) and any(_LESION.search(name) for name in names[k + 1 :])
    }
