"""Unit spellings and accented vocabulary words (``unit_spelling_cases.py``): every length-unit spelling in the
shared definition (``udt/parser/units.py``) reads a size in every layout, and diacritics fold for lookup."""

from __future__ import annotations

import re

import pytest
from parser_reading import lesions_of
from unit_spelling_cases import LEFT_OUT, Case, cases, passes

from udt.parser import ReportParser
from udt.parser.folding import folded_lower
from udt.parser.units import CM_UNIT, LENGTH_UNIT, LENGTH_UNIT_WORDS

CASES = [c for c in cases() if c.id not in LEFT_OUT]


def test_the_unit_words_and_the_unit_regex_are_one_definition() -> None:
    for word in LENGTH_UNIT_WORDS:
        assert re.fullmatch(LENGTH_UNIT, word, re.IGNORECASE), word
        assert bool(re.fullmatch(CM_UNIT, word, re.IGNORECASE)) == word.startswith("c")
    assert not re.fullmatch(LENGTH_UNIT, "mm2") and not re.fullmatch(LENGTH_UNIT, "ml")


def test_folding_keeps_unaccented_text_and_the_length_of_precomposed_text() -> None:
    assert folded_lower("Hydrocèle") == "hydrocele" and folded_lower("NÓDULE") == "nodule"
    assert folded_lower("Cyst") == "cyst" and folded_lower("ø") == "ø"
    assert len(folded_lower("ganglión")) == len("ganglión")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_unit_spelling(parser: ReportParser, case: Case) -> None:
    got = lesions_of(parser, case.text)
    assert passes(got, case), got


def test_evidence_offsets_of_an_accented_word_are_the_written_ones(parser: ReportParser) -> None:
    text = "Right hemiscrotum: moderate Hydrocèle around the testis."
    report = parser.parse(text)
    spans = [(m.start, m.end) for m in report.mentions if m.concept == "hydrocele"]
    assert spans and all(text[a:b] == "Hydrocèle" for a, b in spans)
