"""Corrections that name no denied size, or name it in capitals or after a dimension phrase
(udt.parser.corrected_sizes): "corrected to 18MM", "the correct measurement of the nodule is 1,8 x 1,1 x 1,3 cm",
"2.4 CM in maximal dimension, not 3.4 cm". The lesion the correcting sentence names takes the corrected size and is
not a second lesion. And "istmo" (Italian, Portuguese, Spanish) is the thyroid isthmus: a nodule under it has no side.
Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

CORRECTED: list[Row] = [
    (
        "THYROID US\nLeft lobe: lower pole nodule 27 x 15 x 16 mm, solid, isoechoic. TR3.\nRight lobe: normal.\n"
        "Addendum: left lower pole nodule maximum diameter corrected to 22MM after review of the images.",
        [("Thyroid gland", "nodule", "left", 22.0)],
    ),
    (
        "Thyroid ultrasound. Left lobe: solid hypoechoic nodule in the middle third, 2,1 x 1,4 x 1,2 cm. "
        "Right lobe: isoechoic nodule 0,9 cm.\n"
        "Note: the correct measurement of the left nodule is 2,6 x 1,4 x 1,2 cm (dictation error).",
        [("Thyroid gland", "nodule", "left", 26.0), ("Thyroid gland", "nodule", "right", 9.0)],
    ),
    (
        "Thyroid: right lobe with a solid nodule of 4.1 x 2.0 x 2.2 cm.\n"
        "ADDENDUM: the nodule measures 1.4 CM in greatest dimension, not 4.1 cm as typed.",
        [("Thyroid gland", "nodule", "right", 14.0)],
    ),
]

GUARDS: list[Row] = [
    # a correcting sentence that makes no finding of the corrected size changes nothing
    (
        "Thyroid: right lobe nodule 14 mm, solid, hypoechoic. Serum calcium corrected to 2.4 mmol/l.",
        [("Thyroid gland", "nodule", "right", 14.0)],
    ),
]

ISTHMUS: list[Row] = [
    (
        "ECOGRAFIA TIROIDEA\nLobo sinistro: nodulo isoecogeno di 9 mm.\nIstmo: nodulo ipoecogeno di 5 mm.",
        [("Thyroid gland", "nodule", "left", 9.0), ("Thyroid gland", "nodule", None, 5.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CORRECTED)
def test_a_named_correction_replaces_the_dictated_size(parser: ReportParser, text: str,
                                                        expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_a_correction_of_no_lesion_changes_nothing(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), ISTHMUS)
def test_an_istmo_nodule_has_no_side(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
