"""The one definition of a length unit, read by every size reader (findings, tables, headers, titles, sites).

Writers spell the same unit many ways ("mm", "mms", "MM", "millimetres", "millimeters"; "cm", "cms", "CM",
"centimetres", "centimeters"); a reader with its own shorter list loses every size of a writer whose spelling it
lacks ("1.2 cms" was missed in seven modules while findings.py read it). So the spellings live here once: the
regex fragment for text matchers and the word list for token matchers are built from the same table. Areas
("mm2") and volumes ("ml", "cc") are no lengths and stay out.
"""

from __future__ import annotations

# Each stem with its plural/spelling tail, as a regex (matched case-insensitively by every reader).
_MM = r"mms?|millimet(?:er|re)s?"
_CM = r"cms?|centimet(?:er|re)s?"

# A length unit as a non-capturing regex fragment; readers add their own word boundary (r"\b") after it.
LENGTH_UNIT = rf"(?:{_MM}|{_CM})"
# The centimetre spellings alone: a reader that scales by 10 asks this (re.fullmatch, IGNORECASE).
CM_UNIT = rf"(?:{_CM})"

# The same spellings as lower-case tokens, for token-id lookups (keep in step with the fragments above;
# tests/test_parser_unit_spellings.py checks each word against LENGTH_UNIT).
LENGTH_UNIT_WORDS = (
    "mm", "mms", "millimetre", "millimetres", "millimeter", "millimeters",
    "cm", "cms", "centimetre", "centimetres", "centimeter", "centimeters",
)  # fmt: skip
