"""Round e1 (stop 40) wording classes of the blind_final_30 guideline section, in passages written for this file:

- lymphatic wording that is not a lymph node ("dilated lymphatic channels", "lymphatic vessels", "lymphatic
  malformation") names no Lymph nodes (ontology: "lymphatic" is no synonym of lymph nodes);
- breast implant wording ("saline implant", "silicone implants", "peri-implant fluid") names the Breast;
- face and scalp soft-tissue sites (lip, nasolabial fold, buccal space, subgaleal) name Soft tissues;
- German, Dutch, French and Spanish absence words ("kein Hinweis auf", "keine", "geen", "pas de", "sin") deny what
  follows them; the Latin left side "sin." does not (udt.parser.spanish_without).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, reading_of

import udt
from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


LYMPHATIC_NOT_NODES = [
    "Scrotal ultrasound. Right testis normal. Prominent lymphatic vessels along the right spermatic cord with "
    "moving echoes. Small right hydrocele.",
    "Left breast: skin thickening with dilated lymphatic channels in the subcutis, consistent with oedema. "
    "No focal mass.",
]


@pytest.mark.parametrize("text", LYMPHATIC_NOT_NODES)
def test_lymphatic_wording_is_no_lymph_node(parser: ReportParser, text: str) -> None:
    assert "Lymph nodes" not in labels_of(parser, text, "Organ_level")


def test_lymphatic_is_no_lymph_node_synonym() -> None:
    nodes = [c for c in udt.load_taxonomy() if c.us365k_label == "Lymph nodes"]
    assert nodes and all("lymphatic" not in (s.lower() for s in c.synonyms) for c in nodes)


def test_a_cervical_node_is_still_a_lymph_node(parser: ReportParser) -> None:
    text = "Neck ultrasound. A 14 mm oval cervical lymph node at level II on the left with a fatty hilum."
    assert "Lymph nodes" in labels_of(parser, text, "Organ_level")


IMPLANT_BREASTS = [
    "Bilateral subpectoral silicone implants. The left implant shows a folded shell with echogenic lines in its "
    "lumen, in keeping with intracapsular rupture.",
    "Right saline implant intact. Left: moderate peri-implant fluid collection, 2 cm deep, anechoic.",
]


@pytest.mark.parametrize("text", IMPLANT_BREASTS)
def test_breast_implant_names_the_breast(parser: ReportParser, text: str) -> None:
    assert "Breast" in labels_of(parser, text, "Organ_level")


def test_hip_prosthesis_names_no_breast(parser: ReportParser) -> None:
    text = "Right hip ultrasound after hip replacement: a 3 cm fluid collection lateral to the prosthesis."
    assert "Breast" not in labels_of(parser, text, "Organ_level")


FACE_SOFT_TISSUES = [
    "Lower lip: a 5 mm hypoechoic nodule in the submucosa, no flow.",
    "A 2 cm subgaleal lipoma over the left parietal region, oval and compressible.",
    "Multiloculated cystic lesion in the right buccal space with thin septations and no flow.",
]


@pytest.mark.parametrize("text", FACE_SOFT_TISSUES)
def test_face_sites_are_soft_tissues(parser: ReportParser, text: str) -> None:
    assert "Soft tissues" in labels_of(parser, text, "Organ_level")


FOREIGN_DENIALS = [
    ("Left testis 4.2 cm, homogeneous. Kein Hinweis auf Raumforderung.", "mass"),
    ("Liver normal in size. Keine Zyste, keine Raumforderung.", "mass"),
    ("Left ovary: a 3 cm cyst with fine echoes, pas de vascularisation interne.", "no vascularity"),
    ("Informe: mama izquierda sin masas sospechosas. Implant intact.", "mass"),
]


@pytest.mark.parametrize(("text", "value"), FOREIGN_DENIALS)
def test_foreign_absence_words(parser: ReportParser, text: str, value: str) -> None:
    field = "Vascularity" if value == "no vascularity" else "Diagnosis"
    expected = "present" if value == "no vascularity" else "absent"
    assert reading_of(parser, text, field, value) == expected


def test_latin_side_is_no_denial(parser: ReportParser) -> None:
    # "sin." after an organ is the Latin left side, not Spanish "without": the cyst stays present.
    text = "Ren dx. 104 mm, normal. Ren sin. 108 mm: a simple cyst of 22 mm, anechoic."
    assert reading_of(parser, text, "Diagnosis", "cyst") == "present"


def test_latin_side_before_a_word_is_no_denial(parser: ReportParser) -> None:
    # A report that writes "dex" uses "sin" as its left side even before a word.
    text = "Ovarium dex 28 mm, normal. Ovarium sin simple cyst 31 mm, anechoic."
    assert reading_of(parser, text, "Diagnosis", "cyst") == "present"
