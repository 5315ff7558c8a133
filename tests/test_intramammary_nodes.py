"""An intramammary lymph node is the breast's, not the Lymph nodes organ (ontology: a related synonym of the breast).

Guard: an axillary node beside it keeps the axilla, and a neck node stays the Lymph nodes'. Each passage was written
for this file.
"""

from __future__ import annotations

from udt.parser import ReportParser


def test_intramammary_node_is_the_breast(parser: ReportParser) -> None:
    labels = parser.parse(
        "BREAST US\nSide: Right\nFinding 1: 6 mm oval circumscribed lesion with a fatty hilum = intramammary lymph "
        "node. BI-RADS 2").labels
    assert "Breast" in labels["Organ_level"]
    assert "Lymph nodes" not in labels["Organ_level"]
    assert "Head and Neck" not in labels["Body_system_level"]


def test_axillary_node_beside_it_keeps_the_axilla(parser: ReportParser) -> None:
    labels = parser.parse(
        "Left breast: intramammary node 5 mm, benign. Left axilla: 16 mm node with cortical thickening.").labels
    assert {"Breast", "Axilla"} <= set(labels["Organ_level"])


def test_neck_node_stays_lymph_nodes(parser: ReportParser) -> None:
    labels = parser.parse("Right neck level II: 14 mm round lymph node with loss of the fatty hilum.").labels
    assert "Lymph nodes" in labels["Organ_level"]
