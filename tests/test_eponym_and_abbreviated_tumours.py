"""Tumour names the vocabulary missed: an eponym written without its noun ("? Warthin's", "adenoma vs Warthin") and a
gynaecological cancer abbreviated "ca" before its organ ("s/o hyperplasia / ca endometrium", "Ca cervix") name a mass
(ontology synonyms: the salivary gland tumour class and the mass class; class: Diagnosis mass missed on the
development corpora).

Guards: "Ca" as calcium in a parathyroid work-up, "CA-125" and calcium "deposits" in a tendon name no mass; the
organ-less eponym in a parotid report stays hedged where it is doubted. Each passage is written for this file.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


def _status(parser: ReportParser, text: str, value: str) -> set[str]:
    return {m.status for m in parser.parse(text).mentions if m.dimension == "Diagnosis" and m.value == value}


@pytest.mark.parametrize(
    "text",
    [
        "US PAROTIDS\nLeft tail: 2.6 cm oval hypoechoic lesion with small cystic spaces.\nOpinion: ? Warthin's.",
        "Right parotid, superficial lobe: 14 mm lobulated hypoechoic lesion, pleomorphic adenoma vs Warthin.",
        "Both parotid tails hold small hypoechoic lesions with cystic spaces, probably Warthin's; FNA planned.",
    ],
)
def test_doubted_warthin_eponym_is_an_uncertain_mass(parser: ReportParser, text: str) -> None:
    assert "uncertain" in _status(parser, text, "mass")
    assert "mass" not in parser.parse(text).labels["Diagnosis"]


def test_confirmed_warthin_eponym_is_a_mass(parser: ReportParser) -> None:
    text = "Left parotid tail: 22 mm hypoechoic lesion with cystic spaces. Cytology: Warthin's."
    assert "mass" in parser.parse(text).labels["Diagnosis"]


def test_plural_warthin_tumours_are_masses(parser: ReportParser) -> None:
    text = "Bilateral parotid tail lesions, 18 mm and 9 mm, in keeping with Warthin tumours."
    assert "mass" in parser.parse(text).labels["Diagnosis"]


@pytest.mark.parametrize(
    "text",
    [
        "PELVIC US\nEndometrium 16 mm, heterogeneous, with cystic spaces.\nIMPRESSION: ? ca endometrium. Biopsy.",
        "Cervix bulky with an ill-defined hypoechoic area, 3 cm, vascular. Impression: likely ca cervix.",
    ],
)
def test_abbreviated_gynaecological_cancer_is_a_doubted_mass(parser: ReportParser, text: str) -> None:
    assert "uncertain" in _status(parser, text, "mass")


@pytest.mark.parametrize(
    "text",
    [
        "NECK US (PHPT)\nAdj Ca 2.79 mmol/L. A 10 mm oval hypoechoic structure posterior to the left lower pole.",
        "Pelvic US: both ovaries normal. CA-125 normal. Endometrium 4 mm. Cervix unremarkable.",
        "Right shoulder: 9 mm calcium deposit in the supraspinatus tendon. No bursal fluid.",
        "Ca and urate levels awaited. First MTP joint: double contour sign, urate deposits on the cartilage.",
    ],
)
def test_calcium_ca_and_mineral_deposits_are_no_mass(parser: ReportParser, text: str) -> None:
    assert not _status(parser, text, "mass")
