"""Node tables by level: a size column whose header states the unit without brackets ("| size, mm |"), a benign row
beside abnormal ones (a structure, no lesion), a matted row with no size (an unmeasured node lesion), a side cell
cut short with a full stop ("| li. | V |") and the rows below a node, whose sides are not its side (header_units.py,
level_rows.py, matted_rows.py, findings.FindingBuilder._regions). Each passage is written for this file.
"""

from __future__ import annotations

import udt

N = "Lymph nodes"


def _lesions(text: str) -> list[tuple[str | None, float | None]]:
    return [(f.laterality, max(f.size_mm) if f.size_mm else None) for f in udt.parse_report(text).findings
            if f.kind == "lesion" and f.organ == N]


def test_unbracketed_unit_header_sizes_the_rows() -> None:
    text = ("NECK ULTRASOUND\nThyroid: both lobes normal.\nCervical lymph nodes:\n"
            "| level | side | size, mm | description |\n"
            "| II | left | 17x10 | round, no hilum, cystic areas |\n"
            "| IV | left | 11x8 | hypoechoic, hilum absent |\n")
    assert _lesions(text) == [("left", 17.0), ("left", 11.0)]


def test_unbracketed_unit_header_in_cm() -> None:
    text = ("Nodes:\n| Level | Side | Size cm | Note |\n| III | R | 2.1 x 1.4 | necrotic |\n"
            "| V | R | 1.6 x 1.0 | round |\n")
    assert _lesions(text) == [("right", 21.0), ("right", 16.0)]


def test_cells_without_any_stated_unit_stay_unsized() -> None:
    # near miss: no header or row states a unit, so none is invented
    text = ("Nodes:\n| Level | Side | Size | Note |\n| III | R | 21 x 14 | necrotic |\n"
            "| V | L | 16 x 10 | round |\n")
    assert all(size is None for _, size in _lesions(text))


def test_prose_cell_with_a_unit_is_no_header() -> None:
    # near miss: "previous size, mm" is an earlier time's column, not today's size
    text = ("Nodes:\n| Level | Side | previous size, mm | Today |\n| III | R | 14 | 19 mm, necrotic |\n"
            "| IV | L | 9 | 12 mm, round |\n")
    assert sorted(size for _, size in _lesions(text) if size) == [12.0, 19.0]


def test_benign_last_row_adds_no_side_to_the_node_above() -> None:
    text = ("Neck nodes:\n| level | side | size, mm | comment |\n"
            "| III | right | 15x9 | rounded, no hilum |\n"
            "| II | left | 9x5 | oval, hilum preserved, normal |\n")
    assert _lesions(text) == [("right", 15.0)]


def test_benign_row_beside_abnormal_rows_is_a_structure() -> None:
    text = ("USG NECK\nCervical nodes:\n| Level | Side | Short axis | Features |\n"
            "| Ib | L | 5 mm | oval, fatty hilum present |\n"
            "| III | R | 12 mm | round, absent hilum, cystic change |\n"
            "| V | L | 8 mm | rounded, no hilum |\n")
    assert _lesions(text) == [("right", 12.0), ("left", 8.0)]


def test_benign_rows_alone_stay_lesions() -> None:
    # near miss: with no abnormal node beside them, the listed nodes are the report's node findings
    text = ("Cervical nodes:\n| Level | Side | Short axis | Features |\n"
            "| Ib | L | 5 mm | oval, fatty hilum present |\n"
            "| II | R | 7 mm | oval, hilum present |\n")
    assert len(_lesions(text)) == 2


def test_matted_row_without_size_is_an_unmeasured_node() -> None:
    text = ("Cervical nodes:\n| Level | Side | Short axis | Features |\n"
            "| III | R | 12 mm | round, absent hilum |\n"
            "| IV | L | - | matted cluster of nodes, not measured individually |\n"
            "| V | L | 8 mm | rounded, no hilum |\n")
    assert _lesions(text) == [("right", 12.0), ("left", None), ("left", 8.0)]


def test_unmeasured_row_that_is_not_matted_adds_nothing() -> None:
    # near miss: a row with no size and no matted nodes lists no finding
    text = ("Cervical nodes:\n| Level | Side | Short axis | Features |\n"
            "| III | R | 12 mm | round, absent hilum |\n"
            "| IV | L | - | not assessed |\n")
    assert _lesions(text) == [("right", 12.0)]


def test_side_cell_with_a_full_stop_is_the_rows_side() -> None:
    text = ("Lymphknoten (LK):\n| side | level | size | comment |\n"
            "| re. | II | 21 x 12 mm | round, no hilum |\n"
            "| li. | V | 15 mm (previously 19 mm) | hypoechoic, no hilum |\n")
    assert ("left", 15.0) in _lesions(text)


def test_reactive_nodes_under_a_shared_heading_are_structures() -> None:
    # the heading "Lymph nodes:" carried to both nodes describes neither: each is read by its own words
    text = ("Lymph nodes: r. level II reactive nodes up to 11 mm with hilus. L. level IV lymph node 8 x 6 mm, "
            "round, without hilus, with microcalcifications.")
    assert _lesions(text) == [("left", 8.0)]
