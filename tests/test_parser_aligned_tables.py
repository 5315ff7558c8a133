"""Side tables laid out with spaces (udt.parser.aligned_tables): a header of side columns ("RIGHT      LEFT", "Right
lobe      Left lobe") and rows of a label and one cell per side, as nephrology, scrotal and gynaecology clinics
type them. Each cell's lesion takes its column's side, a negation in one side's cell does not reach the other side's
lesion, and a lesion whose row names no organ lies in the one organ the table's other cells name. Passages written
for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser
from udt.parser.aligned_tables import aligned_cells

Row = tuple[str, list[Lesion]]

ALIGNED_TABLES: list[Row] = [
    (
        "Renal ultrasound\n"
        "                 RIGHT                        LEFT\n"
        "Length           10.4 cm                      10.9 cm\n"
        "Cysts            12 mm simple cyst            19 mm simple cyst upper pole\n",
        [("Kidney and ureter", "cyst", "right", 12.0), ("Kidney and ureter", "cyst", "left", 19.0)],
    ),
    (
        "Scrotal ultrasound\n"
        "Testis           Right                        Left\n"
        "Volume           14 ml                        15 ml\n"
        "Epididymis       4 mm head cyst               normal\n"
        "Hydrocele        none                         small, 9 mm\n",
        [("Scrotum", "cyst", "right", 4.0), ("Scrotum", "fluid collection", "left", 9.0)],
    ),
    (
        "Pelvic ultrasound. Uterus normal.\n"
        "Ovary            RT                           LT\n"
        "Size             31 x 20 mm                   28 x 22 mm\n"
        "Cyst             24 mm simple cyst            none\n",
        [("Adnexa", "cyst", "right", 24.0)],
    ),
    # the rows never name the kidney: the "Hydronephrosis" row places the table's lesions in it
    (
        "Nephrology clinic\n"
        "                 RIGHT                        LEFT\n"
        "Length           9.9 cm                       10.2 cm\n"
        "Hydronephrosis   mild                         nil\n"
        "Cysts            16 mm simple cyst            nil\n",
        [("Kidney and ureter", "cyst", "right", 16.0)],
    ),
    (
        "Thyroid ultrasound\n"
        "                 Right lobe                   Left lobe\n"
        "Nodules          nil                          9 mm solid nodule\n",
        [("Thyroid gland", "nodule", "left", 9.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALIGNED_TABLES)
def test_a_space_aligned_side_table_gives_each_cell_its_column_side(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Right kidney 10 cm.  Left kidney 11 cm.\nNo cysts.",  # two sentences on a line: no header of side columns
        "Liver    normal\nSpleen   normal\n",  # a key-value list: no sides
    ],
)
def test_text_without_a_header_of_side_columns_has_no_aligned_table(text: str) -> None:
    assert aligned_cells(text) == []
