"""An organ said to have been operated on, with the date, in a bracket ("Referred by: Oncology (colon operated 2024).",
"(gallbladder removed 03/2019)", "(R kidney resected, 2021)"): the patient's past operation, not an organ this scan
shows. The bracket holds the organ, a past participle of an operation right after it and a date, and nothing else
but fillers; the organ mention is marked historical. A bracket that names an organ with no operation ("(L calf
primary, WLE 2024)") or a date alone ("L radiocephalic AVF (2023)") is left alone: the organ is where this scan looks.
Reports without an opening bracket are skipped by one set test."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.strings import get_string_id

from udt.parser.dated_diagnoses import dated_run_close
from udt.parser.record import MentionRecord, TokenColumns

_OPEN = get_string_id("(")
# Past participles of an operation on an organ, written right after it.
_OPERATED = frozenset(get_string_id(w) for w in (
    "operated", "resected", "removed", "excised", "transplanted", "replaced", "irradiated", "amputated"))
_FILLERS = frozenset(get_string_id(w) for w in (",", "in", "-", "on"))
_DATE = re.compile(r"(?:19|20)\d\d|\d{1,2}[/.](?:19|20)\d\d")
# How many words the bracket may hold after the participle (fillers and the date).
_REACH = 4


def _is_date(word: str) -> bool:
    """A year of this or the last century, or a month of one ("2024", "03/2019")."""
    return _DATE.fullmatch(word) is not None


def mark_dated_operations(mentions: list[MentionRecord], cols: TokenColumns, text: str,
                          anatomy_fields: AbstractSet[str]) -> None:
    """Mark historical each organ mention that opens a bracket and is followed there by an operation's participle and a
    date (module docstring)."""
    if _OPEN not in cols.words:
        return
    lower, idx, length = cols.lower, cols.idx, cols.length
    n = len(lower)
    for m in mentions:
        if m.field not in anatomy_fields or m.historical or m.negated or m.end >= n or lower[m.end] not in _OPERATED:
            continue
        if not _opens_bracket(lower, m.start):
            continue
        if dated_run_close(lower, idx, length, text, m.end + 1, m.end + _REACH, _FILLERS, _is_date) is not None:
            m.historical = True


def _opens_bracket(lower: list[int], start: int) -> bool:
    """The organ mention at ``start`` is the first thing in its bracket, a side word at most before it ("(L kidney")."""
    return start > 0 and (lower[start - 1] == _OPEN or (start > 1 and lower[start - 2] == _OPEN))
