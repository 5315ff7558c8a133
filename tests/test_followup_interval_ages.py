"""A follow-up interval in the writer's language ("controle over 1 jaar", "contrôle dans 1 an") is a time from now,
not the patient's age: a thyroid report that ends with one stays the adult's Head and Neck (pediatric.py).

Guard: a stated child's age in the same languages still makes a child. Each passage was written for this file.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

_PED = "Pediatric head and neck"


@pytest.mark.parametrize(
    "text",
    [
        "Schildklier: linkerkwab nodule 11 mm, isoechogeen, EU-TIRADS 3. Besluit: controle over 1 jaar.",
        "Thyroïde: nodule droit de 9 mm, EU-TIRADS 3. Conclusion: contrôle dans 1 an.",
        "Tiroides: nódulo izquierdo de 10 mm, TI-RADS 3. Control en 1 año.",
    ],
)
def test_interval_is_no_child_age(parser: ReportParser, text: str) -> None:
    labels = parser.parse(text).labels
    assert "Thyroid gland" in labels["Organ_level"]
    assert _PED not in labels["Organ_level"]


def test_stated_child_age_still_makes_a_child(parser: ReportParser) -> None:
    labels = parser.parse("Patiënt: meisje, 9 jaar. Schildklier: nodule rechts 8 mm.").labels
    assert _PED in labels["Organ_level"]
