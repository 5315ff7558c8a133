"""A node whose own line names a neck region keeps the neck's Lymph nodes in a breast or axilla study. Node words
alone in such a study are the axilla's (guideline: axillary nodes -> Axilla), but "Left supraclavicular fossa: 11 mm
round node" names the neck by a word the ontology holds no anatomy for, so the node stays the neck's. Passages
written for this file.
"""

from __future__ import annotations

from parser_reading import labels_of

from udt.parser import ReportParser

NECK_LINE = (
    "Breast and axillary ultrasound, follow-up after left wide local excision.\n"
    "Left breast: post-surgical scar at 3 o'clock, no mass.\n"
    "Left axilla: 15 mm round node with cortical thickening and loss of the hilum.\n"
    "Left supraclavicular fossa: 9 mm round hypoechoic node.\n"
    "Impression: suspicious left axillary nodes, biopsy advised."
)
# near miss: the same study with nodes only in the axilla
AXILLA_ONLY = (
    "Breast and axillary ultrasound, follow-up after left wide local excision.\n"
    "Left breast: post-surgical scar at 3 o'clock, no mass.\n"
    "Left axilla: 15 mm round node with cortical thickening and loss of the hilum.\n"
    "Impression: suspicious left axillary node, biopsy advised."
)


def test_node_on_a_neck_line_is_the_necks(parser: ReportParser) -> None:
    organs = labels_of(parser, NECK_LINE, "Organ_level")
    assert "Lymph nodes" in organs
    assert "Axilla" in organs


def test_axillary_nodes_stay_the_axillas(parser: ReportParser) -> None:
    organs = labels_of(parser, AXILLA_ONLY, "Organ_level")
    assert "Lymph nodes" not in organs
    assert "Axilla" in organs
