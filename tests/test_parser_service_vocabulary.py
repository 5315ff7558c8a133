"""Words of clinical services the vocabulary had not met (ontology synonyms): the salivary clinic's plural "SMGs",
the skin clinic's "BCC" (basal cell carcinoma, a mass) and "subcut", the renal clinic's "AML" (angiomyolipoma), and the
appendicolith or faecolith of an appendix scan (a stone: a finding with no released diagnosis). Passages written for
this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, lesions_of

from udt.parser import ReportParser

LABELS = [
    ("Parotids normal. SMGs: both unremarkable.", "Organ_level", ["Salivary glands"]),
    ("Both SMGs enlarged and hypoechoic, in keeping with sialadenitis.", "Organ_level", ["Salivary glands"]),
    ("Left cheek: 6 mm hypoechoic dermal lesion, biopsy-proven BCC.", "Diagnosis", ["mass"]),
    ("Nose | 5 x 4 mm | hypoechoic | BCC", "Diagnosis", ["mass"]),
    ("Right forearm: 12 mm oval subcut lump, likely a lipoma.", "Organ_level", ["Soft tissues"]),
]


@pytest.mark.parametrize(("text", "field", "expected"), LABELS)
def test_service_words_are_labelled(parser: ReportParser, text: str, field: str, expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected


def test_a_hedged_aml_after_a_measured_lesion_is_an_uncertain_mass(parser: ReportParser) -> None:
    text = "Right kidney: 11 mm echogenic cortical lesion, probably an AML."
    report = parser.parse(text)
    assert ("mass", "uncertain") in {(m.value, m.status) for m in report.mentions if m.dimension == "Diagnosis"}
    assert "mass" not in report.labels["Diagnosis"]


@pytest.mark.parametrize(
    "text",
    [
        "Known AML, on chemotherapy. Spleen 15 cm, otherwise normal abdomen.",
        "Indication: relapsed AML, neutropenic fever. Liver and spleen normal in size and echotexture.",
        "Haematology referral: AML in remission after induction. Spleen normal.",
    ],
)
def test_aml_beside_its_leukaemia_treatment_is_no_renal_mass(parser: ReportParser, text: str) -> None:
    labels = parser.parse(text).labels
    assert "Kidney and ureter" not in labels["Organ_level"]
    assert "mass" not in labels["Diagnosis"]


def test_a_known_aml_of_the_kidney_stays_a_renal_mass(parser: ReportParser) -> None:
    labels = parser.parse("Known AML in the left kidney, 14 mm, unchanged since 2024.").labels
    assert "Kidney and ureter" in labels["Organ_level"]
    assert "mass" in labels["Diagnosis"]


def test_an_appendicolith_is_a_stone_finding(parser: ReportParser) -> None:
    text = "Appendix: not compressible. A 5 mm shadowing appendicolith lies at the base."
    assert lesions_of(parser, text) == [("Appendix", None, None, 5.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bowel US after right hemicolectomy: ileocolic anastomosis 3.8 mm thick, no hyperaemia.", []),
        ("Left radiocephalic AV fistula: anastomosis 4 mm, outflow vein 6 mm.", ["Dialysis fistula"]),
    ],
)
def test_a_bowel_anastomosis_is_no_dialysis_fistula(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert [o for o in labels_of(parser, text, "Organ_level") if o == "Dialysis fistula"] == expected
