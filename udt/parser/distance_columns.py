"""A table column whose header names a distance holds where each row's lesion lies, not its size: "| Nr | Side |
Position | Distance FN | Size (mm) | Description |", "| Side | Clock | Dist. from nipple | Size | Description |",
"| Lesion | Side | Clock | FN (cm) | Skin (cm) | Size now (cm) |" (the depth from the skin: how deep it lies). A
size in a cell under it ("3 cm") locates the row's lesion as "3 cm from the nipple" does in prose (distances.py);
left to itself it measures the lesion of the row before, whose description cell ends right before it.

A header is the first of a run of lines with at least two bars; a row counts when it has as many cells as its header
(so a row that a writer merged or split reads nothing). A depth column is no distance: a fluid's depth is its size.
"""

from __future__ import annotations

import re

from udt.parser.lazy_patterns import lazy_compile

# "Distance FN", "Dist. from nipple", "FN (cm)", "DFN", "Nipple distance"; "Skin (cm)", "From skin" (not the skin's
# own thickness, a size)
_DISTANCE = lazy_compile(r"\b(?:dist|distance|fn|ffn|ftn|dfn|nipple|skin(?!\s*thick))\b", re.IGNORECASE)


def distance_columns(names: list[str]) -> set[int]:
    """The columns whose name says they hold distances."""
    return {k for k, name in enumerate(names) if _DISTANCE.search(name)}
