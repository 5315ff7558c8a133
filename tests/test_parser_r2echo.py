"""Echogenicity and content wordings (issue classes 9, 11, 13; stop 43): hyphenated "-echogenic" values, "echogenic
fluid", a bare echo prefix before a lesion noun ("hypo nodule"), German and Spanish echo words, French "iso- à hypo-",
"incr echogenicity", and a "cystic area" read as cystic content. No passage is a corpus sentence."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ECHO, INTERNAL, DX = "Echogenicity", "InternalCharacteristics", "Diagnosis"
CYSTIC_AREA = "Left kidney: 4 cm solid mass with a 9 mm cystic area centrally."

CASES = [
    # one value, not also "echogenic" -> hyperechoic
    ("Left lobe: a solid hypo-echogenic nodule, 14 x 9 mm, smooth margins.", ECHO, ["hypoechoic"]),
    ("Right testis swollen, hypo-echogenic and hypervascular.", ECHO, ["hypoechoic"]),
    ("Segment 4: hyper-echogenic lesion of 11 mm, well defined.", ECHO, ["hyperechoic"]),
    ("An iso-echogenic nodule of 7 mm in the isthmus.", ECHO, ["isoechoic"]),
    # "echogenic fluid": echogenic, so hyperechoic (guideline)
    ("Pouch of Douglas: moderate echogenic fluid.", ECHO, ["hyperechoic"]),
    # a bare prefix before a lesion noun
    ("L lobe 9mm hypo nodule, no calcs.", ECHO, ["hypoechoic"]),
    ("LK lower pole: hypo area 1.8cm, avascular.", ECHO, ["hypoechoic"]),
    ("Seg 6 hyper focus 6mm ?haemangioma.", ECHO, ["hyperechoic"]),
    # German, Spanish and French echo words
    ("Leber: in Segment 7 eine 12 mm große echoarme Läsion.", ECHO, ["hypoechoic"]),
    ("Niere rechts: 8 mm echoreicher Herd, am ehesten Angiomyolipom.", ECHO, ["hyperechoic"]),
    ("Hipoecogenicidad difusa del testículo izquierdo.", ECHO, ["hypoechoic"]),
    ("Nodule du lobe droit de 15 mm, iso- à hypoéchogène.", ECHO, ["hypoechoic", "isoechoic"]),
    ("Both kidneys 9 cm, incr echogenicity, no hydro.", ECHO, ["hyperechoic"]),
    ("Liver 15 cm, echogenicity grade II increased (steatosis).", ECHO, ["hyperechoic"]),
    # a cystic area is content, not a cyst
    (CYSTIC_AREA, INTERNAL, ["cystic components", "solid components"]),
    (CYSTIC_AREA, DX, ["mass"]),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "field", "expected"), CASES)
def test_echo_and_content_wordings(parser: ReportParser, text: str, field: str, expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected


def test_article_before_echogenic_names_no_anechoic(parser: ReportParser) -> None:
    # "an echogenic focus": the article, no "an-" prefix; "an hypo" is no lesion noun pair either (a focus without a
    # shadow: one with "with shadowing" is a calcification, calcific_foci.py)
    assert labels_of(parser, "Gallbladder: an echogenic focus, 5 mm, non-mobile.", ECHO) == ["hyperechoic"]


def test_bare_prefix_needs_a_lesion_noun(parser: ReportParser) -> None:
    # "hypo" before a non-lesion word ("hypo and hyper phases" of a thyroid) names no echogenicity
    assert labels_of(parser, "History of hypo and hyperthyroidism. Thyroid normal in size.", ECHO) == []
