"""Sonographers' worksheets that type a paired organ's measurements in two space-aligned columns headed by the bare
letters "R" and "L" (udt.parser.aligned_tables), with rows whose label states the unit ("Largest cyst (cm)   2.6
0.8", header_units.py), a row opened by an ordinal ("2nd cyst (cm)"; sentences.py) and a title that names the
bladder after the kidneys. Each lesion of the table takes its column's side and its own cell's size, and lies in the
paired organ. Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser
from udt.parser.aligned_tables import aligned_cells

Row = tuple[str, list[Lesion]]

LETTER_COLUMNS: list[Row] = [
    (
        "Renal worksheet\n"
        "              R          L\n"
        "Length (cm)   10.8       11.2\n"
        "Cysts         nil        14 mm simple, upper pole\n",
        [("Kidney and ureter", "cyst", "left", 14.0)],
    ),
    # the header's letters after the organ's label
    (
        "Abdo worksheet\n"
        "Liver: normal.\n"
        "Kidneys:      R          L\n"
        "  Length      10.1       10.6\n"
        "  Other       NAD        9 mm echogenic angiomyolipoma interpolar\n",
        [("Kidney and ureter", "mass", "left", 9.0)],
    ),
]

UNIT_ROWS: list[Row] = [
    # each side's cell of a unit-labelled row is a size; the ordinal row is a row of its own
    (
        "Renal worksheet\n"
        "                   R        L\n"
        "Length (cm)        10.5     11.0\n"
        "Largest cyst (cm)  2.6      0.8\n"
        "2nd cyst (cm)      1.2      -\n"
        "Stones             nil      0.6 cm lower pole\n",
        [
            ("Kidney and ureter", "cyst", "right", 26.0),
            ("Kidney and ureter", "cyst", "left", 8.0),
            ("Kidney and ureter", "cyst", "right", 12.0),
            ("Kidney and ureter", None, "left", 6.0),
        ],
    ),
    # the title names the bladder last: the side columns are still the kidneys'
    (
        "KIDNEYS / BLADDER WORKSHEET\n"
        "                   R        L\n"
        "Largest cyst (cm)  2.1      1.4\n"
        "Bladder: wall 3 mm, PVR 40 ml.\n",
        [("Kidney and ureter", "cyst", "right", 21.0), ("Kidney and ureter", "cyst", "left", 14.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LETTER_COLUMNS + UNIT_ROWS)
def test_a_worksheet_with_letter_columns_gives_each_lesion_its_side_and_size(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


# -- guards ------------------------------------------------------------------------------------------------------
def test_a_table_under_an_unpaired_organ_alone_stays_in_it(parser: ReportParser) -> None:
    # no paired organ is named before the table: its lesions stay where the title puts them, without a side
    text = "BLADDER WORKSHEET\n                   R        L\nLargest cyst (cm)  2.1      1.4\n"
    assert lesions_of(parser, text) == [("Bladder", "cyst", None, 21.0), ("Bladder", "cyst", None, 14.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Abdomen: R  L  quadrants nontender.\nLiver 12 mm cyst.\n",  # the letters inside a sentence
        "R      12 mm cyst\n",  # one side letter: no pair of columns
        "Size   L\nR   4 mm\n",  # the letters on two lines
    ],
)
def test_letters_that_head_no_pair_of_columns_make_no_table(text: str) -> None:
    assert aligned_cells(text) == []


def test_an_ordinal_inside_a_wrapped_sentence_keeps_its_lesion(parser: ReportParser) -> None:
    assert lesions_of(parser, "Liver with a cyst of 14 mm in the\n2nd segment.\n") == [("Liver", "cyst", None, 14.0)]


# -- a row that counts the lesions another row measures ----------------------------------------------------------
COUNT_ROWS: list[Row] = [
    (
        "Renal worksheet\n"
        "                   R        L\n"
        "No. of cysts       3        1\n"
        "Largest cyst (cm)  4.1      0.7\n",
        [("Kidney and ureter", "cyst", "right", 41.0), ("Kidney and ureter", "cyst", "left", 7.0)],
    ),
    (
        "Renal clinic - ADPKD surveillance\n"
        "| | Right | Left |\n"
        "| Largest cyst (cm) | 5.2 | 6.6 |\n"
        "| Cyst count | >10 | >10 |\n",
        [("Kidney and ureter", "cyst", "right", 52.0), ("Kidney and ureter", "cyst", "left", 66.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_ROWS)
def test_a_counting_row_names_the_lesions_its_neighbour_row_measures(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


def test_a_counting_row_with_no_measured_row_keeps_its_lesion(parser: ReportParser) -> None:
    # nothing else in the table measures the cysts: the count row is their only statement
    text = (
        "Renal worksheet\n"
        "                   R        L\n"
        "Length (cm)        10.2     10.9\n"
        "No. of cysts       2        0\n"
    )
    assert [lz[:2] for lz in lesions_of(parser, text)] == [("Kidney and ureter", "cyst")]


# -- a worksheet's "Sono comments:" restate its findings ----------------------------------------------------------
def test_sonographer_comments_restate_the_findings_above(parser: ReportParser) -> None:
    text = (
        "SONOGRAPHER WORKSHEET - L THIGH LUMP\n"
        "Lateral thigh: 3.2 x 1.1 cm hypoechoic haematoma in the subcutaneous fat, no flow.\n"
        "R thigh: not scanned.\n"
        "Sono comments: haematoma as above.\n"
    )
    assert len(lesions_of(parser, text)) == 1
