"""Abbreviations and tokens that hurried or bilingual writers use: "R kid" / "Lt kid" for a kidney, "ff" typed in lower
case for free fluid, "Rt." / "Lt." before a capitalised organ, and the French denials "pas d'hydrocèle" and
"absence d'épanchement". Passages written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, lesions_of, reading_of

from udt.parser import ReportParser

KIDNEY_NOTES: list[tuple[str, str | None, float | None]] = [
    # (passage, side of its one lesion, largest size in mm)
    ("ward round note - us abdo\nliver ok, gb ok\nR kid 9mm calculus mid pole, no hydro\nL kid ok", "right", 9.0),
    ("Renal US: Lt kid: 2.1 cm simple cyst upper pole. Rt kid normal.", "left", 21.0),
]


@pytest.mark.parametrize(("text", "side", "size"), KIDNEY_NOTES)
def test_r_kid_and_lt_kid_name_the_kidney_and_its_side(parser: ReportParser, text: str, side: str,
                                                       size: float) -> None:
    assert "Kidney and ureter" in labels_of(parser, text, "Organ_level")
    assert [(organ, s, z) for organ, _, s, z in lesions_of(parser, text)][-1] == ("Kidney and ureter", side, size)


def test_kid_alone_is_a_child_not_a_kidney(parser: ReportParser) -> None:
    text = "My kid had an ultrasound of his tummy for pain, they said the appendix looked normal."
    assert "Kidney and ureter" not in labels_of(parser, text, "Organ_level")


FREE_FLUID_NOTES: list[tuple[str, str]] = [
    ("us pelvis: uterus nad. R ovary 3.1cm haemorrhagic cyst. small ff pelvis ~8mm", "present"),
    ("TVUS - IUP 7 wks, FH seen. ovaries ok. trace ff in pod.", "present"),
    ("early preg scan: live iup, crl 9mm. adnexa normal. no ff.", "absent"),
]


@pytest.mark.parametrize(("text", "status"), FREE_FLUID_NOTES)
def test_lower_case_ff_with_a_telling_neighbour_is_free_fluid(parser: ReportParser, text: str, status: str) -> None:
    assert reading_of(parser, text, "Diagnosis", "fluid collection") == status


def test_ff_without_a_telling_neighbour_stays_unread(parser: ReportParser) -> None:
    # "ff." as in "and following pages": no amount, denial or place beside it
    text = "Thyroid: normal size, no nodules. Technique as described in the protocol, pp. 14 ff."
    assert reading_of(parser, text, "Diagnosis", "fluid collection") is None


def test_rt_and_lt_stops_before_a_capitalised_organ_keep_the_side(parser: ReportParser) -> None:
    text = "Lt. Kidney: 11 cm with a 14 mm cortical cyst. Rt. Ovary contains a 25 mm simple cyst."
    assert lesions_of(parser, text) == [("Kidney and ureter", "cyst", "left", 14.0), ("Adnexa", "cyst", "right", 25.0)]


FRENCH_DENIALS: list[tuple[str, str, str]] = [
    # (passage, field, denied value)
    ("Scrotal US. Both testes homogeneous, 4.2 cm. Pas d'hydrocèle. Varicocèle gauche grade 1.", "Diagnosis",
     "fluid collection"),
    ("Echographie abdominale: foie normal. Pas d’épanchement intra-abdominal.", "Diagnosis", "fluid collection"),
    ("Ovaire droit: absence d'épanchement dans le Douglas.", "Diagnosis", "fluid collection"),
]


@pytest.mark.parametrize(("text", "field", "value"), FRENCH_DENIALS)
def test_a_french_denial_before_an_elided_word_denies_it(parser: ReportParser, text: str, field: str,
                                                         value: str) -> None:
    assert reading_of(parser, text, field, value) == "absent"


def test_an_elided_word_after_no_denial_is_not_split(parser: ReportParser) -> None:
    # a department's name ("Service d'échographie") is no denial; the effusion after it is asserted
    text = "Service d'échographie. Épanchement pleural droit de 12 mm."
    assert reading_of(parser, text, "Diagnosis", "fluid collection") == "present"
    doc = parser.nlp.make_doc(text)
    assert "d'échographie" in [t.text for t in doc]


def test_lower_case_nad_closing_an_organ_clause_is_normal(parser: ReportParser) -> None:
    text = "handover - us renal: R kid 7mm calculus upper pole, mild hydro. L kid nad."
    assert "normal appearance" in labels_of(parser, text, "Diagnosis")
