"""A labelled finding written as one line of key-value pairs, each closed by a full stop, is one sentence: "Finding 1:
Side: L. Clock: 10. Distance FN: 3 cm. Size: 8 mm. Type: mass. Shape: oval." Breast worksheets (and dictation
templates of other clinics) type a lesion so, one line per lesion; the stops only separate the keys.

Read as sentences, the keys fell apart: the side ("Side: L") and the clock position that places the lesion in the
breast stood in sentences of their own, the size in another, and the lesion word ("Type: mass") in a sentence with
none of them, so the lesion had no organ, side or size, and the size became a structure's.

The line must open with a labelled-finding heading (``termset.LABELLED_FINDING_WORDS`` or "lesion", then one capital
or a number of one or two digits, then a colon or a dash); a full stop in it is kept inside the sentence only where
the next word is a key (one to three words, then a colon) that places, measures or names the lesion, and only up
to the first other key. A stop before prose ("... 8 mm. The mass is new") still ends the sentence. One C-level
probe for the heading words; a regex pass over the report's heading lines only.
"""

from __future__ import annotations

import re

from udt.parser import termset as ts
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.lowered_text import lowered
from udt.parser.substrings import holds_any

_HEADS = (*ts.LABELLED_FINDING_WORDS, "lesion")
_HEADING = lazy_compile(
    r"^[ \t]*(?i:" + "|".join(_HEADS) + r")[ \t]+(?:[A-Z]|[1-9]\d?)[ \t]*[:\-\u2013]", re.MULTILINE
)
# A full stop, then a key: one to three words (letters, "/" or "-" inside) and its colon.
# A word of a key may be abbreviated by its own stop ("Dist. from nipple:"), which is kept inside the sentence too.
_KEYED_STOP = lazy_compile(r"\.[ \t]+([A-Za-z][\w/\-]*\.?(?:[ \t]+[A-Za-z][\w/\-]*\.?){0,2})[ \t]*:")
# The keys that place, measure or name the lesion, which the template gives first ("Side", "Clock", "Distance FN",
# "Size", "Type"). The line stays one sentence only up to the first other key: its description ("Shape: oval.
# Posterior: none. Vascularity: absent.") is read key by key as before, so that a template value ("none") denies
# its own key only.
_PLACING_KEYS = frozenset((
    "organ", "side", "laterality", "clock", "position", "location", "site", "quadrant", "distance", "dist", "nipple",
    "fn", "depth", "size", "sizes", "dimension", "dimensions", "measurement", "measurements", "type", "nature",
    "lesion", "finding",
))


def keyed_stops(text: str) -> frozenset[int]:
    """The character offsets of the full stops that separate the keys of a labelled finding's line (see the module
    docstring); empty for a report with no such line."""
    # (a heading is closed by a colon or a dash: C-level tests before the text is lower-cased for the probes)
    if ":" not in text and "-" not in text and "\u2013" not in text:
        return frozenset()
    lower = lowered(text)  # (the text the parse checks lowered before it: lowered_text.py)
    if not holds_any(lower, _HEADS):
        return frozenset()  # (most reports)
    stops: set[int] = set()
    for m in _HEADING.finditer(text):
        end = text.find("\n", m.end())
        if end < 0:
            end = len(text)
        for s in _KEYED_STOP.finditer(text, m.end(), end):
            if s.group(1).split()[0].rstrip(".").lower() not in _PLACING_KEYS:
                break
            stops.add(s.start())
            stops.update(k for k in range(s.start(1), s.end(1)) if text[k] == ".")
    return frozenset(stops)
