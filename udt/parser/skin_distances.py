"""A distance measured from the skin to a target ("skin-to-fluid 3.1 cm", "skin to pleura distance 2.5 cm",
"skin-to-collection depth: 18 mm"), as drain and biopsy planning states it: the size is a depth that locates the
target, not a lesion's size, the skin is no site, and the target's word ("fluid", "collection") names no new lesion.

Without this, "Site marked for drain, skin-to-fluid 3.1 cm. Small L effusion, 1.4 cm" read a fluid collection of
the skin, 3.1 cm, and filed the effusion after it on the skin too. Gated on the word "skin" with "to" after it: one
C-level probe per report.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.lowered_text import casefolded

if TYPE_CHECKING:
    from udt.parser.findings import Item

# "skin" "to" (joined by blanks or hyphens), the target's one or two words, an optional "distance"/"depth" and what
# may stand before the number ("of", ":", "=", "~", "approx.").
_SKIN_TO = lazy_compile(
    r"\bskin[ \t]*[-–]?[ \t]*to[ \t]*[-–]?[ \t]*[a-z]+(?:[ \t]+[a-z]+)?(?:[ \t]+(?:distance|depth))?"
    r"[ \t]*(?:of|is|:|=)?[ \t]*(?:~|approx\.?|about|c\.)?[ \t]*(?=\d)",
    re.IGNORECASE,
)


# A depth measured down from the skin ("92 mm from skin", "8 mm below the skin", "3 cm deep to the skin"): the number
# and its unit, then the preposition, ending where the skin word starts.
_FROM_SKIN = lazy_compile(
    r"\d[ \t]*(?:mm|cm)[ \t]+(?:deep[ \t]+)?(?:from|below|beneath|under|to)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


def measured_from_skin(text: str, start: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the skin word starting at character ``start`` is only where a distance is measured from (inside one
    of the skin-distance ``spans``, or "92 mm from skin"): a landmark of drain and biopsy planning, no organ."""
    return any(lo <= start < hi for lo, hi in spans) or bool(_FROM_SKIN.search(text[max(0, start - 30) : start]))


def skin_distances(text: str) -> list[tuple[int, int]]:
    """The character spans of the skin-distance phrases of ``text``, each ending where its number starts."""
    if "skin" not in casefolded(text):  # (shared with other passes: lowered_text.py)
        return []
    return [m.span() for m in _SKIN_TO.finditer(text)]


def settle_skin_distances(items: list[Item], spans: list[tuple[int, int]], idx: list[int]) -> None:
    """In place: a size right after a skin-distance phrase only locates its target, a lesion word inside the phrase
    names no lesion, and the skin inside it no site (``idx``: each token's character offset)."""
    for it in items:
        at = idx[it.start]
        for lo, hi in spans:
            if it.kind == "size" and at == hi:
                it.locates = True
            elif lo <= at < hi:
                if it.kind == "lesion":
                    it.kind = "ignored"
                elif it.kind == "anatomy":
                    it.distant = True
