"""A study's title that is the first sentence of a line of findings still gives its side to the lesions left unsided
(udt.parser.title_sides): "Soft tissue US - right thigh. In the subcutaneous fat, ... lipoma 38 x 14 mm" then a
line on the neighbouring joint ("Right knee: ... effusion"). The line's sizes are the findings', not the title's. A
title sentence naming no side, or a report naming the other side later, gives none. Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

SIDED: list[Row] = [
    (
        "Soft tissue US - right thigh. In the subcutaneous fat, an oval hyperechoic lesion 38 x 14 mm, compatible "
        "with lipoma.\nRight knee: small suprapatellar effusion 5 mm.",
        [("Soft tissues", "mass", "right", 38.0), ("Knee", "fluid collection", "right", 5.0)],
    ),
    (
        "Ecografía partes blandas – left arm (brazo izquierdo). In the subcutaneous tissue, an oval lesion of 22 x 9 "
        "mm, compatible with lipoma.\nLeft elbow: olecranon bursa with 6 mm of fluid.",
        [("Soft tissues", "mass", "left", 22.0), ("Elbow", "fluid collection", "left", 6.0)],
    ),
]

GUARDS: list[Row] = [
    # the report goes on to the other side: it describes its sides itself
    (
        "Soft tissue US - right thigh. In the subcutaneous fat, an oval hyperechoic lesion 38 x 14 mm, compatible "
        "with lipoma.\nLeft knee: small suprapatellar effusion 5 mm.",
        [("Soft tissues", "mass", None, 38.0), ("Knee", "fluid collection", "left", 5.0)],
    ),
    # the title sentence names no side; the second sentence's side is the thigh lipoma's alone
    (
        "Soft tissue US, 2 lumps. Right thigh 38 mm lipoma. In the subcutaneous fat of the arm, a 12 mm lipoma.\n"
        "Knee: small effusion 5 mm.",
        [("Soft tissues", "mass", "right", 38.0), ("Soft tissues", "mass", None, 12.0),
         ("Knee", "fluid collection", None, 5.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIDED)
def test_a_title_sentence_sides_the_lesions_of_its_line(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_no_side_from_an_unsided_title_or_a_report_of_both_sides(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
