"""Node lists and node tables that lost findings: a level row with no unit under a sibling row that states it
("R II 12 x 8 mm" then "L III 9 x 5": sibling_units.py), and a table with a column per side ("Level | Right |
Left", level_columns.side_column_cells), each of whose measuring cells is a node of its column's side. Development
reports: mu038, nd026, mz008 (side-column tables). Passages written for these tests."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser
from udt.parser.sibling_units import sibling_unit_sizes

LN = "Lymph nodes"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def _nodes(parser: ReportParser, text: str) -> list[tuple[str | None, float | None]]:
    return sorted(
        ((f.laterality, max(f.size_mm) if f.size_mm else None) for f in parser.parse(text).findings
         if f.kind == "lesion" and f.organ == LN),
        key=str,
    )


SIBLING_ROWS = [
    # (passage, the nodes expected among the findings: side, largest size in mm)
    (
        "Neck ultrasound, staging.\nThyroid: homogeneous, no nodules.\nCervical nodes:\n"
        "Rt II 16 x 11 mm, round, hilum absent\nLt IV 12 x 7, necrotic centre",
        [("left", 12.0), ("right", 16.0)],
    ),
    (
        "Neck US.\nThyroid: 7 mm cyst in the left lobe.\nNodes:\nLevel III: 1.8 x 1.1 cm, cystic\n"
        "Level IV: 1.3 x 0.9, round, no hilum",
        [(None, 13.0), (None, 18.0)],
    ),
]


@pytest.mark.parametrize(("text", "nodes"), SIBLING_ROWS)
def test_unit_of_a_sibling_row(parser: ReportParser, text: str, nodes: list) -> None:
    got = _nodes(parser, text)
    for node in nodes:
        assert node in got


SIDE_COLUMNS = [
    (
        "Post-thyroidectomy neck US.\nThyroid bed: clear.\nLateral neck:\nLevel | Right | Left\n"
        "II | 8 mm, fatty hilum, reactive | 7 mm, normal\nIII | nil | 15 x 8 mm, round, microcalcifications\n"
        "IV | 10 x 6 mm, cystic, no hilum | nil",
        [("left", 15.0), ("right", 10.0)],
    ),
    (
        "Neck ultrasound\nRt lobe: 4.1 cm, no nodule.\nLymph nodes:\n| level | rt | lt |\n"
        "| II | 0.7 cm, hilum (+) | 1.6 x 1.1 cm, necrotic |\n| V | 1.2 cm, round, hilum (-) | none |",
        [("left", 16.0), ("right", 12.0)],
    ),
]


@pytest.mark.parametrize(("text", "nodes"), SIDE_COLUMNS)
def test_side_column_cells(parser: ReportParser, text: str, nodes: list) -> None:
    got = _nodes(parser, text)
    for node in nodes:
        assert node in got
    # (no measured node takes another column's side; left: a benign row's "fatty hilum" cell may still be read as
    # a node by the hilum rule, with its row's next size, as before)
    assert all((side, size) in nodes or size not in {s for _, s in nodes} for side, size in got)


def test_no_unit_invented() -> None:
    """A list in which no row states a unit stays unsized; so does a count ("2 nodes")."""
    assert sibling_unit_sizes("Nodes:\nR II 12 x 8, round\nL III 9 x 5, round, no hilum") == []
    assert sibling_unit_sizes("- R level V: 7 mm round node\n- L level III: 2 nodes, 8 and 11 mm, reactive") == []
    assert sibling_unit_sizes("R level III - 13 mm node, cystic.\nR level IV - 6 mm, normal.") == []


def test_unitless_list_gives_no_sized_node(parser: ReportParser) -> None:
    text = "Neck US.\nThyroid: normal.\nNodes:\nR II 12 x 8, round, no hilum\nL III 9 x 5, round, no hilum"
    assert all(size is None for _, size in _nodes(parser, text))
