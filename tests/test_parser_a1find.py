"""A verdict named in the plural gives its nature to every earlier lesion of its organ of unstated nature
(udt.parser.restated._unnamed_restated): "All three were removed; histology: lipomas", "Both were excised and
histology showed epidermoid cysts". A singular verdict names one lesion only. Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

PLURAL_VERDICTS: list[Row] = [
    (
        "Soft tissue ultrasound. A 22 mm lesion in the right forearm and an 8 mm nodule in the left forearm. "
        "Histology: lipomas.",
        [("Soft tissues", "mass", "right", 22.0), ("Soft tissues", "mass", "left", 8.0)],
    ),
    (
        "Two lumps on the back of the neck. The right one is an oval lesion of 14 mm in the subcutis; the left one "
        "is a lesion of 9 mm. Both were excised and histology showed epidermoid cysts.",
        [("Soft tissues", "cyst", "right", 14.0), ("Soft tissues", "cyst", "left", 9.0)],
    ),
]

GUARDS: list[Row] = [
    # a singular verdict names the lesion it was taken from, not the other breast's
    (
        "Right breast: a 12 mm oval lesion at 10 o'clock. Left breast: a 7 mm lesion at 2 o'clock. Core biopsy of "
        "the right breast lesion: fibroadenoma.",
        [("Breast", "mass", "right", 12.0), ("Breast", None, "left", 7.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_VERDICTS)
def test_a_plural_verdict_names_every_earlier_lesion_of_unstated_nature(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_a_singular_verdict_names_one_lesion_only(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A figure legend's title names the side studied; the other side shown "for comparison" and a one-letter image label
# "(L)" name no side of a lesion (udt.parser.title_sides), so the title's side still reaches the unsided lesions.
TITLE_SIDES: list[Row] = [
    (
        "Fig. 4.2 Neck node mapping, left side. (a) Level III: node 19 x 12 mm, rounded, without a hilum. (b) Level "
        "IV: two nodes, 9 mm and 7 mm in short axis. (c) Right side, for comparison: normal oval nodes with "
        "echogenic hila.",
        [("Lymph nodes", None, "left", 19.0), ("Lymph nodes", None, "left", 9.0), ("Lymph nodes", None, "left", 7.0)],
    ),
    (
        "Fig. 7.1 Submandibular region, right side. (a) A 16 mm hypoechoic node below the gland (G). (b) The "
        "trachea (L) is midline.",
        [("Lymph nodes", None, "right", 16.0)],
    ),
    # guard: the other side named as a finding's own place, not for comparison: the report describes both sides
    (
        "Fig. 4.3 Neck node mapping, left side. (a) Level III: node 19 x 12 mm, rounded, without a hilum. (b) Right "
        "level IV: a node of 9 mm in short axis.",
        [("Lymph nodes", None, None, 19.0), ("Lymph nodes", None, "right", 9.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_SIDES)
def test_a_comparison_side_or_image_label_leaves_the_title_side(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
