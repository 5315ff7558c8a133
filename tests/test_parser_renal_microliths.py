"""A "microlith" of an organ where stones form is a tiny stone, not a calcification (senses.py,
_microlith_is_a_stone). Translated abdominal reports write "Microlith of the right kidney" for a small renal stone;
the corpora label it no descriptor, as they label stones, while testicular microlithiasis (the calcification pattern
of a parenchyma) stays calcifications. Hand-written sentences, never corpus lines."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

IC = "InternalCharacteristics"

MICROLITHS = [
    # a kidney's microlith is a stone: no calcification
    ("Conclusion: Fatty liver. Microlith of the left kidney.", []),
    ("Right kidney: in the lower calyx a hyperechoic inclusion 3 mm without shadow (microlith).", []),
    ("Left kidney: two microliths in the upper pole calyces, 2 and 3 mm.", []),
    # near misses: the testis's microliths are its calcification pattern, whatever other organ the sentence names
    ("Right testis: normal size, scattered microliths.", ["calcifications"]),
    ("Testes: bilateral microlithiasis; the left kidney is normal.", ["calcifications"]),
    ("Scattered microliths in the left testis, the kidneys were not examined.", ["calcifications"]),
]


@pytest.mark.parametrize(("text", "expected"), MICROLITHS)
def test_a_microlith_of_a_stone_organ_is_a_stone(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, IC) == expected
