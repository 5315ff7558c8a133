"""Sizes and sides of lesions in side tables (issue 11, findings): a table whose columns are the two sides ("| |
Right | Left |") and whose rows each state one property of both. Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser
from udt.parser.bar_tables import BarTables
from udt.parser.side_rows import sized_on_other_side
from udt.parser.table_sides import table_cells

Row = tuple[str, list[Lesion]]

# A size in a row that names no lesion (a length, a lobe's dimensions) measures the organ, not the lesion the next row
# names (side_rows.py).
ORGAN_ROWS: list[Row] = [
    (
        "Renal tract US.\n| | R | L |\n| Bipolar length | 11.9 cm | 12.4 cm |\n"
        "| Cortical cysts | one, 21 mm, upper pole | none |",
        [("Kidney and ureter", "cyst", "right", 21.0)],
    ),
    (
        "Kidneys\n| | right | left |\n| length | 9.7 cm | 10.1 cm |\n| cortex | 15 mm | 14 mm |\n"
        "| cyst | simple, 12 mm | - |",
        [("Kidney and ureter", "cyst", "right", 12.0)],
    ),
    (
        "THYROID\n| | Right lobe | Left lobe |\n| Size | 16 x 19 x 45 mm | 14 x 15 x 41 mm |\n"
        "| Nodules | isoechoic nodule 9 mm, TR3 | none |",
        [("Thyroid gland", "nodule", "right", 9.0)],
    ),
    # guard: a measuring sub-row under a row naming a lesion still sizes it (a form's "size" line)
    (
        "SCROTUM\n                 RIGHT               LEFT\n"
        "Testis size      4.1x2.4x2.2 cm      4.0x2.3x2.1 cm\n"
        "Focal lesion     [ ]no [x]yes        [x]no [ ]yes\n"
        "  size           5 mm                -\n",
        [("Scrotum", None, "right", 5.0)],
    ),
    # guard: a table with a row per lesion keeps reading each row's own size
    (
        "Right breast:\n| Lesion | Clock | Size |\n| Cyst | 10 | 8 mm |\n| Cyst | 2 | 12 mm |",
        [("Breast", "cyst", "right", 8.0), ("Breast", "cyst", "right", 12.0)],
    ),
]

# A lesion labelling its row with a size in each side's cell is one lesion per side, each with its cell's size.
LABEL_ROWS: list[Row] = [
    (
        "Kidneys, follow-up.\n| | Right | Left |\n| Length | 15.4 cm | 16.9 cm |\n"
        "| Dominant cyst | 44 mm, interpolar | 52 mm, lower pole |",
        [("Kidney and ureter", "cyst", "right", 44.0), ("Kidney and ureter", "cyst", "left", 52.0)],
    ),
    (
        "Ovaries (TV).\n| | Right ovary | Left ovary |\n| Dimensions | 31 x 20 mm | 29 x 18 mm |\n"
        "| Cyst | 24 mm, simple | 17 mm, haemorrhagic |",
        [("Adnexa", "cyst", "right", 24.0), ("Adnexa", "cyst", "left", 17.0)],
    ),
    (
        "Kidneys:\n| | RIGHT | LEFT |\n"
        "| Cysts | numerous, largest 3.9 cm upper pole | numerous, largest 5.2 cm mid pole |",
        [("Kidney and ureter", "cyst", "right", 39.0), ("Kidney and ureter", "cyst", "left", 52.0)],
    ),
    # guard: a list in one cell is split by the lists' own rules, one lesion per size
    (
        "Kidneys:\n| | Right | Left |\n| Cysts | 2 (31 mm, 9 mm) | 1 (14 mm) |",
        [("Kidney and ureter", "cyst", "right", 31.0), ("Kidney and ureter", "cyst", "right", 9.0),
         ("Kidney and ureter", "cyst", "left", 14.0)],
    ),
    # guard: one side only
    (
        "Kidneys:\n| | Right | Left |\n| Cyst | 18 mm, simple | none |",
        [("Kidney and ureter", "cyst", "right", 18.0)],
    ),
]

# A denial in one side's cell denies that side only (context.py, side_rows.py).
ONE_SIDE_DENIALS: list[Row] = [
    (
        "Kidneys:\n| | Right | Left |\n| Length | 10.2 cm | 10.8 cm |\n| Stone | none | 7 mm at the PUJ |",
        [("Kidney and ureter", None, "left", 7.0)],
    ),
    (
        "Breasts.\n| Finding | Right | Left |\n| Complicated cyst | nil | one at 3 o'clock, 9 mm, low-level echoes |",
        [("Breast", "cyst", "left", 9.0)],
    ),
    # guard: both sides denied
    (
        "Kidneys:\n| | Right | Left |\n| Stone | none | none |\n| Cyst | 12 mm | none |",
        [("Kidney and ureter", "cyst", "right", 12.0)],
    ),
    # guard: the other side's cell names a lesion of its own, which does not assert the row's
    (
        "Groins:\n| Site | Right | Left |\n| Groin mass | none | seroma 38 x 20 mm |",
        [("Hip groin and buttock", "fluid collection", "left", 38.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORGAN_ROWS)
def test_a_side_table_row_naming_no_lesion_measures_no_lesion(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), LABEL_ROWS)
def test_a_lesion_labelling_its_row_is_one_lesion_per_sized_side(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), ONE_SIDE_DENIALS)
def test_a_denial_in_one_sides_cell_denies_that_side_only(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


def test_sized_on_other_side_reads_the_row_of_the_key() -> None:
    text = "| | Right | Left |\n| Stone | none | 7 mm |\n| Cyst | 5 mm | none |"
    cells = table_cells(BarTables(text))
    stone, cyst = text.index("Stone"), text.index("Cyst")
    first_none, last_none = text.index("none"), text.rindex("none")
    assert sized_on_other_side(cells, stone, first_none, [])
    assert not sized_on_other_side(cells, stone, first_none, [text.index("7 mm")])  # a lesion named in the cell
    assert sized_on_other_side(cells, cyst, last_none, [])
    assert not sized_on_other_side(cells, text.index("Right"), first_none, [])  # the header is no row's label
