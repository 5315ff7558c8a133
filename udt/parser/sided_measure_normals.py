"""One side of a paired organ given only its length and "normal": "Kidneys: R 10.2 cm with a 2.0 cm simple cortical
cyst. L 10.6 cm, unremarkable.", "KIDNEYS: Right 11.2 cm, moderate hydronephrosis ... Left 10.9 cm, normal."

The sentence opens with the side and its measure and names no organ, which the list's heading named before the other
side's lesion; like a bare side heading ("L: normal"), the side is the organ the report examines, stated normal.
"""

from __future__ import annotations

from spacy.strings import get_string_id

from udt.parser import termset as ts

_UNITS = frozenset(get_string_id(w) for w in ts.LENGTH_UNIT_WORDS)
_COMMA = get_string_id(",")


def sided_measure_before(start: int, lower: list[int], sent_start: int, sides: dict[int, str]) -> bool:
    """The normal word at token ``start`` closes a sentence opening "<side> <number> <unit>[,]" ("L 10.6 cm,
    normal", "Left 10.9 cm normal"): the side word, one number token and a length unit, nothing else between."""
    unit = start - 2 if start >= 1 and lower[start - 1] == _COMMA else start - 1
    return unit == sent_start + 2 and lower[unit] in _UNITS and lower[sent_start] in sides
