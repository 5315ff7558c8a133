"""Comma-separated rows exported from a reporting system or a spreadsheet (wave q11csv; csv_rows.py).

What each test below pins:
  * A row line (three commas or more, no comma followed by a space, short cells) is cut at every comma: "R,14x9"
    and "9,hypoechoic" were single tokens, "1.1,0.8,,cm" too, so the side, the size and the finding were lost.
  * Each row starts a sentence, though it opens in lower case: run on, the second row's lesion took the first row's
    organ.
  * A row's unit in a cell of its own ("...,1.1,0.8,,cm") or in its header cell ("size (mm)") makes its bare
    measurement cells a size; the header row's "LESION" names a column, no lesion.
  * Guards: a decimal comma ("1,2 x 0,9 cm") and prose with commas are not rows; a line of bare numbers with no
    unit anywhere gives no size.

Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of

from udt.parser import ReportParser
from udt.parser.tokenizer import make_blank_nlp


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("kidney,R,cyst,1.1,0.8,,cm,", ["kidney", ",", "R", ",", "cyst", ",", "1.1", ",", "0.8", ",", ",", "cm", ","]),
        ("thyroid,L,nodule (TR3),14x9,hypoechoic",
         ["thyroid", ",", "L", ",", "nodule", "(", "TR3", ")", ",", "14", "x", "9", ",", "hypoechoic"]),
        # guards: a decimal comma, and a comma glued in prose, are no cells
        ("Liver cyst 1,2x0,9x0,8cm,simple", ["Liver", "cyst", "1,2", "x", "0,9", "x", "0,8cm", ",", "simple"]),
        ("Right kidney 10,4 cm, cortex 1,5 cm, no hydronephrosis, no stones.",
         ["Right", "kidney", "10,4", "cm", ",", "cortex", "1,5", "cm", ",", "no", "hydronephrosis", ",", "no",
          "stones", "."]),
    ],
)
def test_row_cells_are_tokens(text: str, tokens: list[str]) -> None:
    assert [t.text for t in make_blank_nlp()(text)] == tokens


def test_unit_column_sizes_each_row(parser: ReportParser) -> None:
    text = ("Export from worksheet\n"
            "SITE,SIDE,FINDING,D1,D2,D3,UNIT\n"
            "kidney,L,cyst,2.2,1.9,,cm\n"
            "spleen,,cyst,1.1,0.9,0.8,cm\n"
            "thyroid,R,nodule,14,9,,mm\n")
    assert lesions_of(parser, text) == [
        ("Kidney and ureter", "cyst", "left", 22.0),
        ("Spleen", "cyst", None, 11.0),
        ("Thyroid gland", "nodule", "right", 14.0),
    ]


def test_header_unit_sizes_each_row(parser: ReportParser) -> None:
    text = ("organ,side,finding,size (mm),comment\n"
            "liver,,cyst,12x10,simple\n"
            "kidney,R,cyst,31x28,simple\n")
    assert lesions_of(parser, text) == [("Liver", "cyst", None, 12.0), ("Kidney and ureter", "cyst", "right", 31.0)]


def test_row_without_unit_gives_no_size(parser: ReportParser) -> None:
    # guard: no unit in a cell or a header, so the numbers stay no size
    text = ("organ,side,finding,d1,d2\n"
            "kidney,L,cyst,22,19\n")
    assert lesions_of(parser, text) == [("Kidney and ureter", "cyst", "left", None)]
