"""Thyroid-nodule and node worksheets pasted as comma-, tab- or bar-separated tables (wave u1worksheets).

What each test below pins:
  * A worksheet's index column ("#", "No.", "Nodule", "N") counts its lesions: the numbers under it are never a size,
    though the header states a unit ("Size (cm)") and "1" looks like a unit-less measurement (it gave 10 mm).
  * Numbered rows under a header that names a scoring column (TI-RADS) are the nodules it grades, also pasted with
    commas or tabs, and also where a row's site is a part of the gland ("Isthmus").
  * A tab-separated row is a row of cells as a comma-separated one is: its header's unit column ("Size mm") sizes
    its rows, and its commas stay a cell's own.
  * Guard: a table whose first column is a real measurement keeps its sizes, and a row whose first cell names its
    lesion ("nodule") is no header.

Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of

from udt.parser import ReportParser

_COMMA = ("THYROID ULTRASOUND\n"
          "Both lobes normal in size.\n"
          "#,Lobe,Size (cm),Composition,Echogenicity,TI-RADS\n"
          "1,Left lower,2.1 x 1.4 x 1.3,solid,hypoechoic,TR4\n"
          "2,Right mid,0.9 x 0.6 x 0.6,cystic,anechoic,TR1\n"
          "3,Isthmus,1.5 x 1.0 x 0.9,solid,isoechoic,TR3\n"
          "Conclusion: three nodules, FNA of the left lower nodule advised.")

_TAB = ("Neck ultrasound - worksheet export\n"
        "Finding\tSide\tSite\tSize mm\tComment\n"
        "Thyroid nodule\tR\tupper pole\t14x10x9\tsolid, hypoechoic, smooth\n"
        "Lymph node\tR\tlevel II\t18x8\tround, no hilum, cystic change\n"
        "Lymph node\tL\tlevel VI\t9x7\tround, no hilum\n"
        "Impression: right upper pole nodule, TR4. Left level VI node indeterminate.")

_BAR = ("THYROID\n"
        "| No. | Lobe | Size (cm) | Composition | TI-RADS |\n"
        "| 1 | Right upper | 1.3 x 0.9 x 0.8 | solid | TR4 |\n"
        "| 2 | Left lower | 0.6 x 0.5 x 0.4 | spongiform | TR1 |\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_COMMA, [("Thyroid gland", "nodule", "left", 21.0), ("Thyroid gland", "nodule", "right", 9.0),
                  ("Thyroid gland", "nodule", None, 15.0)]),
        (_TAB, [("Thyroid gland", "nodule", "right", 14.0), ("Lymph nodes", None, "right", 18.0),
                ("Lymph nodes", None, "left", 9.0)]),
        (_BAR, [("Thyroid gland", "nodule", "right", 13.0), ("Thyroid gland", "nodule", "left", 6.0)]),
    ],
)
def test_worksheet_rows_are_lesions_with_their_sizes(parser: ReportParser, text: str, expected: list) -> None:
    lesions = lesions_of(parser, text)
    assert lesions[: len(expected)] == expected
    assert all(size not in (10.0, 20.0, 30.0) for *_, size in lesions)  # (no row number read as 1, 2, 3 cm)


def test_index_column_under_unit_header_is_no_size(parser: ReportParser) -> None:
    # (the "Nodule" column's numbers, with a unit in its own cell after the measurements: no 10 or 20 mm)
    text = ("Nodule,Site,D1,D2,D3,Unit\n"
            "1,right lobe nodule,1.2,0.9,0.8,cm\n"
            "2,left lobe nodule,0.7,0.6,,cm\n")
    assert [size for *_, size in lesions_of(parser, text)] == [12.0, 7.0]


def test_measurement_first_column_keeps_its_sizes(parser: ReportParser) -> None:
    # guard: the first column is a size, not an index; and the first data row, "nodule,...", is no header row
    text = ("Size (mm),Side,Site,Finding\n"
            "16,R,lower pole,thyroid nodule\n"
            "7,L,upper pole,thyroid nodule\n")
    assert lesions_of(parser, text) == [("Thyroid gland", "nodule", "right", 16.0),
                                        ("Thyroid gland", "nodule", "left", 7.0)]
    rows = ("thyroid,R,nodule,1.1,0.8,,cm\n"
            "thyroid,L,nodule,0.6,0.5,,cm\n")
    assert lesions_of(parser, rows) == [("Thyroid gland", "nodule", "right", 11.0),
                                        ("Thyroid gland", "nodule", "left", 6.0)]


def test_indented_comma_rows_keep_their_comma_cells() -> None:
    """Rows indented by tabs are comma-separated rows still: the test that found a line a row (csv_rows._tab_row,
    which reads the tabs between its words) also says how its cells are split, so the header's "(mm)" column sizes
    the rows."""
    from udt.parser.csv_rows import _row_lines, row_sizes

    text = "Neck nodes:\n\t\tlevel,side,SA x LA (mm),hilum\n\t\tII,R,13x22,absent\n\t\tIII,L,9x14,absent\n"
    sizes = row_sizes(text, list(_row_lines(text)))
    assert [(text[a:b], mm) for a, b, mm in sizes] == [("13x22", [13.0, 22.0]), ("9x14", [9.0, 14.0])]
