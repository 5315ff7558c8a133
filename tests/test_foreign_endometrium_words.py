"""The Portuguese "endométrio" and the Spanish "endometrio" name the endometrium, the uterus's lining (ontology
synonyms): a template's "Endométrio com 8 mm" reports on the uterus. The endometrioma, a word of its own, stays an
adnexal cyst. Passages written for this file."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

LINING: list[str] = [
    "Ecografia pélvica transvaginal.\nEndométrio com 8 mm, homogéneo.",
    "Ecografía transvaginal.\nEndometrio de 6 mm, trilaminar.",
]


@pytest.mark.parametrize("text", LINING)
def test_the_foreign_endometrium_is_the_uterus(parser: ReportParser, text: str) -> None:
    assert labels_of(parser, text, "Organ_level") == ["Uterus"]


def test_an_endometrioma_stays_an_adnexal_cyst(parser: ReportParser) -> None:
    text = "Ecografía transvaginal.\nEndometrioma izquierdo de 30 mm."
    assert labels_of(parser, text, "Organ_level") == ["Adnexa"]
    assert labels_of(parser, text, "Diagnosis") == ["cyst"]
