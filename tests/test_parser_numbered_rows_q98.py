"""Numbered rows under a list's caption, each one lesion (udt.parser.sentences._LINE_BREAK, udt.parser.lesion_lists).

A table's row opened by its number after a leading bar ("| 2 | R lower | 5 x 4 x 4 | ..."), and a line opened by a
hash number ("#2 right, lower pole: 5 mm"), start an item of their own, as a row "2 | R lower | ..." and a line "2.
..." already did: run on into one sentence, the caption's list ("Nodules:") read one lesion with the first row's size
and lost the others. A caption right above the table names its rows' lesion even where a lesion word stands in a
line further up that reads as the table's title ("Parenchyma: ... (c/w Hashimoto thyroiditis)"): that word made every
row a thyroiditis. Passages written for this file.

Inventory (development corpora, kind "organ has fewer findings than gold (merged)"): ny031 (row 3 of a "| No. |"
table under "Nodules:"), no037 ("#1 right ..." / "#2 right ..." / "#3 left ..." under "Nodules:"), nx006 (rows 2 and
3 under "Nodules:" below a "c/w Hashimoto thyroiditis" line). Guarded: i012 ("Nodules: 2" over "#1 ..." / "#2 ...")
and mv044 ("Right lobe: 2 nodules -" over " #1 ..." / " #2 ..."), lists that the line break before "#2" first cut
from their heading. Left: np023 (a numbered table with no lesion word in its caption or header, "EU-TIRADS" only).

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

_THYROID = "Thyroid gland"

NUMBERED_ROWS: list[Row] = [
    # rows with a leading bar, under a caption
    (
        "THYROID ULTRASOUND\nNodules:\n| # | Site | Size (mm) | Echo |\n| 1 | R upper | 14 x 9 x 8 | hypoechoic |\n"
        "| 2 | R lower | 6 x 5 x 4 | isoechoic |\n| 3 | L mid | 21 x 15 x 12 | hyperechoic |\n",
        [(_THYROID, "nodule", "right", 14.0), (_THYROID, "nodule", "right", 6.0), (_THYROID, "nodule", "left", 21.0)],
    ),
    (
        "Thyroid: both lobes normal in size.\nNodules:\n| No | Lobe | Size (cm) |\n| 1 | left | 1.1 x 0.8 |\n"
        "| 2 | right | 2.4 x 1.9 |\n",
        [(_THYROID, "nodule", "left", 11.0), (_THYROID, "nodule", "right", 24.0)],
    ),
    # lines opened by a hash number
    (
        "Thyroid ultrasound.\nNodules:\n#1 left, upper pole: 9 x 7 x 6 mm, solid, isoechoic\n"
        "#2 left, lower pole: 4 mm, cystic\n#3 right, mid third: 18 x 12 x 11 mm, hypoechoic\n",
        [(_THYROID, "nodule", "left", 9.0), (_THYROID, "nodule", "left", 4.0), (_THYROID, "nodule", "right", 18.0)],
    ),
    # a heading that gives its count after the colon, or is closed by a dash after its organ's heading
    (
        "Thyroid US\nNodules: 2\n  #1 Rt lobe mid | 19 mm | solid, isoechoic | U3\n"
        "  #2 Lt lobe lower | 6 mm | cystic | U2\n",
        [(_THYROID, "nodule", "right", 19.0), (_THYROID, "nodule", "left", 6.0)],
    ),
    (
        "Thyroid ultrasound\nLeft lobe: 2 nodules -\n #1 lower pole, solid, 13 x 10 x 9 mm\n"
        " #2 upper pole, cystic, 5 mm\nRight lobe: normal.\n",
        [(_THYROID, "nodule", "left", 13.0), (_THYROID, "nodule", "left", 5.0)],
    ),
    # a caption nearer the table than a lesion word in a line above it
    (
        "Thyroid US\nParenchyma: coarse, hypoechoic (c/w chronic thyroiditis)\nNodules:\n"
        "No | Location | Size (mm) | Echo\n1 | Rt lower | 7 x 5 x 5 | hypo\n2 | Lt upper | 13 x 9 x 8 | iso\n",
        [(_THYROID, "nodule", "right", 7.0), (_THYROID, "nodule", "left", 13.0)],
    ),
    # guards: one row is the caption's one lesion; a table of organs is no list
    (
        "Thyroid US\nNodules:\n| # | Site | Size (mm) |\n| 1 | isthmus | 12 x 8 x 7 |\n",
        [(_THYROID, "nodule", None, 12.0)],
    ),
    (
        "Renal ultrasound\n| Side | Length (cm) | Cortex (mm) |\n| Right | 10.4 | 15 |\n| Left | 10.9 | 16 |\n"
        "No hydronephrosis.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERED_ROWS)
def test_each_numbered_row_under_a_caption_is_a_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
