"""A table column named by a dimension grades it in each row (udt.parser.column_amounts): under "colour Doppler",
"CDI" or "Vascularity" a bare "increased", "reduced" or "normal" cell is that grade of vascularity. A first line with
numbers is a row, not a header. Passages written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ROWS = [
    (
        "Bowel US\nSegment | wall (mm) | colour Doppler\nDescending | 4.9 | increased\nSigmoid | 3.1 | normal\n",
        ["increased vascularity", "normal/regular vascularity"],
    ),
    ("Nodes\nLevel | short axis | CDI\nRight II | 6 mm | reduced\n", ["reduced/diminished vascularity"]),
    (
        "Tendons\nTendon | thickness | Vascularity | comment\nTibialis posterior | 6 mm | increased | tenosynovitis\n",
        ["increased vascularity"],
    ),
    # a first line of values is no header: its "colour Doppler" names no column
    (
        "Left kidney 11.2 cm | cyst 21 mm, no flow on colour Doppler\nRight kidney 10.9 cm | normal\n",
        ["no vascularity"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_column_named_by_a_dimension_grades_each_row(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Vascularity") == sorted(expected)
