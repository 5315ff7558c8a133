"""Sizes of lesions that the parser missed or read wrongly (round d, d1find). Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

# A measuring word ("of", "measuring") joins a size to the lesion word before it, so a direction after the size
# ("above", "below", "from") places the lesion, not a distance (udt.parser.direction_sizes).
MEASURED_BEFORE_DIRECTION: list[Row] = [
    (
        "Right knee: a small anechoic cyst of 9 mm below the joint line, without flow.",
        [("Knee", "cyst", "right", 9.0)],
    ),
    (
        "Left thigh: a lipoma measuring 12 mm beneath the fascia lata.",
        [("Soft tissues", "mass", "left", 12.0)],
    ),
]

DISTANCE_GUARDS: list[Row] = [
    # no measuring word: the length is how far the lesion lies from the nipple
    ("Right breast: a cyst 5 cm from the nipple.", [("Breast", "cyst", "right", None)]),
    # the lesion already sized: the second length is a distance
    ("Right breast: a 6 mm cyst of the upper quadrant 5 cm from the nipple.", [("Breast", "cyst", "right", 6.0)]),
]


@pytest.mark.parametrize(("text", "expected"), MEASURED_BEFORE_DIRECTION)
def test_a_measured_size_before_a_direction_is_the_lesions(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), DISTANCE_GUARDS)
def test_a_bare_length_before_a_direction_stays_a_distance(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
