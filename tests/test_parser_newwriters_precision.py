"""Precision on writers the parser has not met (issue 11): anatomy and diagnoses such writers name without meaning
them as findings of this study. One table per error class.

Each row is a sentence written for this file (not a corpus line) with the organs (or diagnoses) it must give; the
near-miss rows are wordings of the same look that must not trigger the rule.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
DIAGNOSIS = "Diagnosis"


# -- an organ the writer says was left out of the study ---------------------------------------------------------------
# Before: only the bare "not imaged/assessed" after the organ kept it out; an adverb between ("not formally assessed",
# "not specifically imaged") or the statement said first ("they didn't look at my kidneys") labelled the organ.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Gallstones, largest 12 mm. The liver was not formally assessed.", ["Gallbladder and bile ducts"]),
        ("Thyroid: 8 mm nodule left lobe. Cervical nodes not specifically examined.", ["Thyroid gland"]),
        ("Left renal cyst 3 cm, simple. Spleen not separately imaged.", ["Kidney and ureter"]),
        ("Aorta 2.1 cm. Kidneys not looked at.", ["Retroperitoneum and great vessels"]),
        ("My scan showed a cyst on my right ovary but they didn't scan my kidneys at all.", ["Adnexa"]),
        ("The sonographer measured my aorta at 3.1 cm; we did not image the pancreas today.",
         ["Retroperitoneum and great vessels"]),
        # Near misses: an organ looked at but hard to judge is examined ("not fully assessed", "could not be
        # assessed"), and "did not look abnormal" says the organ was seen.
        ("Gallstones. The pancreas could not be fully assessed due to bowel gas.",
         ["Gallbladder and bile ducts", "Pancreas"]),
        ("Gallstones. The kidneys did not look abnormal to the sonographer.",
         ["Gallbladder and bile ducts", "Kidney and ureter"]),
    ],
)
def test_an_organ_left_out_of_the_study_is_not_labelled(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs
