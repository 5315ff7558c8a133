"""A semicolon ends a row of a node list as a sentence does: under a lymph-node heading, "right level II 11 mm,
oval, hilum preserved; left level IV 16 mm, round, no hilum" lists a second node, measured by its level, after the
first one's clause (level_rows.py). A row called benign after its size stays listed, not a finding, and a row that
names its own node keeps that node. Each passage is written for this file.
"""

from __future__ import annotations

import udt

N = "Lymph nodes"


def _nodes(text: str) -> list[tuple[str | None, int]]:
    return sorted((f.laterality, round(f.size_mm[0])) for f in udt.parse_report(text).findings
                  if f.kind == "lesion" and f.organ == N and f.size_mm)


def test_second_levelled_node_after_a_semicolon_is_a_node_of_its_own() -> None:
    text = ("NECK US\nThyroid: normal size, no nodules.\n"
            "Lymph nodes: right level II 10 mm, oval, hilum preserved; left level III 18 mm, round, no hilum, "
            "cystic change.\nSalivary glands: unremarkable.")
    assert ("left", 18) in _nodes(text)


def test_three_rows_in_one_sentence() -> None:
    text = ("Cervical nodes: left level IV 15 mm, rounded, absent hilum; right level V 12 mm, hypoechoic; "
            "right level Ib 13 mm, necrotic centre.")
    found = _nodes(text)
    assert ("right", 12) in found and ("right", 13) in found


def test_benign_row_after_a_semicolon_is_not_a_finding() -> None:
    # near miss: the second row is called normal right after its size
    text = "Lymph nodes: left level III 17 mm, round, no hilum; right level II 8 mm, fatty hilum, normal."
    assert all(size != 8 for _, size in _nodes(text))


def test_row_naming_its_own_node_keeps_one_node() -> None:
    # near miss: the row names its node after the size, so the level adds no second one
    text = ("Thyroid: normal. Lymph nodes: left level III 17 mm, round, no hilum; level IV 14 x 9 mm node with "
            "microcalcifications.")
    assert [s for _, s in _nodes(text)].count(14) == 1
