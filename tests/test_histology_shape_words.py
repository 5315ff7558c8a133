"""A histology named by a shape word gives no lesion shape: "metastatic lobular carcinoma" on a node's core biopsy,
"atypical lobular hyperplasia", "lobular neoplasia" name a tumour's cells, not an outline.

Near miss: a lobular mass keeps its lobulated shape. Each passage is written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("Right axilla: 21 mm node with a 5 mm eccentric cortex. Core biopsy: metastatic lobular carcinoma.", []),
        ("Left breast 3 o'clock: biopsy clip in place; histology atypical lobular hyperplasia, no mass seen.", []),
        ("Known lobular neoplasia on the left, surveillance scan. No focal lesion.", []),
        # near miss: the shape word of a lesion
        ("Left breast 2 o'clock: a lobular hypoechoic mass of 14 mm, parallel, no shadowing.", ["lobulated"]),
    ],
)
def test_histology_gives_no_shape(parser: ReportParser, text: str, shape: list[str]) -> None:
    assert labels_of(parser, text, "Shape") == shape
