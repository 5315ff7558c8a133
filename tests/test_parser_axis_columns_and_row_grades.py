"""Wave neck2: sizes of neck nodes and thyroid lesions in tables and numbered conclusions.

1. A delimited node survey whose axis columns are named in another language ("Regio;Zijde;Korte as (mm);Lange as
   (mm)", "Kurzachse;Längsachse") measures each row's node on both axes, as "short axis;long axis" does
   (listed_axes.py, column_headers.py; termset.AXIS_COLUMN_NAMES): the node's size is its largest stated dimension
   (the long axis), not the short axis of the first column.
2. A TI-RADS grade right before a bare lesion word of its own sentence ("2. TR3 right lower pole nodule") names that
   lesion, and the thyroid it implies places it; it is no grade of the lesion of the item before ("1. Left inferior
   parathyroid adenoma"), whose organ the nodule took (tirads.py, findings.py).
3. Rows of "|" cells under a "Nodules:" heading, each ending with its score ("N1 | right | solid | 2,4 x 1,6 cm |
   TI-RADS 3"): the score's name names no organ of the row, so each row is one of the listed nodules, not the thyroid
   measured (lesion_lists.py).

Rows are (organ, released diagnosis, side, largest size in mm) of each lesion finding, in report order.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

FOREIGN_AXES: list[Row] = [
    (
        "Hals echo follow-up\nKlieren:\nRegio;Zijde;Korte as (mm);Lange as (mm);Hilus\n"
        "Level III;links;10;21;afwezig\nLevel IV;rechts;7;13;aanwezig",
        [("Lymph nodes", None, "left", 21.0), ("Lymph nodes", None, "right", 13.0)],
    ),
    (
        "Lymphknoten:\nRegion;Seite;Kurzachse (mm);Längsachse (mm);Hilus\nLevel II;rechts;9;18;erhalten",
        [("Lymph nodes", None, "right", 18.0)],
    ),
]

GRADE_OPENS_ITEM: list[Row] = [
    (
        "Right lobe 45 x 16 x 15 mm, left lobe 43 x 15 x 14 mm.\nIMPRESSION:\n"
        "1. Right superior parathyroid adenoma, 11 mm.\n2. TR4 left upper pole nodule, 8 mm, below FNA threshold.",
        # (the adenoma, named with its gland's position and no lesion word before it, is a lesion of its own:
        # test_split_parathyroid_adenoma.py)
        [("Parathyroid glands", "nodule", "right", 11.0), ("Thyroid gland", "nodule", "left", 8.0)],
    ),
]

SCORED_ROWS: list[Row] = [
    (
        "Thyroid ultrasound\nNodules:\n N1 | right, upper third | solid, isoechoic | 2,2 x 1,4 x 1,6 cm | TI-RADS 3\n"
        " N2 | left, lower third | cystic | 0,7 cm | TI-RADS 1\nNo abnormal cervical nodes.",
        [("Thyroid gland", "nodule", "right", 22.0), ("Thyroid gland", "nodule", "left", 7.0)],
    ),
]

GUARDS: list[Row] = [
    # an English header keeps its reading
    (
        "Nodes:\nlevel;side;short axis (mm);long axis (mm)\nII;R;8;16",
        [("Lymph nodes", None, "right", 16.0)],
    ),
    # a grade after its nodule grades it, still one nodule
    ("Right lobe: 12 mm solid nodule, TR4. Left lobe normal.", [("Thyroid gland", "nodule", "right", 12.0)]),
    # a grade before a cyst of its own sentence, as before
    ("Thyroid: right lobe TR2 cyst 6 mm.", [("Thyroid gland", "cyst", "right", 6.0)]),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), FOREIGN_AXES + GRADE_OPENS_ITEM + SCORED_ROWS + GUARDS)
def test_neck_sizes_and_grades(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected
