"""A line headed by a region of the abdomen names no organ: it ends the organ carried from the lines before.

"Pericardium: effusion 5 mm. / RUQ: collection 3.9 x 2.1 cm", "Left kidney: 4 mm stone. / LUQ: fluid 6 mm": the
quadrant, fossa or flank of a FAST or point-of-care report is where the probe was, not an organ, so what its line
finds is not the pericardium's or the kidney's. Fluid there, which no organ of its own line holds, lies in the
peritoneal cavity (the body space free fluid lies in: :mod:`udt.parser.recess_fluid`). The regions are the
anatomical ones, written open (a side word or its abbreviation, then upper/lower quadrant, iliac fossa, flank,
hypochondrium or lumbar region; the epigastrium, hypogastrium, suprapubic region, pelvis), and the quadrant
abbreviations RUQ, LUQ, RLQ, LLQ, RIF, LIF, read only as a line's key (followed by a colon or dash).
"""

from __future__ import annotations

import re

from udt.parser.lazy_patterns import lazy_compile

_SIDE = r"(?:right|left|r|l|rt|lt)\.?"
_PART = (
    r"(?:(?:upper|lower)\s+quadrant|iliac\s+fossa|flank|hypochondrium|hypochondrial\s+region|lumbar\s+region"
    r"|paracolic\s+region)"
)
_REGION_KEY = lazy_compile(
    rf"\s*(?:(?:{_SIDE}\s+)?{_PART}|epigastri(?:um|c\s+region)|hypogastri(?:um|c\s+region)|suprapubic(?:\s+region)?"
    r"|(?:lower\s+|true\s+|small\s+)?pelvis"
    r"|(?-i:RUQ|LUQ|RLQ|LLQ|RIF|LIF))\s*(?:[:\-\u2013]\s)",
    re.IGNORECASE,
)
# A bare "pelvis" key inside a line that opened with another key ("Right kidney: 11 cm. Pelvis: dilated, AP 19 mm")
# is that kidney's renal pelvis, not the body's: the bare word is a region only where it opens its line.
_BARE_PELVIS = lazy_compile(r"\s*pelvis\s*[:\-\u2013]\s", re.IGNORECASE)
# The first letters a region key can start with (a cheap gate before the pattern).
_FIRSTS = frozenset("rRlLeEhHsSpP")


def opens_with_region(text: str, line_start: bool = True) -> bool:
    """Whether the line ``text`` opens with a region of the abdomen as its key ("RUQ: ...", "Left iliac fossa -
    ..."); ``line_start``: whether ``text`` opens its line (a bare "Pelvis:" after a kidney's key on its line is
    the renal pelvis)."""
    first = text[:1]
    if first.isspace():
        first = text.lstrip()[:1]  # (most lines open with their first word: no copy of the line then)
    # (a key ends with a colon or a dash: a line with neither, most of them, needs no match tried)
    if not (first in _FIRSTS and (":" in text or "-" in text or "\u2013" in text) and _REGION_KEY.match(text)):
        return False
    return line_start or _BARE_PELVIS.match(text) is None
