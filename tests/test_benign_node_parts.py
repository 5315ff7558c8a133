"""A node's part (its fatty hilum) named in a row that calls the node normal is a benign node's part: no node
finding of its own, nor a site the next rows inherit (sites._sized_nodes_as_lesions). Read as a measured node, the
hilum of "R II: 7 mm short axis, fatty hilum present - normal" was a finding beside the abnormal node, which it
displaced. Each passage is written for this file.
"""

from __future__ import annotations

import udt

N = "Lymph nodes"


def _nodes(text: str) -> list[tuple[str | None, float]]:
    return [(f.laterality, max(f.size_mm)) for f in udt.parse_report(text).findings
            if f.kind == "lesion" and f.organ == N and f.size_mm]


def test_normal_row_with_its_hilum_is_no_finding() -> None:
    text = ("NECK US\nThyroid: normal.\nLYMPH NODES\nR II: 7 mm short axis, fatty hilum present - normal\n"
            "L IV: 9 mm short axis, no hilum, round - abnormal\nIMPRESSION: L IV node 9 mm => FNA.")
    assert _nodes(text) == [("left", 9.0)]


def test_hilum_of_a_node_measured_alone_still_gives_its_finding() -> None:
    # near miss: no word calls the node normal, so the measured node stays the report's node finding
    text = "Right axilla: 14 mm node with a thinned fatty hilum and a 5 mm cortex."
    assert udt.parse_report(text).findings and any(f.kind == "lesion" for f in udt.parse_report(text).findings)


def test_side_table_row_called_normal_leaves_the_next_rows_sides() -> None:
    # near miss: the normal cells' hilum carries no side to the abnormal node of the row below
    text = ("Lateral neck:\nLevel | Right | Left\nII | 8 mm, fatty hilum, normal | 10 mm, fatty hilum, normal\n"
            "III | 15 x 8 mm, cystic change, no hilum | nil\nImpression: right level III node suspicious.")
    assert _nodes(text) == [("right", 15.0)]
