"""Inventory (quality97): a node measured by its nodal level alone, with no word "node" on its row, read as the
organ's measurement (the "Nodes:" heading's structure, the thyroid described before) or as nothing. Development
rows (ids of reports_multiorgan_findings_*), by cause:

- a row or line opening with "level" and its number, then the size ("R level III: 8 mm short axis", "Level II
  l. dex. 24 x 11 mm", "level II;L;11 mm;24 mm"): np040, nr025, ne049 x2 (level_rows.py).
- a side word and a bare Roman level number in a node list ("Lateral: Rt III 7 mm, Rt IV 9 mm"): nx039 x2
  (level_rows.bare_levels).
- a delimited header row's last cell named like a section ("region;side;short axis;comment") opened an impression,
  so the rows under it were read as a summary (sentences.Sections): ne049.

Left: nd033 (a dated table read as one sentence: the level row's node takes the axilla row before it), nx039's
"Rt paratracheal 5 mm" (a node named by its region, filed as the nodes' structure), ne049's long axis in the next
";" cell (a size kind).
"""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser

LN, TH = "Lymph nodes", "Thyroid gland"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


# (passage, size_mm of the lesion, organ, side)
LEVEL_ROWS = [
    (
        "NECK US\nThyroid: right lobe 4.6 cm, a 5 mm cyst.\nCervical nodes:\nL level VI: nil.\n"
        "L level II: 14 mm long axis, rounded, no fatty hilum.",
        14,
        LN,
        "left",
    ),
    (
        "Thyroid: 9 mm nodule in the left lobe, TR3.\nNodes: level IV right 12 x 7 mm, hypoechoic, necrotic centre.",
        12,
        LN,
        "right",
    ),
    (
        "Thyroid: l. sin. cyst 6 mm.\nLymph nodes: submandibular l. dex. 9 mm, fatty hilum - reactive. "
        "Level III l. sin. 17 x 9 mm, round, cystic.",
        17,
        LN,
        "left",
    ),
    (
        "Follow-up table\nstation;side;size;note\nlevel III;R;13 mm;round, no hilum\nlevel V;R;6 mm;normal",
        13,
        LN,
        "right",
    ),
    (
        "Post-thyroidectomy neck.\nNeck nodes\nCentral: none.\nLateral: Lt III 11 mm, Lt IV 8 mm -> both suspicious.",
        11,
        LN,
        "left",
    ),
    (
        "Post-thyroidectomy neck.\nNeck nodes\nCentral: none.\nLateral: Lt III 11 mm, Lt IV 8 mm -> both suspicious.",
        8,
        LN,
        "left",
    ),
    # guards: a level row called normal lists a node, no finding; a level that is no row's own ("at the level of");
    # a side and a number with no node named before (a rib, a toe); a thyroid nodule keeps its organ
    ("Thyroid: right lobe 9 mm nodule, TR4.\nNodes: level II left 7 mm, fatty hilum, normal.", 9, TH, "right"),
    ("Thyroid: right lobe 45 mm. A 6 mm nodule at the level of the isthmus.", 6, TH, None),
    ("Thyroid: 12 mm nodule in the R lobe.\nLevel VI: no nodes.", 12, TH, "right"),
]


@pytest.mark.parametrize(("text", "size", "organ", "side"), LEVEL_ROWS)
def test_nodes_measured_by_their_level(
    parser: ReportParser, text: str, size: float, organ: str, side: str | None
) -> None:
    assert lesion_of_size(parser, text, size) == (organ, side)


# A node listed normal by its level, and a side with a Roman number where no node is named before: no node lesion.
NO_NODE = [
    "Thyroid: normal.\nNodes: level II left 7 mm, fatty hilum, normal.",
    "Nodes:\nR level III: 6 mm, hilum preserved - benign.",
    "Left foot: fracture of the L V metatarsal base, 4 mm step.",
    # the axilla numbers levels of its own: a row under it, or a member of a group named before, is no neck node
    "Right axilla:\nlevel II: 16 mm, cortex 5 mm, hilum effaced.",
    "Left axilla: two enlarged nodes. The first is at level I, 15 mm. The second is at level II, 11 mm.",
]


@pytest.mark.parametrize("text", NO_NODE)
def test_no_node_from_a_benign_level_row(parser: ReportParser, text: str) -> None:
    findings = parser.parse(text).findings
    assert not [f for f in findings if f.kind == "lesion" and f.organ == LN]


# A delimited header row whose last cell is a section's name ("comment", "summary") opens no impression: the rows
# under it are findings, each filed on its organ.
HEADER_CELLS = [
    ("region;side;size;comment\nlevel IV;L;15 mm;abnormal, round", 15, LN, "left"),
    ("station;side;long axis;comments\nlevel II;R;19 mm;necrotic\nlevel III;R;7 mm;normal", 19, LN, "right"),
    # guards: rows under such a header kept their organs before
    ("site;lesion;size;summary\nleft kidney;cyst;23 mm;simple", 23, "Kidney and ureter", "left"),
    ("organ;finding;comment\nleft ovary;simple cyst 31 mm;follow up", 31, "Adnexa", "left"),
]


@pytest.mark.parametrize(("text", "size", "organ", "side"), HEADER_CELLS)
def test_header_cells_open_no_section(
    parser: ReportParser, text: str, size: float, organ: str, side: str | None
) -> None:
    assert lesion_of_size(parser, text, size) == (organ, side)
