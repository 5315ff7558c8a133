"""The options of a quiz question ("Choices: spermatocele, varicocele, hydrocele, seminoma", "Which is the most likely
diagnosis? (a) cholesterolosis (b) adenomyomatosis (c) ..."): offered to the reader, not stated of the patient. The
quiz's answer ("Answer: (b) adenomyomatosis") states the one chosen, so every option gives nothing, as an unticked
box of a form does (checkboxes.py); an organ named in an option still tells which organ is examined.

An options line is read only in a report that gives its answer (a line opened by "Answer"): a figure legend's
lettered panels ("(A) Grey-scale and (B) colour Doppler images") are no options. The options are either a line
opened by an options heading ("Choices:", "Options:") or the rest of a question's line (after its "?") holding two
or more lettered marks. One test of the report's text skips every report without an answer line."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.record import MentionRecord, set_findings_hypothetical

# An answer line: the quiz's own answer, so its options are options.
_ANSWER_LINE = lazy_compile(r"^[ \t]*(?:correct\s+)?answers?\b", re.IGNORECASE | re.MULTILINE)
# A line of options under its heading, to the line's end.
_OPTIONS_LINE = lazy_compile(r"^[ \t]*(?:choices|options|answer\s+choices|alternatives)\s*[:\-][^\n]*",
                           re.IGNORECASE | re.MULTILINE)
# The rest of a question's line, when it holds two or more lettered marks ("? (a) X (b) Y", "? a) X b) Y").
_ASKED_OPTIONS = lazy_compile(r"\?[^\n]*", re.MULTILINE)
_LETTER_MARK = lazy_compile(r"(?:^|[\s(])[a-eA-E]\)")


def _option_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the quiz's options in ``text`` (module docstring)."""
    spans = [(m.start(), m.end()) for m in _OPTIONS_LINE.finditer(text)]
    if "?" in text:
        for m in _ASKED_OPTIONS.finditer(text):
            if len(_LETTER_MARK.findall(m.group())) >= 2:
                spans.append((m.start(), m.end()))
    return spans


def offer_quiz_choices(mentions: list[MentionRecord], text: str, anatomy_fields: AbstractSet[str]) -> None:
    """Mark hypothetical every finding mention inside a quiz's options (module docstring); ``anatomy_fields`` are the
    fields of anatomy mentions, which stay standing."""
    if "nswer" not in text and "NSWER" not in text:
        return  # no answer line (a C-level test before any pattern's scan)
    if _ANSWER_LINE.search(text) is None:
        return
    set_findings_hypothetical(mentions, _option_spans(text), anatomy_fields)
