"""Lesions filed on the wrong organ. Passages written for this file.

A tissue layer placed at an operation's scar or wound, in a report that names one body wall only, lies in that wall
(udt.parser.wall_layers, udt.parser.wall_tissues): "Rectus sheath haematoma ... Subcutaneous seroma along the scar"
is an Abdominal wall seroma, not a soft-tissue one. A scar in a report naming no wall, or a layer its line places in
a limb, keeps the soft tissues.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, labels_of, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

SCAR_LAYERS: list[Row] = [
    (
        "Post caesarean day 4.\nRectus sheath haematoma left of the umbilicus, 6.2 x 2.4 cm. Subcutaneous seroma "
        "along the scar, 29 mm.\nUterus 13 cm, cavity empty.",
        [("Abdominal wall", "fluid collection", None, 62.0), ("Abdominal wall", "fluid collection", None, 29.0)],
    ),
    (
        "Day 5 after laparotomy, febrile.\nMidline wound: collection in the subcut fat beneath the upper third of "
        "the incision, 4.4 x 1.9 cm, with debris. The rectus sheath is intact.",
        [("Abdominal wall", "fluid collection", None, 44.0)],
    ),
]

SCAR_GUARDS: list[Row] = [
    # no body wall named anywhere: the scar alone does not say which wall (a limb's, a breast's, the neck's)
    (
        "Right thigh, lateral: subcutaneous seroma along the scar, 31 mm.",
        [("Soft tissues", "fluid collection", "right", 31.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCAR_LAYERS)
def test_a_layer_at_a_scar_lies_in_the_one_wall_the_report_names(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
    assert "Soft tissues" not in labels_of(parser, text, "Organ_level")


@pytest.mark.parametrize(("text", "expected"), SCAR_GUARDS)
def test_a_scar_in_a_report_naming_no_wall_keeps_the_soft_tissues(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
