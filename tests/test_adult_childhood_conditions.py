"""A childhood condition (branchial cleft or thyroglossal duct cyst) in a stated adult files the adult's anatomy,
not the Pediatric organs (adult_conditions.py; class: adults labelled with paediatric organs).

Guards: a stated child age, or no age at all, still reads the condition as a child's. Each passage was written for
this file (not a corpus line).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

_PED = "Pediatric head and neck"


@pytest.mark.parametrize(
    "text",
    [
        "Referral: 41F, midline neck lump rising with swallowing.\nUS: 2.2 cm anechoic cyst at the hyoid. Thyroid "
        "normal.\nImp: thyroglossal duct cyst.",
        "A 29-year-old woman with a soft lump at the angle of the jaw. US: 35 mm thin-walled cyst anterior to the "
        "sternocleidomastoid. Dx: second branchial cleft cyst.",
    ],
)
def test_adult_with_childhood_condition_is_no_child(parser: ReportParser, text: str) -> None:
    labels = parser.parse(text).labels
    assert _PED not in labels["Organ_level"]
    assert "Pediatrics" not in labels["Body_system_level"]


@pytest.mark.parametrize(
    "text",
    [
        "A 5-year-old girl with a midline neck lump. US: 14 mm thyroglossal duct cyst.",
        "Midline neck lump. US: 14 mm thyroglossal duct cyst above the thyroid isthmus.",
    ],
)
def test_childhood_condition_without_adult_age_stays_paediatric(parser: ReportParser, text: str) -> None:
    assert _PED in parser.parse(text).labels["Organ_level"]
