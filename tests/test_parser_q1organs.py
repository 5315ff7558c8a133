"""Organ / body-system error classes of the real-world-like development corpora (wave q1: reports_blind_final_12
and _14, reports_dev_realworld_5/6/7, reports_blind_final, reports_multiorgan_findings_62/63/64/66).

Classes fixed (corpus ids where they were seen) and what each block below checks:
  * The patient's own primary cancer named as the scan's background: b081 "a known colonic primary", q078 "after
    bowel cancer surgery", og034 "Known colon cancer, on chemotherapy", l122 "receiving chemotherapy for breast
    cancer" -> the colon, the bowel, the breast labelled as examined (primary_cancers.py). Guards: a known cancer
    placed or measured now, a cancer suspected now, an organ examined besides.

Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
DIAGNOSIS = "Diagnosis"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


# -- the patient's primary cancer named as background ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "organs", "diagnoses"),
    [
        ("Follow-up after sigmoid colon cancer resection. Liver: three new hypoechoic lesions with a halo, the "
         "largest 22 mm.", ["Liver"], []),
        ("Staging scan, known rectal cancer. Liver homogeneous, no focal lesion.", ["Liver"], ["normal appearance"]),
        ("Liver: multiple target lesions, metastases from a known pancreatic primary.", ["Liver"], ["mass"]),
        ("Liver segment VI: 31 mm solid lesion, metastasis from renal cell carcinoma.", ["Liver"], ["mass"]),
        ("A 55-year-old woman on chemotherapy for breast cancer. Moderate right pleural effusion, 4 cm deep.",
         ["Pleural space"], ["fluid collection"]),
        ("Mum had her scan 3 months after bowel cancer surgery. They said the liver has two small spots, 9 and 12 mm.",
         ["Liver"], []),
        # Guards: a known cancer placed or measured now, a cancer suspected now, an organ examined besides.
        ("Known papillary carcinoma in the right lobe: 14 mm hypoechoic nodule with microcalcifications.",
         ["Thyroid gland"], ["nodule"]),
        ("Known renal cell carcinoma, 42 mm, upper pole, unchanged.", ["Kidney and ureter"], ["mass"]),
        ("Right breast: 2 cm irregular hypoechoic mass at 10 o'clock, suspicious for breast cancer.", ["Breast"],
         ["mass"]),
        ("Known colon cancer. Liver normal. Sigmoid colon: 5 cm segment of irregular wall thickening.",
         ["Liver", "Gastrointestinal tract"], ["normal appearance"]),
    ],
)
def test_primary_cancer_background_names_no_organ(parser: ReportParser, text: str, organs: list[str],
                                                   diagnoses: list[str]) -> None:
    assert sorted(labels_of(parser, text, ORGAN)) == sorted(organs)
    assert sorted(labels_of(parser, text, DIAGNOSIS)) == sorted(diagnoses)
