"""Abnormal lymph nodes of a node survey read as a finding with their size and side (round q, q4nodes):

- a table whose level column comes before its side column ("| IV | L | 12 x 8 |", "III | R | 10 mm |"):
  level_rows.bare_levels;
- a list whose heading names its columns with the unit after "size" ("Nodes (level, side, size mm, notes):"):
  header_units._UNIT_HEADER;
- a levelled node followed by another sentence calling other nodes normal ("R level IV 8 mm, similar. Left neck
  nodes normal"): level_rows.add_level_rows reads the normal words in the node's own sentence and line;
- an axillary node beside another side's verdict ("left axillary node 13 mm, right axilla normal"):
  normal_nodes._clause ends at a comma then a side word.
"""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser

LN, AX = "Lymph nodes", "Axilla"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


# (passage, size_mm of the lesion, organ, side)
NODE_ROWS = [
    (
        "NECK US\nThyroid normal.\nCervical nodes:\n| Level | Side | Size (mm) | Comment |\n"
        "| II | R | 18 x 10 | round, hilum lost |\n| IV | L | 12 x 8 | necrotic centre |",
        12,
        LN,
        "left",
    ),
    (
        "US NECK\nThyroid: 7 mm nodule, left lobe, TR3.\nNodes:\nLevel | Side | Short axis | Note\n"
        "III | R | 10 mm | round, no hilum\nV | L | 4 mm | fatty hilum, normal",
        10,
        LN,
        "right",
    ),
    (
        "Neck staging.\nNodes (level, side, size mm, notes):\nL III, 21 x 13, necrotic, hilum lost\n"
        "R II, 7 x 3, fatty hilum - reactive",
        21,
        LN,
        "left",
    ),
    (
        "Thyroid: normal. Neck: L level II node 1.3 cm, rounded, no hilum - suspicious. L level III 8 mm, "
        "similar. Right neck nodes normal.",
        8,
        LN,
        "left",
    ),
    (
        "Staging.\nNeck: right level III node 12 mm, no hilum.\nAxillae: left axillary node 13 mm short axis, "
        "right axilla normal.",
        13,
        AX,
        "left",
    ),
]


@pytest.mark.parametrize(("text", "size", "organ", "side"), NODE_ROWS)
def test_abnormal_nodes_of_a_survey(
    parser: ReportParser, text: str, size: float, organ: str, side: str | None
) -> None:
    assert lesion_of_size(parser, text, size) == (organ, side)


# What the rules must not do: a table row called normal stays no finding, and so does a benign node whose own
# clause calls it normal although another side follows it.
NO_NODE = [
    "Thyroid: 9 mm nodule, right lobe.\nNodes:\nLevel | Side | Size\nIV | R | 6 mm | normal hilum",
    "Neck: left level III node 11 mm, rounded, no hilum.\nRight level II node 6 mm, fatty hilum, normal, "
    "left level V clear.",
]


@pytest.mark.parametrize("text", NO_NODE)
def test_benign_nodes_stay_no_finding(parser: ReportParser, text: str) -> None:
    findings = parser.parse(text).findings
    assert not [f for f in findings if f.kind == "lesion" and f.organ == LN and f.size_mm and max(f.size_mm) == 6]
