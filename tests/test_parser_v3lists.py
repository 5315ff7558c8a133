"""Labelled lesion rows run together on one line (udt.parser.labelled_rows): "R1 upper 15 mm ...; R2 mid 27 mm ...;
R3 lower 9 mm cyst". Each row after a semicolon (the first after its colon or dash) is one lesion with its own size,
ending at the next row's label; rows naming no lesion are of the plural word announcing them before the first label,
whose words then stand for the rows. And the distance between two lesions ("7 mm and 5 mm, 4 cm apart") is no
lesion's size nor a member of their size list (termset CLAUSE_ROLES "distance"). An arrow ends a denial's scope: what
it leads to is the writer's conclusion ("smooth, no calc -> TI-RADS 3": the graded nodule is there). Passages written
for this file.

Inventory (development corpora): mu039 ("R: 2 nodules and a cyst - R1 ...; R2 ...; R3 ... cyst"), om039 ("Right
lobe, longitudinal: R1 (upper pole) 31 mm ...; R2 (mid) 12 mm ..."); mg035 ("2 ... nodules, L thigh medial, 7 mm
and 5 mm, 4 cm apart": a third nodule of 40 mm); nx046 ("1) 6.8 mm, isoechoic, ..., no calc -> K-TIRADS 3": no
nodule).

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]
_THY = "Thyroid gland"

INLINE_ROWS: list[Row] = [
    # announced before the first label, on the rows' own line; the last row names its own lesion
    (
        "THYROID US\nLeft lobe: 2 nodules and a cyst - L1 upper pole 19 mm, solid, isoechoic (TR3); "
        "L2 mid 11 mm, spongiform (TR2); L3 lower pole 6 mm cyst.\nRight lobe: normal.",
        [(_THY, "nodule", "left", 19.0), (_THY, "nodule", "left", 11.0), (_THY, "cyst", "left", 6.0)],
    ),
    # the first row after its heading's colon, the kind announced in the sentence before
    (
        "Thyroid with multiple nodules.\nRight lobe: R1 (upper pole) 24 mm, mixed; R2 (mid) 13 mm, solid; "
        "R3 (lower pole) 7 mm, hypoechoic.",
        [(_THY, "nodule", "right", 24.0), (_THY, "nodule", "right", 13.0), (_THY, "nodule", "right", 7.0)],
    ),
    # rows without brackets after a dash
    (
        "Uterus 9.4 cm, two fibroids - F1 posterior intramural 38 mm; F2 fundal subserosal 16 mm.",
        [("Uterus", "mass", None, 38.0), ("Uterus", "mass", None, 16.0)],
    ),
]

APART: list[Row] = [
    (
        "Right thigh: two subcutaneous nodules, 9 mm and 6 mm, 3 cm apart, both vascular.",
        [("Soft tissues", "nodule", "right", 9.0), ("Soft tissues", "nodule", "right", 6.0)],
    ),
    ("Liver: two cysts 2 cm apart, 12 mm and 8 mm.", [("Liver", "cyst", None, 12.0), ("Liver", "cyst", None, 8.0)]),
    # guard: "apart from" names no distance
    ("The liver is normal apart from a 7 mm cyst in segment 4.", [("Liver", "cyst", None, 7.0)]),
]

ARROWS: list[Row] = [
    (
        "Thyroid US\nLeft lobe: 9.4 mm, hypoechoic, solid, no calcification -> TIRADS 4",
        [(_THY, "nodule", "left", 9.4)],
    ),
    ("Thyroid US\nRight lobe: 5 mm, spongiform, no flow → TR1", [(_THY, "nodule", "right", 5.0)]),
    # guards: a denial after the arrow is still one; a denial without an arrow runs on as before
    ("Groin: no collection -> no seroma.", []),
    ("Thyroid US\nRight lobe: no nodule, no calcification.", []),
]

GUARDS: list[Row] = [
    # rows on lines of their own are read as before
    (
        "Nodules:\nN1 - right lobe, mid: solid, 14 mm. TR4.\nN2 - left lobe, upper: cystic, 6 mm. TR1.",
        [(_THY, "nodule", "right", 14.0), (_THY, "nodule", "left", 6.0)],
    ),
    # one labelled row on a line is no list
    (
        "THYROID US\nRight lobe 48 mm. Nodules: R1 upper 12 mm, solid; no other nodule.",
        [(_THY, "nodule", "right", 12.0)],
    ),
    # sizes after semicolons with no labels stay the one lesion's
    (
        "Liver: one hypoechoic lesion in segment 6; 21 x 18 mm; no flow.",
        [("Liver", None, None, 21.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INLINE_ROWS)
def test_each_row_of_a_line_is_a_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_rows_not_run_together_are_read_as_before(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), APART)
def test_a_distance_apart_is_no_lesion_size(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), ARROWS)
def test_an_arrow_ends_a_denial(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
