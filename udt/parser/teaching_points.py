"""A teaching line's general lesson ("Take-home: gallstones must be sought in every case of pancreatitis", "Teaching
point: theca-lutein cysts regress as the hCG falls", "Registry tip: spermatoceles may contain low-level echoes"):
what is true of a kind of finding, said to the reader, not found in the patient. Every finding mention of the lesson
gives nothing (hypothetical); an organ it names stays examined, as an option of a form's does (checkboxes.py).

A lesson is the rest of a line opened by a teaching heading (termset-like list below), sentence by sentence, up to
the first sentence that tells the case itself ("Teaching point: a 38-year-old man developed fever ... Liver
ultrasound showed a 6 cm abscess", "In this 68-year-old, a 6 cm segment ..."): an age, "case", "this patient", a
verb of what a scan showed. A discussion of the case ("Points for discussion: this is a lymphatic malformation") is
no lesson: it states the case's diagnosis. One C-level test of the text skips every report without such a heading."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.record import MentionRecord, set_findings_hypothetical
from udt.parser.sentences import SENTENCE_STOPS
from udt.parser.substrings import holds_any

# A teaching heading opening its line, to the line's end.
_LESSON_LINE = lazy_compile(
    r"^[ \t]*(?:take[- ]?home(?:\s+(?:message|point|points))?|teaching\s+points?|learning\s+points?|key\s+points?"
    r"|pearls?|(?:registry|exam|board|viva)\s+tips?|tips?|rule\s+of\s+thumb)\s*[:\-]([^\n]*)",
    re.IGNORECASE | re.MULTILINE)
# A sentence of the lesson line that tells the case itself: the lesson ends before it.
_CASE_SENTENCE = lazy_compile(
    r"\d\s*-?\s*(?:years?|yrs?|months?|weeks?|days?)[- ]old|\b\d+\s*(?:yo|y/o)\b|\bcase\b|\b(?:this|our|the)\s+"
    r"(?:patient|man|woman|boy|girl|child|infant|neonate|baby|one)\b|\b(?:showed|shows|demonstrated|demonstrates"
    r"|revealed|reveals|found)\b|\b(?:in|of)\s+this\b",
    re.IGNORECASE)
# The words a teaching heading may start with, tested against the text before any pattern's scan.
_HEADING_PROBES = ("oint", "OINT", "ake", "AKE", "earl", "EARL", "ip", "IP", "humb")


def _lesson_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the lessons in ``text`` (module docstring)."""
    spans = []
    for m in _LESSON_LINE.finditer(text):
        lo, end = m.start(1), m.end(1)
        hi = lo
        while hi < end:
            stop = SENTENCE_STOPS.search(text, hi, end)
            nxt = stop.end() if stop is not None else end
            if _CASE_SENTENCE.search(text, hi, nxt) is not None:
                break
            hi = nxt
        if hi > lo:
            spans.append((lo, hi))
    return spans


def set_aside_lessons(mentions: list[MentionRecord], text: str, anatomy_fields: AbstractSet[str]) -> None:
    """Mark hypothetical every finding mention of a teaching line's general lesson (module docstring);
    ``anatomy_fields`` are the fields of anatomy mentions, which stay standing."""
    # (a heading is closed by a colon or a dash: two C-level tests before the probes, which common words pass)
    if ("-" not in text and ":" not in text) or not holds_any(text, _HEADING_PROBES):
        return
    set_findings_hypothetical(mentions, _lesson_spans(text), anatomy_fields)
