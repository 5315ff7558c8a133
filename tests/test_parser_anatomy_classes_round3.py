"""Anatomy and diagnosis classes of real-world report text, third round (issue 11): one table per class.

Each row is a sentence written for this file (not a corpus line) with the labels it must give; the near-miss rows
are wordings of the same look that must not trigger the rule.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
SYSTEM = "Body_system_level"
DIAGNOSIS = "Diagnosis"


# -- echocardiography wording names the heart, not the brain's ventricles nor the aorta -----------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("TTE: the left ventricle is mildly dilated with global hypokinesis.", ["Heart and mediastinum"]),
        ("Right atrium enlarged; right ventricle of normal size.", ["Heart and mediastinum"]),
        ("Moderate mitral regurgitation with a posteriorly directed jet.", ["Heart and mediastinum"]),
        ("Calcified aortic valve with restricted opening, peak gradient 48 mmHg.", ["Heart and mediastinum"]),
        ("Aortic root 3.9 cm at the sinuses.", ["Heart and mediastinum"]),
        ("Mobile echodensity on the tricuspid valve, concerning for vegetation.", ["Heart and mediastinum"]),
        ("LV wall thickness 14 mm; RV free wall normal.", ["Heart and mediastinum"]),
        ("No thrombus in the left atrial appendage on TOE.", ["Heart and mediastinum"]),
        ("Interventricular septum bows into the left ventricle.", ["Heart and mediastinum"]),
        # Near misses: a neonatal head study's ventricles are the brain's; the aorta itself is a great vessel.
        ("Neonatal head ultrasound via the anterior fontanelle: the left ventricle measures 9 mm.",
         ["Neonatal brain and spine"]),
        ("Cranial US day 3: right ventricle 5 mm, left ventricle 6 mm, no germinal matrix bleed.",
         ["Neonatal brain and spine"]),
        ("Lateral ventricles symmetrical, no intraventricular haemorrhage.", ["Neonatal brain and spine"]),
        ("Infrarenal aorta 2.1 cm, no aneurysm.", ["Retroperitoneum and great vessels"]),
    ],
)
def test_cardiac_chambers_and_valves(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


def test_cardiac_wording_gives_no_paediatric_system_in_an_adult() -> None:
    parser = ReportParser()
    assert labels_of(parser, "Left ventricle normal in size, ejection fraction 60%.", SYSTEM) == ["Thorax"]
