"""Organ labels of a findings report (udt.parser.implied): a metastasis (a "deposit", a "secondary") lies in the
organ the report examines, so its typical site, the liver, is labelled only where the report names no organ at all.
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


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), SPREAD_LESIONS + GUARDS)
def test_metastasis_organ(parser: ReportParser, text: str, expected: set[str]) -> None:
    assert set(parser.parse(text).labels["Organ_level"]) == expected
