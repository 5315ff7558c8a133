"""A diagnosis dated in its own brackets: the patient's past diagnosis, not a finding of this scan.

Clinic reports name the histology of a past operation, or the disease a surveillance scan follows, as a bracketed
note of the year and the diagnosis after the operation ("Previous: hemithyroidectomy R (2019, follicular adenoma)",
"post left nephrectomy (RCC 2021)"). The brackets hold nothing but the year and the diagnosis (with the rest of its
name before it), so the diagnosis is dated as the past's; a bracket that says more after it ("(haemangioma, stable
since 2019)", "(cyst, 12 mm in 2019)") describes what this scan sees and is left alone. Reports without an opening
bracket are skipped by one set test.

A bracket of the date alone right after the diagnosis dates it the same way ("Oncological follow-up, breast carcinoma
(2019).", "known PTC (03/2022);"), when the bracket ends its clause and nothing measured stands before the diagnosis
in that clause: a size or a description after it ("haemangioma (2019), now 14 mm") or before it ("12 mm cyst (2024)")
tells of this scan's finding, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from spacy.strings import get_string_id

from udt.parser.record import MentionRecord, TokenColumns
from udt.parser.sentences import CLAUSE_END_WORDS

_OPEN = get_string_id("(")
_CLOSE = get_string_id(")")
_BRACKETS = frozenset((_OPEN, _CLOSE))
# What may stand beside the year and the diagnosis inside the brackets.
_FILLERS = frozenset(get_string_id(w) for w in (",", "in", ";", "-"))
# How many words a bracket may hold on either side of the diagnosis (the year, a filler, a word of its name).
_REACH = 4
# What ends the clause a dated bracket must close (a stop, a semicolon, a line break; or the end of the report).
_CLAUSE_ENDS = CLAUSE_END_WORDS
# What starts a clause, looking back from the diagnosis for a measurement in its own clause.
_CLAUSE_STARTS = frozenset(get_string_id(w) for w in (".", ";", ":", ",", "\n", "\n\n"))
_MONTH_YEAR = re.compile(r"\d{1,2}[/.]\d{4}")


def mark_dated_diagnoses(mentions: list[MentionRecord], cols: TokenColumns, text: str, finding_field: str) -> None:
    """Mark historical each diagnosis mention whose brackets hold only it (its name's words before it), a year and
    fillers (see the module's doc). Reads a few words either side of each diagnosis in a report with a bracket."""
    if _OPEN not in cols.words:
        return
    lower, idx, length = cols.lower, cols.idx, cols.length
    n = len(lower)
    for m in mentions:
        if m.field != finding_field or m.historical or m.negated:
            continue
        # (before the diagnosis, the rest of its name may stand too: "(2019, follicular adenoma)")
        lo = m.start - 1
        while lo >= 0 and m.start - lo <= _REACH and lower[lo] not in _BRACKETS:
            lo -= 1
        if lo < 0 or lower[lo] != _OPEN:
            continue
        hi = m.end
        while hi < n and hi - m.end < _REACH and lower[hi] != _CLOSE and _dates(lower[hi], idx[hi], length[hi], text):
            hi += 1
        if hi >= n or lower[hi] != _CLOSE:
            continue
        if any(_is_year(text[idx[j] : idx[j] + length[j]]) for j in (*range(lo + 1, m.start), *range(m.end, hi))):
            m.historical = True  # "(2019, follicular adenoma)": the diagnosis of that year
    for m in mentions:
        if m.field == finding_field and not m.historical and not m.negated and m.end < n and lower[m.end] == _OPEN \
                and _dated_after(lower, idx, length, text, m.end) \
                and not _measured_before(lower, idx, length, text, m.start):
            m.historical = True  # "breast carcinoma (2019).": the diagnosis of that year


def _dated_after(lower: list[int], idx: list[int], length: list[int], text: str, open_at: int) -> bool:
    """The bracket opened at ``open_at`` holds a date and fillers only and closes its clause."""
    close = dated_run_close(lower, idx, length, text, open_at + 1, open_at + _REACH, _FILLERS, _is_date)
    return close is not None and (close + 1 >= len(lower) or lower[close + 1] in _CLAUSE_ENDS)


def dated_run_close(lower: list[int], idx: list[int], length: list[int], text: str, first: int, last: int,
                    fillers: AbstractSet[int], is_date: Callable[[str], bool]) -> int | None:
    """The token of the bracket that closes a run from token ``first`` (up to ``last``) of ``fillers`` and one
    date at least, each word a date by ``is_date`` or a filler; None where another word stands in the run, it holds
    no date or no bracket closes it within reach. Read by dated_operations.py too ("(colon operated 2024)")."""
    n = len(lower)
    dated = False
    j = first
    while j < n and j <= last and lower[j] != _CLOSE:
        if is_date(text[idx[j] : idx[j] + length[j]]):
            dated = True
        elif lower[j] not in fillers:
            return None
        j += 1
    return j if dated and j < n and lower[j] == _CLOSE else None


def _is_date(word: str) -> bool:
    """A year ("2019") or a month and year ("03/2022", "3.2019")."""
    return _is_year(word) or _MONTH_YEAR.fullmatch(word) is not None


def _measured_before(lower: list[int], idx: list[int], length: list[int], text: str, start: int) -> bool:
    """A number stands before the diagnosis at ``start`` in its own clause ("12 mm cyst (2024)"); a few words back."""
    for j in range(start - 1, max(-1, start - _REACH * 3), -1):
        if lower[j] in _CLAUSE_STARTS:
            return False
        if any(c.isdigit() for c in text[idx[j] : idx[j] + length[j]]):
            return True
    return False


def _dates(word: int, start: int, size: int, text: str) -> bool:
    """The token is a year or a filler, the only words a dated diagnosis's brackets hold besides it."""
    return word in _FILLERS or _is_year(text[start : start + size])


def _is_year(token: str) -> bool:
    """A year of this or the last century ("2019", "1998")."""
    return len(token) == 4 and token.isdigit() and token[:2] in ("19", "20")
