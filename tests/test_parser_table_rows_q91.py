"""Inventory (quality91): lesions written as table rows, CSV/CRF rows or key=value rows, each row one lesion with its
own size, side and organ, that the parser folds into one finding, leaves sizeless or sides from the wrong row.

Rows of the development files (id: fragment, expected -> got on integ29, cause):

- nq028 " # | side | size (mm, 3 axes) | ..." under "T2 Nodules: 3", rows "1 | R | 12 x 9 x 8": three nodules 12 R,
  5 R, 21 L -> one sizeless nodule (3 rows). Cause: a column header that names its axes after the unit ("(mm, 3
  axes)") was no unit header (the unit had to be the bracket's last item) and, holding a digit, no header row, so
  the caption's plural named no table. FIXED (header_units.py, header_rows.py).
- np023 "| No. | Lobe | Level | Size (mm) | Composition | ... | EU-TIRADS |" rows "| 1 | right | upper | 22 x 15 x
  13 |": three nodules -> the first row's size on the thyroid itself, no sized nodule (3 rows). Cause: no lesion
  word names the table (neither caption, title nor header); a TI-RADS column is all that says the rows are
  nodules. LEFT.
- no018, nr033 breast tables "| Side | Clock | Dist. | Size | Description | BI-RADS |": a row that names no lesion
  of its own ("| L | 3 | 6 cm | 18 x 14 x 16 mm | irregular, spiculated, hypoechoic |") was folded into the row
  before (bilateral, the row's size lost or its distance taken). FIXED for that row (unnamed_rows.py): nr033 row 3
  (18 L), no018 row 3 (7 L). LEFT: a named row's lesion still takes the next row's distance ("fibroadenoma
  (biopsy 2024) |" then "| L | 3 | 6 cm |": nr033 row 2, 60 for 12; no018 rows 1-2, with the German "re"/"li"
  sides).
- nd029 ("L level III | 6 x 15 mm" rows under a "Size (mm)" header): fixed by the same two rules (3 rows).
- nd026, nd033 ("| R axilla | 19 x 10 | 18 x 10 |", node regions as row
  labels), ne049 ("level II;L;11 mm;24 mm"), ne050 ("liver,,cyst,1.4" CSV rows), nf033 ("Largest cyst (cm) | 6.1 |
  7.4" per-side columns), nk031, nk048, mz008 ("Level | Right | Left"), nr031 (a lobe's cell holding two nodules
  "TR3 isoechoic 21 x 14 mm, lower pole; TR1 cyst 5 mm"), ns045 ("Hemithorax | Effusion | Depth (cm)" aligned
  with spaces, the effusion named by the column). LEFT.

Count of the rows above on the development files (_35.._50): 52 at the start, 39 now (nd029 x3, nq028 x4, nr031 x3,
no018 x1, nr033 x2 fixed; nr031's right-lobe nodule now takes its side but the lobe's size, 52 for
13: its cell holds the lobe's size before the nodule's).

Rows: a passage written for this file and its lesion findings in report order: (organ, released diagnosis, side,
largest size in mm). Guard rows keep today's right answers.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser
from udt.parser.header_rows import is_header_row

Row = tuple[str, list[Lesion]]
_THY = "Thyroid gland"
_KID = "Kidney and ureter"

# A column header naming its axes or method after the unit: the unit still holds for the cells under it, and the
# digit in brackets does not make the header a row of data.
AXES_HEADERS: list[Row] = [
    (
        "THYROID\nNodules: 2\n # | side | size (mm, 3 axes) | echo\n 1 | R | 14 x 10 x 9 | hypoechoic\n"
        " 2 | L | 6 x 5 x 5 | anechoic\nNo nodes.",
        [(_THY, "nodule", "right", 14.0), (_THY, "nodule", "left", 6.0)],
    ),
    (
        "Thyroid gland.\nS3 nodules:\nNo | lobe | dimensions (mm, AP x TR x CC) | TIRADS\n1 | left | 9 x 8 x 12 | 3\n"
        "2 | right | 21 x 15 x 18 | 4\nConclusion: two nodules.",
        [(_THY, "nodule", "left", 12.0), (_THY, "nodule", "right", 21.0)],
    ),
    (
        "KIDNEYS\nCysts:\n| # | side | size (cm, 2 axes) | Bosniak |\n| 1 | left | 3.1 x 2.8 | I |\n"
        "| 2 | right | 1.2 x 1.0 | II |",
        [(_KID, "cyst", "left", 31.0), (_KID, "cyst", "right", 12.0)],
    ),
    # guards: the plain unit header, and the unit as the bracket's last item, read as before
    (
        "THYROID\nNodules:\n # | side | size (mm) | echo\n 1 | R | 14 x 10 x 9 | hypoechoic\n"
        " 2 | L | 6 x 5 x 5 | anechoic",
        [(_THY, "nodule", "right", 14.0), (_THY, "nodule", "left", 6.0)],
    ),
    (
        "THYROID\nNodules:\n # | side | largest diameter (in mm) | echo\n 1 | R | 14 | hypoechoic\n"
        " 2 | L | 6 | anechoic",
        [(_THY, "nodule", "right", 14.0), (_THY, "nodule", "left", 6.0)],
    ),
]

# A row of a row-per-lesion table that describes its lesion without naming it ("irregular, hypoechoic") is a
# lesion of its own, with its row's size and side, not the row before continued.
UNNAMED_ROWS: list[Row] = [
    (
        "BREAST US\n| Side | Clock | Size | Description |\n|---|---|---|---|\n"
        "| R | 11 | 8 mm | oval, anechoic, cyst |\n| R | 7 | 14 x 9 mm | oval, hypoechoic, fibroadenoma |\n"
        "| L | 2 | 17 x 12 mm | irregular, hypoechoic, shadowing |\nAxillae normal.",
        [("Breast", "cyst", "right", 8.0), ("Breast", "mass", "right", 14.0), ("Breast", None, "left", 17.0)],
    ),
    (
        "BREAST US\n| Side | Clock | Dist. | Size | Description |\n| R | 11 | 3 cm | 8 mm | oval, anechoic, cyst |\n"
        "| L | 2 | 6 cm | 17 x 12 mm | irregular, hypoechoic, shadowing |",
        [("Breast", "cyst", "right", 8.0), ("Breast", None, "left", 17.0)],
    ),
    (
        "Right breast:\n| o'clock | size | findings |\n| 10 | 9 mm | simple cyst |\n"
        "| 2 | 11 x 7 mm | round, hypoechoic, indistinct margins |",
        [("Breast", "cyst", "right", 9.0), ("Breast", None, "right", 11.0)],
    ),
    (
        "KIDNEYS\n| Side | Size | Description |\n| Left | 22 mm | simple cyst, upper pole |\n"
        "| Right | 15 mm | complex, echogenic, thick septum |",
        [(_KID, "cyst", "left", 22.0), (_KID, None, "right", 15.0)],
    ),
    # guard: every row names its lesion
    (
        "BREAST US\n| Side | Clock | Size | Description |\n| R | 11 | 8 mm | oval, anechoic, cyst |\n"
        "| L | 2 | 6 mm | oval, anechoic, cyst |",
        [("Breast", "cyst", "right", 8.0), ("Breast", "cyst", "left", 6.0)],
    ),
]

# Guards: a row that measures its organ ("| Right | 10.5 cm | normal echogenicity |", "| Right | 18 x 17 x 49 | none
# |") is no lesion, though another row names one: the lesions keep their own sizes only.
ORGAN_ROWS: list[tuple[str, list[float]]] = [
    (
        "Kidneys:\n| Side | Length | Note |\n| Right | 10.5 cm | normal echogenicity |\n"
        "| Left | 10.9 cm | simple cyst 12 mm |",
        [12.0],
    ),
    (
        "THYROID\n| Lobe | Size (mm) | Nodules |\n| Right | 18 x 17 x 49 | none |\n| Left | 16 x 15 x 46 | cyst 6 mm |",
        [6.0],
    ),
]

HEADER_LINES: list[tuple[str, bool]] = [
    ("# | side | size (mm, 3 axes) | echo", True),
    ("| No. | Lobe | Size (mm) | TI-RADS |", True),
    ("1 | R | 12 x 9 x 8 | hypoechoic", False),
    ("| R lobe | 3 nodules | (largest 12 mm) |", False),
    ("no bar here (3 axes)", False),
]


@pytest.mark.parametrize(("text", "expected"), AXES_HEADERS)
def test_a_unit_header_naming_its_axes_still_heads_a_row_per_lesion_table(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("line", "expected"), HEADER_LINES)
def test_a_digit_in_brackets_does_not_make_a_header_a_data_row(line: str, expected: bool) -> None:
    assert is_header_row(line) is expected


@pytest.mark.parametrize(("text", "expected"), UNNAMED_ROWS)
def test_a_table_row_describing_an_unnamed_lesion_is_a_lesion_of_its_own(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), ORGAN_ROWS)
def test_a_row_measuring_its_organ_is_no_lesion(parser: ReportParser, text: str, expected: list[float]) -> None:
    assert [size for _, _, _, size in lesions_of(parser, text)] == expected
