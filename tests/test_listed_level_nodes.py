"""Levels listed after the colon of the nodes they measure: "Several enlarged cervical nodes: right level II 24 x
13 mm, left level III 16 x 8 mm" are two nodes, each its own finding with its own side and long axis
(level_rows.py). The nodes' word before the colon announced them and took the first level's size alone. One level
after the colon stays the nodes' word measured, and a row called benign after its size stays listed. Each passage
is written for this file.
"""

from __future__ import annotations

import udt

N = "Lymph nodes"


def _nodes(text: str) -> list[tuple[str | None, float]]:
    return [(f.laterality, max(f.size_mm)) for f in udt.parse_report(text).findings
            if f.kind == "lesion" and f.organ == N and f.size_mm]


def test_each_listed_level_is_a_node_with_its_side_and_long_axis() -> None:
    text = ("NECK US\nSeveral enlarged cervical lymph nodes bilaterally: right level II 24 x 13 mm, right level IV "
            "17 x 8 mm, left level III 21 x 11 mm, rounded, with effaced hilum. Thyroid unremarkable.")
    assert _nodes(text) == [("right", 24.0), ("right", 17.0), ("left", 21.0)]


def test_region_named_before_the_nodes_still_lists_them() -> None:
    text = ('She says the scan read "neck: abnormal lymph nodes: left level III 16 x 10 mm, left level IV '
            '12 x 7 mm, no fatty hilum." and a biopsy is booked.')
    assert _nodes(text) == [("left", 16.0), ("left", 12.0)]


def test_one_level_after_the_colon_is_the_nodes_word_measured() -> None:
    # near miss: a single levelled size measures the heading's node, one finding
    text = "Lymph nodes: right level III 19 x 9 mm, round, no hilum. Thyroid normal."
    found = [(f.laterality, max(f.size_mm)) for f in udt.parse_report(text).findings if f.organ == N and f.size_mm]
    assert found == [("right", 19.0)]


def test_listed_level_called_normal_is_no_finding() -> None:
    # near miss: the second row is called reactive right after its size
    text = ("Enlarged cervical lymph nodes: right level II 23 x 14 mm, round, no hilum, left level II 12 x 5 mm, "
            "reactive. Thyroid normal.")
    found = _nodes(text)
    assert ("right", 23.0) in found and all(size != 12.0 for _, size in found)


def test_levels_after_a_nodule_are_not_listed_under_nodes() -> None:
    # near miss: the colon follows a thyroid nodule, not nodes; the levels' sizes give no second node list
    text = "Thyroid nodule: right lobe 14 mm, solid. Nodes normal."
    assert _nodes(text) == []
