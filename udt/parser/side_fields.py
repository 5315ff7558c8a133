"""The side a report's "Side:" field names, for the lesions its findings leave unsided.

Structured and teleradiology reports state the examined side as a field of their header, not in a title: "Exam: US
NECK | Side: LEFT | Referrer: GP", "Laterality: Right", or as a checkbox form "Side: [x] Right [ ] Left". Their
findings then describe the lesions of that side without repeating it ("Level IIa: oval node, 2.4 cm"). Such a lesion
lies on the field's side, where:

- the report holds one such field (a key "Side"/"Laterality" that opens a line or a "|"/";" cell, and is not a
  side heading's noun: "Right side: no node" is a heading, read by side_headings.py); or, where it holds none, one
  field naming the examined part with its side ("Site: R wrist / hand", "Region: left knee"; not a region of the
  abdomen, "Site: RIF");
- the field names one side, left or right (a checkbox form: the side after the one ticked box);
- the lesion's organ is not one the body has one of.

Unlike a title's side (title_sides.py), the field is an explicit statement of the examined side, so a later
mention of the other side ("Right neck: not examined") does not cancel it; lesions there carry their own side.

Gated by the caller on the report's word set holding a key word: most reports are never read here.
"""

from __future__ import annotations

import re

from udt.parser import termset as ts
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.word_patterns import words_pattern

# The key, opening a line or a cell: "Side: LEFT", "| Laterality = Right |"
_KEY = lazy_compile(
    r"(?:^|(?<=[|;\n]))[ \t•*-]*" + words_pattern(ts.SIDE_FIELD_KEYS).pattern + r"[ \t]*[:=]",
    re.IGNORECASE | re.MULTILINE,
)
# ... a field naming the examined part with its side ("Site: R wrist / hand"), where no "Side:" key stands
_SITE_KEY = lazy_compile(
    r"(?:^|(?<=[|;\n]))[ \t•*-]*" + words_pattern(ts.SITE_FIELD_KEYS).pattern + r"[ \t]*[:=]",
    re.IGNORECASE | re.MULTILINE,
)
_REGION = words_pattern(ts.TITLE_REGION_WORDS, re.IGNORECASE)
_CELL_END = lazy_compile(r"[|\n;]")
_TICKED = lazy_compile(r"[\[(]\s*[x✓✔■☒]\s*[\])]\s*(\w+)|[☒✓✔■]\s*(\w+)", re.IGNORECASE)
_BOX = lazy_compile(r"[\[(]\s*[x✓✔■☒ ]?\s*[\])]|[☐☒■□]", re.IGNORECASE)
_SIDE_WORDS = {w: side for side, ws in ts.SIDE_FIELD_VALUES.items() for w in ws}


def field_side(text: str) -> str | None:
    """The one side the report's single "Side:" field names (see module docstring), else None."""
    keys = list(_KEY.finditer(text))
    site = not keys
    if site:
        keys = list(_SITE_KEY.finditer(text))
    if len(keys) != 1:
        return None  # none, or one per lesion or section (each section's side is its own)
    start = keys[0].end()
    end_m = _CELL_END.search(text, start)
    value = text[start : end_m.start() if end_m else len(text)]
    if site and _REGION.search(value):
        return None  # "Site: RIF": a region of one abdomen, whose bowel has no side (as a title's: title_sides.py)
    if _BOX.search(value):
        ticked = {_SIDE_WORDS.get((m.group(1) or m.group(2)).lower()) for m in _TICKED.finditer(value)}
    else:
        ticked = {_SIDE_WORDS.get(w) for w in re.findall(r"\w+", value.lower())}
    ticked.discard(None)
    if len(ticked) != 1:
        return None  # none, or "Left and right", or a bilateral study
    (said,) = ticked
    return said if said in ("left", "right") else None
