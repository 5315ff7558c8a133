"""A depth given with a lesion's other coordinates is where it lies, not its size: "Lesion A: 10:00, 3 cm FN, depth
1.2 cm / Size: 14 x 9 mm", "mass at 9 o'clock, 4 cm from the nipple, depth 8 mm". Breast and soft-tissue worksheets
place a lesion by clock face, distance from the nipple and depth below the skin, then measure it.

A size right after "depth" (its "of", ":" or "=") locates its lesion where, earlier on the same line and within a
few words, the lesion is placed by a clock position or a distance from the nipple. A fluid's "depth 15 mm" or
"maximal depth 7.5 cm" has no such place before it and stays its size. A distance to the skin ("skin distance 15
mm", "distance from the skin 9 mm") locates its lesion wherever it stands, and so does a distance from the nipple
given as a key ("Distance FN: 3 cm", "Nipple distance: 4 cm"), which only the breast is measured by.
"""

from __future__ import annotations

import re

from udt.parser.lazy_patterns import lazy_compile

_DEPTH = lazy_compile(r"\bdepth\s*(?:of|:|=)?\s*(?:about\s+|approx\.?\s*|~\s*)?$", re.IGNORECASE)
_SKIN = lazy_compile(
    r"\b(?:skin\s+distance|distance\s+(?:from|to|below)\s+(?:the\s+)?skin)\s*(?:of|:|=)?\s*(?:about\s+|~\s*)?$",
    re.IGNORECASE,
)
# A clock position ("10:00", "10 o'clock", "2h", "10 h") or a distance from the nipple ("3 cm FN", "from the nipple").
_PLACED = lazy_compile(
    r"\b(?:\d{1,2}[:.]00|\d{1,2}\s*o'?\s*clock|\d{1,2}\s?h|f\.?n\.?|ffn|ftn|from\s+(?:the\s+)?nipple)\b",
    re.IGNORECASE,
)
# A distance from the nipple given as a worksheet key ("Distance FN: 3 cm", "Dist. from nipple = 4 cm", "FN distance:
# 2 cm", "Nipple distance 5 cm"): it places the lesion in the breast, whatever else the line holds.
_NIPPLE_KEY = lazy_compile(
    r"(?:\bdist(?:ance)?\.?\s*(?:\(?(?:fn|ffn|ftn)\)?|(?:from|to)\s+(?:the\s+)?nipple)|\b(?:fn|nipple)\s+distance)"
    r"\s*(?:of|:|=|-)?\s*(?:about\s+|approx\.?\s*|~\s*)?$",
    re.IGNORECASE,
)
_WINDOW = 48  # characters before the size that the depth word and the lesion's place may span


def placed_depth(text: str, start: int) -> bool:
    """Whether the size starting at character ``start`` of ``text`` is a depth or skin distance that places a
    lesion (see the module docstring)."""
    lo = max(0, start - _WINDOW)
    window = text[lo:start].lower()
    if "dist" in window and _NIPPLE_KEY.search(window) is not None:
        return True
    if "depth" not in window and "skin" not in window:
        return False  # (most sizes: one C-level probe)
    if _SKIN.search(window) is not None:
        return True
    m = _DEPTH.search(window)
    if m is None:
        return False
    line = window[: m.start()].rsplit("\n", 1)[-1]
    return _PLACED.search(line) is not None
