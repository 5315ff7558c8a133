"""A bracketed minus sign after a finding denies it: "Ascites: (-)", "gallstones (-)", "calcification (–)". Health
check and East Asian report templates write each finding's result as a sign in brackets, "(+)" for present and
"(-)" for absent ("halo (+), posterior shadow (-)"); the "(+)" needs nothing (the finding is stated), but the "(-)"
is no cue word, so without this the finding it denies read as present. A bare "Ascites: -" is a template "no"
(context.py's ``_template_no``); the brackets make the sign belong to the word before it wherever it stands.

Only descriptor and diagnosis mentions are denied (guideline: an absent value is never anatomy: "hilum (-)" of a
lymph node denies no organ). One probe of the report's word set skips the reports without a bracketed sign.
"""

from __future__ import annotations

from spacy.strings import get_string_id

from udt.parser.record import MentionRecord, TokenColumns

_OPEN, _CLOSE, _COLON = get_string_id("("), get_string_id(")"), get_string_id(":")
# The minus as reports type it: hyphen, en dash, the minus sign.
_MINUS = frozenset(get_string_id(w) for w in ("-", "–", "−"))


def mark_minus_signs(mentions: list[MentionRecord], cols: TokenColumns, anatomy_fields: frozenset[str]) -> None:
    """Deny each non-anatomy mention right before "(-)", or before its key's colon and "(-)" ("Ascites: (-)")."""
    words = cols.words
    if _OPEN not in words or _MINUS.isdisjoint(words):  # (probes of the report's word set, not a token scan)
        return
    lower = cols.lower
    n = len(lower)
    for m in mentions:
        j = m.end + 1 if m.end < n and lower[m.end] == _COLON else m.end
        if j + 2 < n and lower[j] == _OPEN and lower[j + 1] in _MINUS and lower[j + 2] == _CLOSE \
                and m.field not in anatomy_fields:
            m.negated, m.uncertain = True, False
