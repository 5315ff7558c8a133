"""Lesions lost in counted lists, rows and tables: each member of a counted group given its own size is a lesion of
its own (the corpus guideline), however the count is written. Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

# A count before a plural node word across up to four descriptors (announced_groups._COUNT_BEFORE), or a
# multiplication sign after a node word or a lesion word followed by a comma (multiplied_counts.py).
COUNTED_MEMBERS: list[Row] = [
    (
        "Left neck: below the gland lie two further enlarged level IV nodes measuring 1.6 and 0.9 cm, without hila.",
        [("Lymph nodes", None, "left", 16.0), ("Lymph nodes", None, "left", 9.0)],
    ),
    (
        "Right axilla: three new rounded hypoechoic cortical nodes of 12, 10 and 8 mm.",
        [("Axilla", None, "right", 12.0), ("Axilla", None, "right", 10.0), ("Axilla", None, "right", 8.0)],
    ),
    (
        "Right level III node x2: 13 mm & 9 mm, both round.",
        [("Lymph nodes", None, "right", 13.0), ("Lymph nodes", None, "right", 9.0)],
    ),
    (
        "Liver: simple cyst x2, 18 mm and 6 mm.",
        [("Liver", "cyst", None, 18.0), ("Liver", "cyst", None, 6.0)],
    ),
]

GUARDS: list[Row] = [
    # a decimal comma after the sign is a dimension, not a count
    ("Liver: simple cyst 3 x2,5 cm.", [("Liver", "cyst", None, 30.0)]),
    # a singular node with one size stays one
    ("Right neck: a rounded level III node measuring 1.4 cm, and two normal level II nodes.",
     [("Lymph nodes", None, "right", 14.0)]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_MEMBERS)
def test_each_counted_member_with_its_size_is_a_lesion(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_no_count_where_none_is_written(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A table row written with its outer borders ("| A | Right | ...") is an item of its own, as an unbordered one is
# (sentences._WORD_CELL): run on, the rows under a lesion column read as one lesion with the first row's size.
TABLE_ROWS: list[Row] = [
    (
        "Renal ultrasound.\n| Cyst | Kidney | Site | Size |\n|---|---|---|---|\n| A | Right | lower pole | 2.4 cm |\n"
        "| B | Left | mid pole | 1.5 cm |\n| C | Left | upper pole | 0.8 cm |\nNo hydronephrosis.",
        [("Kidney and ureter", "cyst", "right", 24.0), ("Kidney and ureter", "cyst", "left", 15.0),
         ("Kidney and ureter", "cyst", "left", 8.0)],
    ),
    (
        "| Side | Site | Stone size |\n| Right | upper calyx | 6 mm |\n| Left | renal pelvis | 11 mm |",
        [("Kidney and ureter", None, "right", 6.0), ("Kidney and ureter", None, "left", 11.0)],
    ),
    # a column named "Lesion" over rows that each name theirs (and its organ) is no lesion of its own
    (
        "Follow-up.\n| Lesion | Size | Comment |\n| Liver cyst, segment VI | 12 mm | simple |\n"
        "| Right renal cyst | 25 mm | Bosniak I |",
        [("Liver", "cyst", None, 12.0), ("Kidney and ureter", "cyst", "right", 25.0)],
    ),
    # a side table's row label whose lesion one side's cell measures without naming it lies on that side
    (
        "Kidneys:\n| | Right | Left |\n| Length | 10.8 cm | 11.0 cm |\n"
        "| Calculi | 7 mm lower pole calculus | 5 mm upper pole |",
        [("Kidney and ureter", None, "left", None), ("Kidney and ureter", None, "right", 7.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE_ROWS)
def test_each_bordered_table_row_is_a_lesion_of_its_own(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


# A caption that a colon ends on the line above a bordered header ("Thyroid nodules:" over "| Nodule | Site |")
# names the same column as the header's lesion word: neither is a lesion of its own (lesion_lists._caption_above).
CAPTIONED_TABLES: list[Row] = [
    (
        "Thyroid nodules:\n| Nodule | Site | Size |\n| 1 | right lobe | 7 mm |\n| 2 | left lobe | 12 mm |",
        [("Thyroid gland", "nodule", "right", 7.0), ("Thyroid gland", "nodule", "left", 12.0)],
    ),
    (
        "Renal cysts:\n| Cyst | Side | Size |\n| A | Right | 18 mm |\n| B | Left | 9 mm |",
        [("Kidney and ureter", "cyst", "right", 18.0), ("Kidney and ureter", "cyst", "left", 9.0)],
    ),
    # a bordered header row under a prose line with its own lesion: that lesion stays (the vagina is unpaired)
    (
        "VAGINA: right anterolateral wall cyst 14 x 11 mm, anechoic.\n| | Right ovary | Left ovary |\n"
        "| Size (mm) | 30 x 21 | 28 x 20 |",
        [("Vagina", "cyst", None, 14.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPTIONED_TABLES)
def test_a_caption_and_its_header_name_one_column(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
