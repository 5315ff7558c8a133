"""Inventory (stop 31, quality113: title organs), the class fixed here: a study title listing several organs.

A title line ("Clinica de Tireoide - US thyroid and parathyroids") lists the study's principal organ first; the last
organ it named used to carry into the report, so the rows that follow without an organ of their own went to the
parathyroids (udt/parser/title_organs.py). Elsewhere the last organ named still carries ("US THYROID AND NECK": the
neck is no organ, the thyroid carries; findings.FindingBuilder._move_site).

Development rows (id, fragment, expected, got before the fix):
  of043  "| 1 | RL upper | 23 x 15 x 19"   Thyroid gland 23 mm right   Parathyroid glands
  of043  "| 2 | RL lower | 9 x 8 x 12"     Thyroid gland 12 mm right   Parathyroid glands
  of043  "| 3 | LL mid | 31 x 22 x 25"     Thyroid gland 31 mm left    Parathyroid glands
  of043  (the scorer's crossed pairs: the isthmus row's 5 mm matched to the first row's gold, 23 mm)

Rows are (organ, released diagnosis, side, largest size in mm) of each lesion finding, in report order.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

TH, BL, KI, GB, LI = "Thyroid gland", "Bladder", "Kidney and ureter", "Gallbladder and bile ducts", "Liver"

Row = tuple[str, list[Lesion]]

TITLES: list[Row] = [
    (
        "Ultrasound of the thyroid and parathyroid glands\nRight lobe 4,8 cm, left lobe 4,5 cm.\n"
        "| Nodule | Site | Size |\n| 1 | right lower pole | 14 x 9 x 8 mm |\n| 2 | left mid | 6 x 5 x 5 mm |\n"
        "Conclusion: two thyroid nodules.",
        [(TH, "nodule", "right", 14.0), (TH, "nodule", "left", 6.0)],
    ),
    (
        "NECK US - THYROID AND PARATHYROIDS\nRight lobe: solid hypoechoic nodule 12 mm in the upper pole.\n"
        "Left lobe: cyst 5 mm.",
        [(TH, "nodule", "right", 12.0), (TH, "cyst", "left", 5.0)],
    ),
]

# Guards: today's answers that must hold (an organ the body names, or a title with one organ).
GUARDS: list[Row] = [
    ("US THYROID AND NECK\nRight lobe: nodule 9 mm.", [(TH, "nodule", "right", 9.0)]),
    ("US KIDNEYS AND BLADDER\nBladder wall 3 mm. Calculus 8 mm at the base.", [(BL, None, None, 8.0)]),
    (
        "US liver and gallbladder\nGallbladder: two stones, the larger 12 mm.\nSegment 6: cyst 15 mm.",
        [(GB, None, None, 12.0), (LI, "cyst", None, 15.0)],
    ),
    (
        "Renal and bladder ultrasound\nRight kidney 10.5 cm with a 12 mm upper pole cyst.\nBladder: 6 mm calculus.",
        [(KI, "cyst", "right", 12.0), (BL, None, None, 6.0)],
    ),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_title_lists_principal_organ_first(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
