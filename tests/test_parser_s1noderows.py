"""Node tables whose column is headed "Level" (udt.parser.level_columns): each row's level cell places a cervical
node, with the row's side and size, though neither the header nor the row names a node."""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser
from udt.parser.level_columns import level_column_rows

Row = tuple[str, list[Lesion]]

LEVEL_TABLES: list[Row] = [
    (  # a bar table with no node heading above it
        "NECK ULTRASOUND\nIndication: lymphoma, restaging.\n"
        "Level | Side | Short axis (mm)\nIIA | R | 12\nIII | L | 9\nImpression: persistent cervical nodes.",
        [("Lymph nodes", None, "right", 12.0), ("Lymph nodes", None, "left", 9.0)],
    ),
    (  # a spreadsheet export, its unit in the size column's name, and a hilum column
        "US NECK - follow-up after chemotherapy\nlevel,side,SA x LA (mm),hilum\n"
        "IIB,L,7x16,absent\nIV,R,10x14,absent\nSalivary glands normal.",
        [("Lymph nodes", None, "left", 16.0), ("Lymph nodes", None, "right", 14.0)],
    ),
    (  # semicolon cells, the size with its own unit
        "Neck US.\nLevel; Side; Size; Comment\nIII; right; 15 x 9 mm; round, no hilum\nV; left; 11 x 6 mm; cystic",
        [("Lymph nodes", None, "right", 15.0), ("Lymph nodes", None, "left", 11.0)],
    ),
    (  # a row whose hilum column says the hilum is seen lists a benign node, not a finding
        "NECK US\nLevel | Side | Size (mm) | Hilum\nIB | R | 6 x 11 | present\nIII | R | 14 x 17 | absent",
        [("Lymph nodes", None, "right", 17.0)],
    ),
]

GUARDS: list[Row] = [
    (  # a thyroid nodule table: its column is the lobe, not a nodal level, so its rows stay the thyroid's nodules
        "THYROID US\nNodules:\nLobe | Size (mm) | TI-RADS\nR | 14 x 9 | 4\nL | 8 x 6 | 3",
        [("Thyroid gland", "nodule", "right", 14.0), ("Thyroid gland", "nodule", "left", 8.0)],
    ),
    (  # axillary node list: the axilla's nodes, as the guideline files them
        "LEFT AXILLA US\nLeft axillary lymph nodes:\n1. 24 x 11 mm, cortex 6 mm, hilum effaced\n2. 18 x 9 mm",
        [],
    ),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), LEVEL_TABLES)
def test_level_column_rows_are_neck_nodes(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    nodes = [lesion for lesion in lesions_of(parser, text) if lesion[0] == "Lymph nodes"]
    assert nodes == expected


def test_thyroid_nodule_table_gives_no_nodes(parser: ReportParser) -> None:
    text, expected = GUARDS[0]
    assert lesions_of(parser, text) == expected


def test_axillary_node_list_stays_axilla(parser: ReportParser) -> None:
    report = parser.parse(GUARDS[1][0])
    assert {f.organ for f in report.findings if f.size_mm} == {"Axilla"}
    assert "Lymph nodes" not in report.labels["Organ_level"]


def test_level_table_with_side_columns_places_no_row_node() -> None:
    # "Level | Right | Left": each side's cell holds its own node, which one node per row would merge
    text = "NECK US\nLevel | Right | Left\nII | 9 mm, fatty hilum | 14 x 8 mm, round, no hilum\n"
    idx = [0] + [i + 1 for i, ch in enumerate(text) if ch in " \n"]
    assert level_column_rows(text, idx, [None] * len(idx), frozenset(("normal",))) == []
