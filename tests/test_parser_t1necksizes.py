"""A size a later line puts right (udt.parser.corrected_sizes): "the nodule measures 14 mm (not 41 mm)", "1.2 cm
rather than 2.1 cm", "corrected from 2.6 cm to 1.6 cm". The earlier lesion of the denied size takes the corrected
one, and the correcting sentence's lesion of that size is the same lesion. Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

CORRECTED: list[Row] = [
    (
        "THYROID US\nLeft lobe: 32 mm isoechoic nodule in the lower pole, smooth margins.\nRight lobe: normal.\n"
        "ADDENDUM: the left lobe nodule measures 23 mm (not 32 mm, transcription error).",
        [("Thyroid gland", "nodule", "left", 23.0)],
    ),
    (
        "Thyroid ultrasound. Right lobe: solid hypoechoic nodule 2.7 cm, mid third.\n"
        "Correction: the nodule is 1.7 cm rather than 2.7 cm.",
        [("Thyroid gland", "nodule", "right", 17.0)],
    ),
    (
        "Thyroid: left lobe with a 26 mm mixed nodule.\nAmended report: nodule size corrected from 26 to 16 mm.",
        [("Thyroid gland", "nodule", "left", 16.0)],
    ),
]

GUARDS: list[Row] = [
    # a denied size no earlier lesion has (the referral's number) changes nothing
    (
        "Thyroid: right lobe nodule 14 mm, solid, hypoechoic. The nodule measures 14 mm, not 19 mm as stated on "
        "the referral.",
        [("Thyroid gland", "nodule", "right", 14.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CORRECTED)
def test_a_corrected_size_replaces_the_dictated_one(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_a_denied_size_no_lesion_has_changes_nothing(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
