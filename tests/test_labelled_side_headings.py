"""A heading "<organ name the parser does not know> <side>:" is a side heading ("Mama dir:"):
labelled_side_headings.py."""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser

BR, K = "Breast", "Kidney and ureter"

HEADED = [
    ("BREAST ULTRASOUND\nMama dir:\n - 10h: solid nodule, 15 x 11 mm, BI-RADS 4.\n - 8h: simple cyst 5 mm.\n"
     "Mama esq:\n - 2h: cyst with a thin septum, 7 mm.\n - 5h: simple cyst 4 mm.", 5, (BR, "right")),
    ("BREAST ULTRASOUND\nMama dir:\n - 10h: solid nodule, 15 x 11 mm, BI-RADS 4.\n - 8h: simple cyst 5 mm.\n"
     "Mama esq:\n - 2h: cyst with a thin septum, 7 mm.\n - 5h: simple cyst 4 mm.", 7, (BR, "left")),
    ("Breast US\nSeno right:\n - 11h: cyst 6 mm.\n - 1h: cyst 3 mm.\nSeno left: normal.", 3, (BR, "right")),
]


@pytest.mark.parametrize(("text", "size", "expected"), HEADED)
def test_unknown_label_then_side_heads_a_side(parser: ReportParser, text: str, size: float, expected: tuple) -> None:
    assert lesion_of_size(parser, text, size) == expected


def test_known_organ_before_side_is_no_bare_side_heading(parser: ReportParser) -> None:
    # "Maternal R kidney:" names the kidney: the left kidney's lesion after it keeps its own side
    text = ("ANOMALY SCAN + MATERNAL KIDNEYS\nMaternal R kidney: mild hydronephrosis, pelvis 18 mm.\n"
            "Maternal L kidney 11,2 cm; 14 mm echogenic lesion in the upper pole, likely angiomyolipoma.")
    assert lesion_of_size(parser, text, 14) == (K, "left")


def test_more_words_before_the_side_make_no_heading(parser: ReportParser) -> None:
    # "Mama dir lateral:" is no "<label> <side>:" heading; the nodule's side still comes from its own words
    text = "Breast US\nNodule of left breast 9 mm at 3h.\nZona retro dir lateral: scar only."
    assert lesion_of_size(parser, text, 9) == (BR, "left")
