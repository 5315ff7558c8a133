"""A region its echogenicity makes a lesion ("a hypoechoic zone", "an echogenic area": echo_areas.py) has its own
margin: a contour word in the organ's sentence that holds such a region is the region's margin, as it is a named
lesion's, not the organ's outline. The organ's outline alone, or beside a denied region, stays no margin. Passages
written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ROWS = [
    ("Right testis: in the lower pole a hypoechoic zone of 7 mm with unclear contours, hypervascular.",
     ["ill-defined/indistinct"]),
    ("Spleen: at the upper pole an echogenic area 9 mm with clear even contours.", ["well-defined"]),
    # near misses: the organ's own outline
    ("Spleen: 11 cm, smooth contours, homogeneous.", []),
    ("Liver: normal size, smooth contours, no hypoechoic areas.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_regions_contour_is_its_margin(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Margins") == expected


WALL_ROWS = [
    # a region's wall said after its margin is still the region's (not the organ's wall)
    ("Right kidney: lower pole see an echo-free area about 2.8x2.2cm, boundary clear, wall thin.", ["well-defined"]),
    # near miss: the organ's own wall beside its content's echogenicity
    ("Urinary bladder: wall smooth, anechoic content.", []),
]


@pytest.mark.parametrize(("text", "expected"), WALL_ROWS)
def test_a_regions_wall_is_not_the_organs(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Margins") == expected
