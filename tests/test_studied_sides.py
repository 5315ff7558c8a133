"""A cut-short foreign side after an organ's study word names the side examined ("Knee ultrasound li."):
studied_sides.py."""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser

KN = "Knee"

STUDIED = [
    ("Knee ultrasound li. - Orthopaedic practice, Linz\nBaker-Zyste 45 x 18 mm, anechoic.\nJoint effusion 7 mm.", 45,
     (KN, "left")),
    ("Knee US re. - sports clinic\nSuprapatellar effusion 8 mm.\nParameniscal cyst 10 mm, lateral.", 10,
     (KN, "right")),
]


@pytest.mark.parametrize(("text", "size", "expected"), STUDIED)
def test_side_after_study_word(parser: ReportParser, text: str, size: float, expected: tuple) -> None:
    assert lesion_of_size(parser, text, size) == expected


NOT_STUDIED = [
    # no full stop: "re" may be "regarding" or a prefix
    ("Knee US re follow-up of effusion\nBaker's cyst 30 x 12 mm.", 30, (KN, None)),
    # the study word follows no organ
    ("Ultrasound re. referral from GP\nKnee: Baker's cyst 30 x 12 mm.", 30, (KN, None)),
]


@pytest.mark.parametrize(("text", "size", "expected"), NOT_STUDIED)
def test_no_side_without_the_sign(parser: ReportParser, text: str, size: float, expected: tuple) -> None:
    assert lesion_of_size(parser, text, size) == expected
