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


TITLED = [
    # the study word opens the title, the organ in a word the vocabulary does not know, the title breaks after
    ("US Genu re. / soft tissues\nFossa poplitea: Baker's cyst 38 x 11 mm, no rupture.\nNo effusion.", 38,
     ("Knee", "right")),
    ("Sono Schulter li. - Orthopaedic practice\nBursa subacromialis: fluid 6 mm.\nCalcific deposit 9 mm.\n"
     "Knee: Baker's cyst 25 mm.", 25, ("Knee", "left")),
]


@pytest.mark.parametrize(("text", "size", "expected"), TITLED)
def test_side_ending_a_study_title(parser: ReportParser, text: str, size: float, expected: tuple) -> None:
    assert lesion_of_size(parser, text, size) == expected


NOT_TITLED = [
    # a word after the cut-short "re.": "regarding", no title's side
    ("Ultrasound requested re. swelling behind the knee\nBaker's cyst 30 x 12 mm.", 30, ("Knee", None)),
    # the study word does not open its line
    ("Referral: knee, US today re. / pain\nBaker's cyst 30 x 12 mm.", 30, ("Knee", None)),
    # two words between the study word and the abbreviation
    ("US follow up re. / effusion\nKnee: Baker's cyst 30 x 12 mm.", 30, ("Knee", None)),
]


@pytest.mark.parametrize(("text", "size", "expected"), NOT_TITLED)
def test_no_title_side_without_its_shape(parser: ReportParser, text: str, size: float, expected: tuple) -> None:
    assert lesion_of_size(parser, text, size) == expected
