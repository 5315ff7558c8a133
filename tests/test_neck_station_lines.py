"""A node whose own sentence names a neck station ("L supraclavicular fossa: 11 mm rounded node") is a neck node,
though the axilla described just before on its line would carry over to it (line_node_regions.py); and foreign
words for both sides ("Level II beidseits", "beiderzijds") are a bilateral side. Each passage is written for this
file.
"""

from __future__ import annotations

import udt


def _organs(text: str) -> list[tuple[str | None, str | None]]:
    return [(f.organ, f.laterality) for f in udt.parse_report(text).findings if f.kind == "lesion"]


def test_supraclavicular_node_after_the_axilla_is_a_neck_node() -> None:
    text = ("AXILLA AND NECK US\nR axilla: no nodes of concern. R supraclavicular fossa: 13 mm rounded node, "
            "no hilum.\nConclusion: abnormal R supraclavicular node.")
    assert ("Lymph nodes", "right") in _organs(text)
    assert ("Axilla", "right") not in _organs(text)


def test_axillary_node_stays_in_the_axilla() -> None:
    # near miss: the node's own sentence names the axilla
    text = "Left axilla: no other nodes. Left axilla: 14 mm node with a thick cortex."
    assert _organs(text) == [("Axilla", "left")]


def test_infraclavicular_node_stays_in_the_axilla() -> None:
    # near miss: the infraclavicular fossa holds axillary (level III) nodes, no neck station
    text = "R axilla: unremarkable. R infraclavicular fossa: 9 mm node without hilum."
    assert ("Axilla", "right") in _organs(text)


def test_german_both_sides_word_is_bilateral() -> None:
    text = ("Lymphknoten: Level III rechts ein runder Lymphknoten, 1,4 cm, ohne Hilus. Level II beidseits kleine "
            "ovale Lymphknoten bis 0,7 cm mit erhaltenem Hilus.")
    sides = [side for organ, side in _organs(text) if organ == "Lymph nodes"]
    assert "bilateral" in sides


def test_dutch_both_sides_word_is_bilateral() -> None:
    text = "Lymfeklieren: level III beiderzijds reactive nodes, max 1,2 cm long axis, with fatty hilum."
    assert ("Lymph nodes", "bilateral") in _organs(text)


def _nodes(text: str) -> list[tuple[str | None, float | None]]:
    return [(f.laterality, max(f.size_mm) if f.size_mm else None) for f in udt.parse_report(text).findings
            if f.kind == "lesion" and f.organ == "Lymph nodes"]


def test_sided_station_in_a_node_list_is_a_node_row() -> None:
    text = ("Neck nodes\nCentral: Lt pretracheal 6 mm, round, echogenic foci -> suspicious\n"
            "Lateral: Lt III 8 mm, Lt IV 11 mm, both with cystic change")
    assert _nodes(text) == [("left", 6.0), ("left", 8.0), ("left", 11.0)]


def test_station_without_a_side_is_no_row() -> None:
    # near miss: "the paratracheal region" names a place, no node row of its own
    text = "Nodes: Lt III 8 mm, round. Small node in the paratracheal region, 4 mm, oval."
    assert ("left", 8.0) in _nodes(text)
    assert all(side != "left" or size != 4.0 for side, size in _nodes(text))
