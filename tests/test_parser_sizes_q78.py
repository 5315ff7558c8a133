"""Inventory of round 28's "size X for Y" rows (a lesion given a wrong number) on the development files, by class,
with sentences written for this file in several wordings (not corpus text), and guard rows whose answer was right.

Rows found (id, fragment, expected, got, class):

- a node's cortex thickness given as a range or in brackets read as the node's size (and, after a plural "two
  nodes", split into a second node of its own): ms014 "two lymph nodes with thickened cortex up to 5 mm, greater
  17x9 mm" 17 got 5; mt004 "one lymph node with thickened cortex (4 mm), 19 mm in long axis" 19 got 4; mv018 "two
  abnormal nodes, cortex up to 6 mm, largest node 17 mm" 17 got 6 (part_ranges.py).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

K, TH, BR, AX, LN, LI = "Kidney and ureter", "Thyroid gland", "Breast", "Axilla", "Lymph nodes", "Liver"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


# A part's thickness given as a range ("up to") or in brackets is the part's, not the node's.
CORTEX_RANGES = [
    (
        "Right axilla: two nodes with a thickened cortex up to 4 mm, the larger 21 x 11 mm.",
        [(AX, None, "right", 21.0)],
    ),
    (
        "Left axilla: a single node with eccentric cortical thickening (5 mm), 16 mm long.",
        [(AX, None, "left", 16.0)],
    ),
    (
        "Left axilla: three abnormal nodes, cortex of up to 7 mm, largest 23 mm.",
        [(AX, None, "left", 23.0)],
    ),
    (
        "Right axilla: one lymph node with cortex up to 3.5 mm, measuring 14 x 8 mm.",
        [(AX, None, "right", 14.0)],
    ),
    (
        "Right axilla: two nodes with cortex up to 4 mm, measuring 15 and 12 mm.",
        [(AX, None, "right", 15.0), (AX, None, "right", 12.0)],
    ),
    ("Left axilla: two nodes with thickened cortex up to 5 mm, greater 19 x 10 mm.", [(AX, None, "left", 19.0)]),
    ("Left axilla: two suspicious nodes, cortex up to 6 mm, biggest node 22 mm.", [(AX, None, "left", 22.0)]),
    ("Left neck level II: node with cortex (3 mm), 12 x 7 mm.", [(LN, None, "left", 12.0)]),
]

# Guards: a cortex stated without a range, and a node sized in brackets with no part before it.
CORTEX_GUARDS = [
    ("Left axilla: a node with a 6 mm cortex, 18 mm long.", [(AX, None, "left", 18.0)]),
    ("Right axilla: a round node (15 mm) without fatty hilum.", [(AX, None, "right", 15.0)]),
    ("Left kidney: a cyst up to 12 mm in the upper pole.", [(K, "cyst", "left", 12.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CORTEX_RANGES + CORTEX_GUARDS)
def test_part_sizes_in_ranges(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
