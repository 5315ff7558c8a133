"""German "LK" (Lymphknoten) and French "ganglion" are lymph nodes in a report of that language, while English "LK"
stays the left kidney and English "ganglion" a ganglion cyst (foreign_node_words.py). Each passage is written for this
file.
"""

from __future__ import annotations

import pytest

import udt

NODES = "Lymph nodes"
KIDNEY = "Kidney and ureter"


def _organs(text: str) -> set[str]:
    return set(udt.parse_report(text).labels["Organ_level"])


def test_german_lk_in_an_axilla_is_a_node_not_the_kidney() -> None:
    text = ("Mammasonographie beidseits.\nRechte Brust: unauffällig.\nLinke Brust: 12 mm echoarmer Herd bei 2 Uhr, "
            "unscharf begrenzt.\nAxilla li.: LK 21 mm, Kortex verbreitert auf 5 mm, Hilus nicht abgrenzbar.")
    organs = _organs(text)
    assert "Axilla" in organs  # (an axillary node is the axilla's)
    assert KIDNEY not in organs


def test_german_lk_glossed_in_a_translated_neck_report() -> None:
    text = ("Hals-Sonographie (translated)\nThyroid (Schilddrüse): normal size, no nodules.\n"
            "Lymph node findings (LK): re. level II 19 x 11 mm, round, no hilum; li. level III 8 mm, oval, "
            "hilum erhalten.")
    organs = _organs(text)
    assert NODES in organs
    assert KIDNEY not in organs


def test_french_ganglion_is_a_lymph_node() -> None:
    text = ("ÉCHOGRAPHIE CERVICALE\nThyroïde: lobes de taille normale, sans nodule.\n"
            "Ganglion de 13 x 7 mm en secteur IV droit, ovalaire, avec hile graisseux conservé, aspect réactionnel.\n"
            "Glandes sous-mandibulaires sans particularité.")
    assert NODES in _organs(text)


@pytest.mark.parametrize(
    "text",
    [
        # English kidney reports: "LK" is the left kidney
        "Kidneys: RK 10.9 cm, LK 11.4 cm. No hydronephrosis. 8 mm upper pole cyst in the LK.",
        # one German word only ("Befund") does not make "LK" a node
        "Befund: RK 11.0 cm, LK 10.6 cm, both with normal corticomedullary differentiation.",
    ],
)
def test_english_lk_stays_the_kidney(text: str) -> None:
    organs = _organs(text)
    assert KIDNEY in organs
    assert NODES not in organs


def test_english_ganglion_stays_a_ganglion_cyst() -> None:
    report = udt.parse_report("Right wrist: 9 mm dorsal ganglion arising from the scapholunate joint, no flow.")
    assert NODES not in report.labels["Organ_level"]
    assert "cyst" in report.labels["Diagnosis"]
