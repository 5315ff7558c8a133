"""A poster's own question that asks whether a finding is there, closed by "or not" ("so do I have a nodule or not",
"is it a cyst or not", "appendix is ok or not??"). It asserts nothing and doubts nothing (guideline "Status": the
poster's own questions do not count), but without this its finding was read as asserted, or its "or" as an
alternative between two findings. The context component marks its findings hypothetical, as it does a question
that opens with a question word and ends with "?" (ConText._orient_questions).

A question only: the clause opens (after a few discourse words) with a question word, or a "?" closes it; "whether
or not" and an "or not" that goes on ("flow present or not assessed") are no question. Read only in a report
holding both "or" and "not"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from udt.parser import termset as ts

if TYPE_CHECKING:
    from udt.parser.record import MentionRecord

_OR = get_string_id("or")
_NOT = get_string_id("not")
_WHETHER = get_string_id("whether")
_QUESTION_MARK = get_string_id("?")
_OPENERS = frozenset(get_string_id(w) for w in ts.QUESTION_OPENERS)
_FILLERS = frozenset(get_string_id(w) for w in ts.QUESTION_FILLERS)
# What may close the question after "or not": its end, or a chat tail ("... or not lol").
_QUESTION_ENDS = frozenset(get_string_id(w) for w in (".", "?", "!", ",", "\n", "\n\n", *ts.CHAT_TAILS))
# What opens the question's clause, looking back from "or not" (a quotation mark: the relayed report's words).
_CLAUSE_BREAKS = frozenset(get_string_id(w) for w in (".", "?", "!", ";", ",", ":", "\n", "\n\n", "-", "(", ")",
                                                      '"', "'", "\u201c", "\u201d", "\u2018", "\u2019"))
# The most words such a question holds before "or not" ("so do I actually have a thyroid nodule").
_LONGEST = 10


def mark_either_way_questions(mentions: list[MentionRecord], lower: list[int], words: frozenset[int],
                              anatomy_fields: frozenset[str]) -> None:
    """Mark the findings of each "X or not" question hypothetical (the organ it asks about was still examined)."""
    if _OR not in words or _NOT not in words:
        return
    n = len(lower)
    j = 0
    while True:
        try:  # (a C-level scan for each "or", not a Python loop over every token)
            j = lower.index(_OR, j + 1)
        except ValueError:
            return
        if j + 1 >= n or lower[j + 1] != _NOT or lower[j - 1] == _WHETHER \
                or (j + 2 < n and lower[j + 2] not in _QUESTION_ENDS):
            continue
        start = j
        while start > 0 and j - start < _LONGEST and lower[start - 1] not in _CLAUSE_BREAKS:
            start -= 1
        if start > 0 and lower[start - 1] not in _CLAUSE_BREAKS:
            continue  # too long for a question of its own
        opener = start
        while opener < j and lower[opener] in _FILLERS:
            opener += 1
        asked = lower[opener] in _OPENERS or _QUESTION_MARK in lower[j + 2 : j + 4]
        if not asked:
            continue
        for m in mentions:
            if start <= m.start and m.end <= j and m.field not in anatomy_fields:
                m.hypothetical = True
