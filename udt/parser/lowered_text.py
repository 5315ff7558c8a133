"""The lower case of a report's whole text, worked out once per text.

Several passes test a report's whole text without regard to case: the dictation and spelled-size checks before it is
tokenized, the labelled-line test of the sentence splitter, the parathyroid test of the converter, and the findings
passes' gates (clock, axis, legend and level columns, sizes, corrections, a child's age, the fetal scope). Each
lowered the text itself, a new string of the report's length each time (callgrind: ``str.lower`` on whole texts was
about 0.5% of a parse's instructions). They are handed the same string object, so the last text lowered is kept with
its lower case and given back while that same object is asked for again: an identity test, no comparison of
characters. The pair is replaced as one tuple (a reader never sees one text with another's lower case); holding the
text keeps its identity from being reused by another string.

Three passes test the whole text's case fold (``str.casefold``: "skin", "(mm)", "_mm="). On ASCII text
(``str.isascii`` reads a flag, no scan) the case fold is the lower case, so they take the one kept here; other text
is folded as before.
"""

from __future__ import annotations

_last: tuple[str, str] = ("", "")


def lowered(text: str) -> str:
    """``text.lower()``, remembered for the last text asked for."""
    global _last
    last_text, last_lower = _last
    if text is last_text:
        return last_lower
    low = text.lower()
    _last = (text, low)
    return low


def casefolded(text: str) -> str:
    """``text.casefold()``: the remembered lower case where they are the same (ASCII text)."""
    return lowered(text) if text.isascii() else text.casefold()
