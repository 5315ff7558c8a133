"""Node-level lines of a neck survey (udt.parser.node_levels, level_rows, size_lists): a bare level after a node
heading ("Nodes: Rt III: 10 mm") is the node measured, a level counted by a multiplication sign ("level II x2 ->
15 and 8 mm") holds that many nodes, one size each, and an arrow before a list of unitless numbers opens the list as
a colon does. Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

LEVEL_LINES: list[Row] = [
    (
        "Neck nodes: Rt III: 10 mm short axis, no fatty hilum. Rt IV: 7 mm, round.",
        [("Lymph nodes", None, "right", 10.0), ("Lymph nodes", None, "right", 7.0)],
    ),
    (
        "Cervical nodes:\nR level III x2 -> 12 and 8 mm (short axis), rounded.\nL IV: 9 mm, cystic change.",
        [("Lymph nodes", None, "right", 12.0), ("Lymph nodes", None, "right", 8.0),
         ("Lymph nodes", None, "left", 9.0)],
    ),
    (
        "Lymph nodes: Left level II x2 -> 15 and 8 mm short axis, round, hilum absent.",
        [("Lymph nodes", None, "left", 15.0), ("Lymph nodes", None, "left", 8.0)],
    ),
]

GUARDS: list[Row] = [
    # a node heading measured with no level stays the nodes' structure; a bare level called normal is no finding
    ("Lymph nodes: 8 mm, normal.", []),
    ("Neck nodes: Lt III: 6 mm, fatty hilum, normal.", []),
]


@pytest.mark.parametrize(("text", "expected"), LEVEL_LINES)
def test_level_lines_measure_their_own_nodes(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_no_node_where_the_line_measures_none(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
