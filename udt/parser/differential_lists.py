"""A differential set out as a list under its heading ("DDx:" then "- nodular fasciitis" and "- nerve sheath tumour" on
lines of their own; "Differential diagnosis offered at the time:" then "1. soft-tissue sarcoma", "2. organising
haematoma"): each diagnosis of the list is offered, none asserted, although the heading's own hedge ends with its
line. A heading placed inline ("Differential diagnosis: cyst, endometrioma.") is read by the hedge's ordinary scope.

The heading opens its line or follows a sentence's end on it ("Appearances indeterminate. DDx:"), names the
differential (termset ``DIFFERENTIAL_LIST_HEADS`` or "dd"), may run on a few words ("offered at the time") and ends
the line with a colon. The list is the run of lines right after it that each open with a bullet, a dash or a number
("-", "*", "•", "1.", "2)", "a)"); the first line without one ends it ("MRI recommended.", "Outcome: ..."). Only
diagnosis mentions are doubted: a feature on a list line ("less likely given vascularity") is a reason, not a
finding. One C-level test for a colon right before a line break skips most reports."""

from __future__ import annotations

import re

from udt.parser import termset as ts
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.record import MentionRecord, mentions_in_chars

_HEADS = "|".join(sorted((*ts.DIFFERENTIAL_LIST_HEADS, "differential diagnosis", "differential diagnoses", "dd"),
                         key=len, reverse=True))
# A heading at a line's start or after a sentence's end on its line, a few more words, then a colon ending the line.
_HEADING = lazy_compile(r"(?:^|(?<=\n)|(?<=[.;!?]) )[ \t]*(?:the\s+|main\s+)*(?:" + _HEADS + r")\b[^\n:.;?]{0,40}:"
                        r"[ \t]*\n", re.IGNORECASE)
# One list line: a bullet, a dash or a number or letter with its mark, then the item.
_ITEM = lazy_compile(r"[ \t]*(?:[-*\u2022\u00b7\u2013]|\d{1,2}[.)]|[a-z][.)])[ \t]+[^\n]*(?:\n|$)", re.IGNORECASE)


def doubt_differential_lists(mentions: list[MentionRecord], text: str, finding_field: str) -> None:
    """Mark uncertain each ``finding_field`` mention on the list lines under a differential heading (module
    docstring), unless it is denied or set aside; ``mentions`` are in text order."""
    if ":\n" not in text and ": \n" not in text:
        return
    for heading in _HEADING.finditer(text):
        lo = hi = heading.end()
        while (item := _ITEM.match(text, hi)) is not None and item.end() > hi:
            hi = item.end()
        if hi == lo:
            continue
        for m in mentions_in_chars(mentions, lo, hi):
            if m.field == finding_field and not m.negated and not m.hypothetical:
                m.uncertain = True
