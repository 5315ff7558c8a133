"""A cut-short foreign side that opens its line labels the line ("re. Hoden: ..."): line_side_labels.py."""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser

SC, TH = "Scrotum", "Thyroid gland"

SCROTUM = ("Scrotal ultrasound (Sonographie Skrotum)\n"
           "re. Hoden: 4.2 x 2.5 cm, normal. Nebenhodenkopf: Zyste 6 mm, anechoic.\n"
           "li. Hoden: 4.0 x 2.4 cm. Hypoechoic intratesticular lesion 8 mm.")
LABELLED = [
    (SCROTUM, 6, (SC, "right")),
    (SCROTUM, 8, (SC, "left")),
    ("Thyroid ultrasound (Schilddruese)\n"
     "  li. Lappen: 1.9 cm. Isoechoic nodule 12 mm.\n  re. Lappen: 2.1 cm, homogeneous.", 12,
     (TH, "left")),
]


@pytest.mark.parametrize(("text", "size", "expected"), LABELLED)
def test_line_labelled_by_cut_short_side(parser: ReportParser, text: str, size: float, expected: tuple) -> None:
    assert lesion_of_size(parser, text, size) == expected


def test_regarding_opening_a_line_gives_no_side(parser: ReportParser) -> None:
    # "Re." regarding has no partner "li.": no side system, the cyst stays unsided
    text = "Thyroid ultrasound\nRe. Your request of last week. Thyroid: colloid cyst 4 mm."
    assert lesion_of_size(parser, text, 4) == (TH, None)

