"""Inventory (stop 31, kind "size: much larger (organ/distance?)"), the class fixed here.

Sizes on named axes are one lesion's dimensions only when the size the lesion took as its own is one of them
(udt/parser/axis_sizes.py). An organ measured on two axes before a lesion of the same sentence ("Spleen thickness
5.2cm, length 14.6cm, inside see an echo-free area about 4.4x3.8cm") gave the lesion the organ's thickness and
length instead of its own size.

Development row (id, fragment, expected, got before the fix):
  oe026  "Spleen thickness 5.2cm, length 14.6cm, inside see an echo-free area about 4.4x3.8cm"  44 mm  146 mm

Rows are (organ, released diagnosis, side, largest size in mm) of each lesion finding, in report order.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

ORGAN_AXES: list[Row] = [
    (
        "Spleen thickness 4.9cm, length 13.8cm, inside see an anechoic area about 3.2x2.6cm, wall calcified.",
        [("Spleen", None, None, 32.0)],
    ),
    (
        "Liver: length 16.1 cm, depth 12.0 cm, in segment 6 a hypoechoic nodule of 2.2 x 1.9 cm.",
        [("Liver", "nodule", None, 22.0)],
    ),
    (
        "Left kidney length 11.2cm, width 5.0cm, upper pole there is a cyst 2.8x2.5cm.",
        [("Kidney and ureter", "cyst", "left", 28.0)],
    ),
]

GUARDS: list[Row] = [
    # the lesion's own axes stay its dimensions
    (
        "Right axilla: lymph node 9 mm short axis, 2.1 cm long axis, fatty hilum preserved.",
        [("Axilla", None, "right", 21.0)],
    ),
    ("Left level III node, long axis 2.9 cm, short axis 1.4 cm, round.", [("Lymph nodes", None, "left", 29.0)]),
    (
        "Right calf: haematoma, length 7.4 cm, depth 2.0 cm, in the medial gastrocnemius.",
        [("Soft tissues", "fluid collection", "right", 74.0)],
    ),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), ORGAN_AXES + GUARDS)
def test_axes_measure_the_lesion_only_when_its_own_size_is_on_one(
    parser: ReportParser, text: str, expected: list
) -> None:
    assert lesions_of(parser, text) == expected
