"""The answer to a question asking for the differential ("Examiner: Differential?" then "Candidate: Colonic carcinoma
first. Lymphoma or Crohn's disease are the alternatives."): every diagnosis it names is offered, none asserted, even
the first ranked, and with no hedge word of its own ("X is favoured; then Y or Z"). A question asking for the
diagnosis ("Diagnosis?") is answered with an assertion and is not read so.

The answer is the rest of the question's line, or the next line where the question ends its own (a viva's turns);
it ends at the next question. Reports without a question mark after a differential word are skipped by set tests."""

from __future__ import annotations

from spacy.strings import get_string_id

from udt.parser import termset as ts
from udt.parser.record import MentionRecord

QUESTION = get_string_id("?")
# The words asking for the differential, right before the question mark ("Differential?", "Any other DDx?"), and
# after "differential" ("What are the differential diagnoses?").
ASKING_WORDS = frozenset(get_string_id(w) for w in ts.DIFFERENTIAL_QUESTION_WORDS)
_DIFFERENTIAL = get_string_id("differential")
_DIAGNOSES = frozenset(get_string_id(w) for w in ("diagnosis", "diagnoses"))


def doubt_differential_answers(mentions: list[MentionRecord], lower: list[int], newlines: frozenset[int],
                               finding_field: str) -> None:
    """Mark uncertain each diagnosis mention of the answer to a question asking for the differential, unless it is
    denied or only supposed ("a myelolipoma if it contained fat"). The caller has tested that the report holds a
    question mark and an asking word."""
    n = len(lower)
    q = 0
    for _ in range(lower.count(QUESTION)):  # (each question mark found by a C-level scan)
        q = lower.index(QUESTION, q + 1)
        if not _asks_for_differential(lower, q):
            continue
        lo = q + 1
        if lo < n and lower[lo] in newlines:
            lo += 1  # the question ends its line: the answer is the next one
        hi = lo
        while hi < n and lower[hi] not in newlines and lower[hi] != QUESTION:
            hi += 1
        for m in mentions:
            if lo <= m.start < hi and m.field == finding_field and not m.negated and not m.hypothetical:
                m.uncertain = True


def _asks_for_differential(lower: list[int], q: int) -> bool:
    """Whether the question mark at ``q`` ends a request for the differential."""
    before = lower[q - 1] if q else None
    if before in ASKING_WORDS:
        return True
    return before in _DIAGNOSES and q > 1 and lower[q - 2] == _DIFFERENTIAL
