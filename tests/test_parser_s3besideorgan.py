"""A lesion placed beside a neighbouring organ and named next in its own sentence by a diagnosis of its own organ
keeps that organ; the neighbour is only its landmark (udt.parser.landmark_named). Passages written for this file.

Rows: a passage, the largest size in mm of the placed lesion, and its (organ, side).
"""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser

Row = tuple[str, float, tuple[str | None, str | None]]

BESIDE_ANOTHER_ORGAN: list[Row] = [
    # neck: the thyroid lobe is the landmark of a parathyroid adenoma, whichever side an earlier sentence left
    (
        "Right thyroid lobe contains a 6 mm spongiform nodule. A 13 mm hypoechoic nodule lies posterior to the lower "
        "pole of the left thyroid lobe; this represents a parathyroid adenoma.",
        13.0,
        ("Parathyroid glands", "left"),
    ),
    (
        "The thyroid gland is normal in size. Behind the right lobe is a 11 x 6 x 5 mm oval hypoechoic nodule, "
        "separate from the thyroid; this was a parathyroid adenoma at surgery.",
        11.0,
        ("Parathyroid glands", "right"),
    ),
    # adrenal above the kidney, after a liver finding the mass would otherwise inherit
    (
        "The liver has a 22 mm simple cyst. A 31 mm solid mass is seen superior to the left kidney; "
        "this is an adrenal adenoma.",
        31.0,
        ("Adrenal glands", "left"),
    ),
    # adnexa beside the uterus, after a uterine fibroid
    (
        "The uterus holds a 19 mm intramural fibroid. A 42 mm anechoic cyst lies adjacent to the uterus; this was "
        "an ovarian cyst at laparoscopy.",
        42.0,
        ("Adnexa", None),
    ),
    # popliteal fossa behind the knee, after a vein's thrombus: the knee the named Baker's cyst implies
    (
        "Left leg venous duplex: occlusive thrombus in the left popliteal vein. A 45 mm anechoic collection lies "
        "behind the knee, medial to the popliteal artery; this is a Baker's cyst.",
        45.0,
        ("Knee", "left"),
    ),
]

# The organ named is the lesion's own: a nodule in a part of the thyroid lobe has no landmark, and stays there.
OWN_ORGAN: list[Row] = [
    (
        "Right thyroid lobe contains a 6 mm spongiform nodule. A 7 mm hypoechoic nodule in the posterior aspect of "
        "the left thyroid lobe; this is a parathyroid adenoma.",
        7.0,
        ("Thyroid gland", "left"),
    ),
    (
        "A 9 mm hypoechoic nodule in the posterior aspect of the right thyroid lobe. No parathyroid adenoma is seen.",
        9.0,
        ("Thyroid gland", "right"),
    ),
]


@pytest.mark.parametrize(("text", "size", "expected"), BESIDE_ANOTHER_ORGAN)
def test_a_lesion_beside_another_organ_keeps_its_named_organ(
    parser: ReportParser, text: str, size: float, expected: tuple[str | None, str | None]
) -> None:
    assert lesion_of_size(parser, text, size) == expected


@pytest.mark.parametrize(("text", "size", "expected"), OWN_ORGAN)
def test_a_lesion_in_the_organ_named_stays_there(
    parser: ReportParser, text: str, size: float, expected: tuple[str | None, str | None]
) -> None:
    assert lesion_of_size(parser, text, size) == expected
