"""A diagnosis dated in its own brackets: the patient's past diagnosis, not a finding of this scan.

Clinic reports name the histology of a past operation, or the disease a surveillance scan follows, as a bracketed
note of the year and the diagnosis after the operation ("Previous: hemithyroidectomy R (2019, follicular adenoma)",
"post left nephrectomy (RCC 2021)"). The brackets hold nothing but the year and the diagnosis (with the rest of its
name before it), so the diagnosis is dated as the past's; a bracket that says more after it ("(haemangioma, stable
since 2019)", "(cyst, 12 mm in 2019)") describes what this scan sees and is left alone. Reports without an opening
bracket are skipped by one set test.
"""

from __future__ import annotations

from spacy.strings import get_string_id

from udt.parser.record import MentionRecord, TokenColumns

_OPEN = get_string_id("(")
_CLOSE = get_string_id(")")
_BRACKETS = frozenset((_OPEN, _CLOSE))
# What may stand beside the year and the diagnosis inside the brackets.
_FILLERS = frozenset(get_string_id(w) for w in (",", "in", ";", "-"))
# How many words a bracket may hold on either side of the diagnosis (the year, a filler, a word of its name).
_REACH = 4


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


def _dates(word: int, start: int, size: int, text: str) -> bool:
    """The token is a year or a filler, the only words a dated diagnosis's brackets hold besides it."""
    return word in _FILLERS or _is_year(text[start : start + size])


def _is_year(token: str) -> bool:
    """A year of this or the last century ("2019", "1998")."""
    return len(token) == 4 and token.isdigit() and token[:2] in ("19", "20")
