"""Organ labels of a findings report. A metastasis (a "deposit") lies in the organ the report examines, so its
typical site, the liver, is labelled only where the report names no organ at all (udt.parser.implied). "PV" among
the leg veins of a venous duplex is the popliteal or peroneal vein, not the portal vein (termset.OTHER_SENSE_AROUND).
Passages written for this file.

Rows: a passage and the exact Organ_level labels the parser gives it.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

Row = tuple[str, set[str]]

SPREAD_LESIONS: list[Row] = [
    (
        "Right chest wall, lumpectomy scar. Medial scar: hypoechoic deposit 7 x 5 mm, with internal flow. "
        "Lateral scar: similar deposit, 4 mm. Right axilla: no suspicious nodes.",
        {"Thoracic wall", "Axilla"},
    ),
    (
        "Pleural ultrasound. Left: moderate effusion, depth 6 cm. Irregular thickening of the parietal pleura, "
        "thickest deposit 14 mm. Impression: left effusion with pleural metastases.",
        {"Pleural space"},
    ),
    (
        "Neck ultrasound. Left lobe of the thyroid: 18 mm solid hypoechoic nodule with microcalcifications. "
        "Left level IV node, 12 mm, round, with cystic change - metastasis on FNA.",
        {"Thyroid gland", "Lymph nodes"},
    ),
]

GUARDS: list[Row] = [
    # no organ named anywhere: the metastases are the liver's, their typical site
    ("Known colorectal carcinoma. Multiple hypoechoic metastases, the largest 31 mm.", {"Liver"}),
    # the liver itself named
    ("Liver: two target lesions in segment 6, the largest 22 mm, in keeping with metastases.", {"Liver"}),
]


LEG_PV: list[Row] = [
    ("Venous duplex, right leg. Deep veins: CFV, FV and PV fully compressible with phasic flow.", {"Peripheral veins"}),
    ("Bilateral lower limb veins. Left: calf veins (PTV/PV) compressible, no DVT.", {"Peripheral veins"}),
]

PV_GUARDS: list[Row] = [
    # the portal vein of a liver study keeps its sense
    ("Liver: smooth outline, no focal lesion. PV 12 mm, patent, hepatopetal flow.", {"Liver"}),
    ("Cirrhotic liver. Main PV: non-occlusive thrombus, 18 mm long.", {"Liver"}),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), SPREAD_LESIONS + GUARDS)
def test_metastasis_organ(parser: ReportParser, text: str, expected: set[str]) -> None:
    assert set(parser.parse(text).labels["Organ_level"]) == expected


@pytest.mark.parametrize(("text", "expected"), LEG_PV + PV_GUARDS)
def test_pv_sense(parser: ReportParser, text: str, expected: set[str]) -> None:
    assert set(parser.parse(text).labels["Organ_level"]) == expected
