"""Organs named for a study this scan did not do: a teaching imperative to examine them ("Scan the kidneys and
ovaries in every case.", "Always look at the spleen.", "Remember to check the kidneys.") and a study of them still
to come ("heart echo is next month", "renal ultrasound booked for next week"). Neither is an organ examined here
(guideline: organ = examined organ / site of findings; hypothetical text is not labelled), so the context component
marks their anatomy mentions hypothetical. A recommendation ("recommend thyroid ultrasound") is already a
hypothetical cue (termset HYP_PRE); these have no such word.

- Imperative: the sentence (after a heading of at most a few words, "What I learned:", and any of the openers
  "always", "remember to", "don't forget to", "make sure to") opens with a verb of examining and then its object's
  determiner or preposition ("scan the", "check both", "look at"); every anatomy mention of that sentence is
  hypothetical. A noun "scan" ("Scan shows ...", "Scan of the liver") opens no imperative.
- A study to come: an organ word, a study noun and a word of the future right after ("heart echo is next month",
  "thyroid scan booked").

Reports without one of the verbs or study nouns are skipped by one set test each.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection

from spacy.strings import get_string_id

from udt.parser import termset as ts
from udt.parser.record import MentionRecord, TokenColumns

_VERBS = frozenset(get_string_id(w) for w in ts.EXAMINING_VERBS)
_OBJECT_OPENERS = frozenset(get_string_id(w) for w in ts.EXAMINED_OBJECT_OPENERS)
_OPENERS = frozenset(get_string_id(w) for w in ts.IMPERATIVE_OPENER_WORDS)
_HEADING_MARKS = frozenset(get_string_id(w) for w in (":", "-", "–"))
_STUDIES = frozenset(get_string_id(w) for w in ts.STUDY_NOUNS)
_FUTURE = frozenset(get_string_id(w) for w in ts.FUTURE_STUDY_WORDS)
_COPULAS = frozenset(get_string_id(w) for w in ("is", "was", "will", "be", "being", "now", "also", "still"))
# How many words a heading may hold before the imperative ("Teaching point:", "What I learned:").
_HEADING_WORDS = 4
# How many words (a copula, "be") may stand between a study noun and its word of the future.
_FUTURE_REACH = 3


def mark_unperformed_studies(mentions: list[MentionRecord], cols: TokenColumns, sent_starts: list[int],
                             anatomy_fields: Collection[str]) -> None:
    """Mark hypothetical the anatomy mentions of an imperative sentence to examine and those of a study to come
    (see the module's doc). Linear in the mentions; a few words read per sentence start that holds a verb."""
    words = cols.words
    imperative = not _VERBS.isdisjoint(words)
    future = not _STUDIES.isdisjoint(words) and not _FUTURE.isdisjoint(words)
    if not imperative and not future:
        return
    lower = cols.lower
    n = len(lower)
    ordered = sent_starts if imperative else []
    for m in mentions:
        if m.field not in anatomy_fields or m.hypothetical:
            continue
        if future and m.end < n and lower[m.end] in _STUDIES and _to_come(m.end + 1, lower):
            m.hypothetical = True  # "heart echo is next month"
            continue
        if imperative:
            sent = bisect_left(ordered, m.start + 1) - 1  # the sentence that holds the mention
            if sent >= 0 and _opens_an_imperative(ordered[sent], m.start, lower):
                m.hypothetical = True  # "Scan the kidneys and ovaries in every case."


def _opens_an_imperative(start: int, stop: int, lower: list[int]) -> bool:
    """The sentence from ``start`` opens, before token ``stop``, with a verb of examining and its object's opener,
    past a short heading and imperative openers ("What I learned: always look in the cord")."""
    i = start
    for j in range(start, min(stop, start + _HEADING_WORDS + 1)):
        if lower[j] in _HEADING_MARKS:
            i = j + 1  # a heading before the sentence proper
            break
    while i < stop and lower[i] in _OPENERS:
        i += 1
    return i + 1 < stop and lower[i] in _VERBS and lower[i + 1] in _OBJECT_OPENERS


def _to_come(i: int, lower: list[int]) -> bool:
    """A word of the future stands at token ``i``, past at most a copula or two ("is next month", "booked")."""
    for j in range(i, min(len(lower), i + _FUTURE_REACH)):
        if lower[j] in _FUTURE:
            return True
        if lower[j] not in _COPULAS:
            return False
    return False
