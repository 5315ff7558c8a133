""""IDC" in a nurse's or doctor's bladder-scan note is the indwelling (urinary) catheter ("PVR 700 ml -> IDC
inserted", "Post IDC: 40 ml"), but the ontology knows the letters only as the breast clinic's invasive ductal
carcinoma, so a retention note gained a mass and a breast that was never examined. In a report that names the bladder
or its urine and no breast (nor axilla or another breast-clinic word) the letters are now read as the catheter:
no Diagnosis, no breast.

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.mark.parametrize(
    "text",
    [
        "Bladder scan 23:40 post void: 610 ml. IDC inserted, drained 650 ml clear urine.",
        "Ward POCUS - anuric since midday\nBladder volume 920 ml\nPost IDC: 30 ml residual\nKidneys: no hydro",
        "Urinary retention after spinal anaesthetic. IDC in situ, draining well; repeat scan: bladder empty.",
        "TWOC failed, bladder scan PVR 480 ml -> IDC re-sited. Kidneys not scanned.",
    ],
)
def test_catheter_idc_is_no_breast_cancer(parser: ReportParser, text: str) -> None:
    labels = parser.parse(text).labels
    assert labels["Diagnosis"] == []
    assert "Breast" not in labels["Organ_level"]
    assert "Bladder" in labels["Organ_level"]


def test_breast_idc_keeps_its_mass(parser: ReportParser) -> None:
    # Guard: in a breast report the letters stay the carcinoma, even where the bladder is named too.
    text = ("LEFT BREAST US: at 2 o'clock, 4 cm FN, irregular hypoechoic mass 17 mm. Core biopsy: IDC grade 2. "
            "Incidental note: patient asked to empty her bladder before the procedure.")
    labels = parser.parse(text).labels
    assert labels["Diagnosis"] == ["mass"]
    assert "Breast" in labels["Organ_level"]


def test_axillary_idc_without_breast_word_keeps_its_mass(parser: ReportParser) -> None:
    # Guard: an axillary staging note that names no breast but urine stays the carcinoma's.
    text = "Left axilla: two nodes with cortex 5 mm, known IDC, for FNA. Urine pregnancy test negative."
    assert parser.parse(text).labels["Diagnosis"] == ["mass"]
