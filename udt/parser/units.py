"""The one definition of a length unit, read by every size reader (findings, tables, headers, titles, sites).

Writers spell the same unit many ways ("mm", "mms", "MM", "millimetres", "millimeters"; "cm", "cms", "CM",
"centimetres", "centimeters"); a reader with its own shorter list loses every size of a writer whose spelling it
lacks ("1.2 cms" was missed in seven modules while findings.py read it). So the spellings live here once: the
word list for token matchers is the table and the regex fragment for text matchers is built from it. Areas
("mm2") and volumes ("ml", "cc") are no lengths and stay out.
"""

from __future__ import annotations

# The spellings of each unit, lower case: token-id lookups read them as they are, and the regex fragments below are
# built from them (longest first, so an alternation prefers "mms" to "mm" as a greedy "mms?" would).
_MM_WORDS = ("mm", "mms", "millimetre", "millimetres", "millimeter", "millimeters")
_CM_WORDS = ("cm", "cms", "centimetre", "centimetres", "centimeter", "centimeters")
LENGTH_UNIT_WORDS = (*_MM_WORDS, *_CM_WORDS)


def _alternation(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


# A length unit as a non-capturing regex fragment (matched case-insensitively by every reader); readers add their
# own word boundary (r"\b") after it.
LENGTH_UNIT = _alternation(LENGTH_UNIT_WORDS)
# The centimetre spellings alone: a reader that scales by 10 asks this (re.fullmatch, IGNORECASE).
CM_UNIT = _alternation(_CM_WORDS)
