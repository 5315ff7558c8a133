"""A size recalled from an earlier examination, named by the words around it rather than by a year: "2.4 cm (was
1.8 cm in August)", "31 mm (28 mm 6 months ago)", "12 mm (9 mm on the previous scan)", "21 mm, 29 mm at diagnosis".
Written after the lesion's own size, it is a comparison: the findings pass ranks it after the lesion's own sizes and
never lists it as a lesion of its own (as dated_sizes.py does for "38 mm in 2024"). Without this, a list "S2 2.4 cm
(was 1.8 cm), S5 1.2 cm" reads as three lesions and gives each the size of the one before.

Two anchored regex probes per size: a past copula right before it ("(was", ", were") or a bracket opened by the
earlier study's date ("(05/2025: 26 mm)", "(CT 2024: 24 mm)"), or a time phrase right after it that places it in the
past (an "ago", a month with no year, "at diagnosis", "on the previous scan", "last year", an arrow to the size now:
"19 mm -> 24 mm", a time adverb that ends the clause: "the larger measured 29 mm before.").
"""

from __future__ import annotations

import re

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.substrings import holds_any

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec")
# (not "first"/"initial" alone: "8 mm at the first MTP joint" places a lesion; those words date only before an exam)
_EXAM = r"(?:scan|exam|examination|study|us|ultrasound|ct|mri|imaging|visit|review|follow-up|check)s?\b"
_AFTER = lazy_compile(
    r"\s*(?:"
    r"\d+\s*(?:days?|weeks?|wks?|months?|mths?|years?|yrs?)\s+ago\b"  # "28 mm 6 months ago"
    r"|ago\b"
    rf"|(?:in|on|at|from|vs\.?)\s+(?:the\s+)?(?:last|previous|prior|earlier|initial|first|index|preceding)\s+{_EXAM}"
    r"|(?:on|at|in)\s+(?:prior|previous|baseline|diagnosis|presentation)\b"  # "at diagnosis", "on prior"
    r"|(?:last|previous)\s+(?:year|month|week|time|scan|exam|study|visit)\b"  # "28 mm last year"
    rf"|(?:in|on)\s+(?:{_MONTHS})\b(?!\s*\d)"  # "in August" (with a year: dated_sizes.py)
    # A change written with an arrow to the size now ("grown (19 mm -> 24 mm)", "14 mm → 18 mm", "3,2 cm --> 3,8
    # cm"): the size before the arrow is the earlier one.
    r"|(?:-{1,2}>|→)\s*\d"
    # A time adverb that closes the size's clause ("the larger measured 29 mm before.", "(7 mm previously)"): the
    # size then; not one that opens a place ("5 mm before the bifurcation") or the next size ("12 mm previously 9
    # mm" names today's size first)
    r"|(?:before|previously|earlier|beforehand)(?=\s*(?:[.;,)]|$))"
    r")",
    re.IGNORECASE,
)
# A past copula opening a comparison: "(was 1.8 cm", ", were 12 and 9 mm", "; previously measured 7 mm" is read by
# the clause roles already.
_BEFORE = lazy_compile(
    r"(?:\(|,|;)\s*(?:it\s+|they\s+)?(?:was|were)\s+(?:measured\s+|measuring\s+)?$"
    # ... or a bracket opened by the earlier study's date and a colon ("34 mm (05/2025: 26 mm)", "26 x 21 mm (CT
    # 2024: 24 mm)"): the size the bracket recalls, the date (a year, a month and year, a full date) optionally after
    # the study's short name
    r"|\(\s*(?:[a-z]{2,5}\s+)?(?:(?:\d{1,2}[/.-]){0,2}(?:19|20)\d\d)\s*:\s*$"
    # ... or a word of the earlier time right before the size or the list it ends ("(before 28 and 19 mm)",
    # "previously 12, 9 and 7 mm", "prior: 22 mm"): the numbers of a list sharing the last one's unit are read as
    # one size from the last number only when punctuation or a measuring word opens them (size_lists.py)
    r"|\b(?:before|previously|prior|formerly|originally|initially|earlier)\s*:?\s+"
    r"(?:\d{1,3}(?:[.,]\d{1,2})?\s*(?:,|and|&|/)\s*){0,3}$",
    re.IGNORECASE,
)


# The words _BEFORE's copula and time branches need, one of which its window holds unless its date branch ("(CT 2024:")
# matches, which needs a bracket and a colon.
_BEFORE_WORDS = ("was", "were", "before", "previously", "prior", "formerly", "originally", "initially", "earlier")


def recalled_at(text: str, start: int, end: int) -> bool:
    """Whether the size written from ``start`` to ``end`` of ``text`` is recalled from an earlier examination."""
    if _AFTER.match(text, end) is not None:
        return True
    lo = max(0, start - 40)
    window = text[lo:start]
    # (_BEFORE is tried at each of the window's characters, for every size: in an ASCII window, where IGNORECASE
    # folds exactly what lower() does, substring tests in C rule most windows out first)
    if window.isascii() and not ("(" in window and ":" in window):
        low = window.lower()
        if not holds_any(low, _BEFORE_WORDS):
            return False
    return _BEFORE.search(text, lo, start) is not None
