"""Abdominal nodes are filed under the region that holds them, as the guideline rules (mesenteric nodes ->
Peritoneum mesentery and omentum; a retroperitoneal lymph node mass -> Retroperitoneum and great vessels), and a
node-only lesion whose own words name its region is filed there when no organ placed it (cervical nodes -> Lymph
nodes) (udt.parser.node_regions, the ontology's retroperitoneal nodes, udt.parser.placed_nodes).

"Enlarged lymph node in the mesentery, 2.3 cm": the mesentery gave way to the lymph nodes as another system's organ
and the node was filed under the neck's nodes. "Retroperitoneal nodal mass": the bare adjective names only the body
system, so the nodal mass went to Lymph nodes. "Bilateral cervical lymphadenopathy, largest 3.1 cm" with no organ
heading: no organ at all. Passages written for this file.

Inventory (development findings corpora): i045, nd034.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

_RP = "Retroperitoneum and great vessels"

NODES: list[tuple[str, list[Lesion]]] = [
    (
        "Liver normal. Enlarged lymph node in the mesentery, 2.3 cm, oval, with preserved hilum.",
        [("Peritoneum mesentery and omentum", None, None, 23.0)],
    ),
    (
        "Abdomen: retroperitoneal nodal mass encasing the aorta, 8,1 x 5,6 cm. Spleen 13 cm.",
        [(_RP, "mass", None, 81.0)],
    ),
    ("Bilateral cervical lymphadenopathy, largest 3.1 cm on the left.", [("Lymph nodes", None, "bilateral", 31.0)]),
    # near misses: a region of the same body system or another region word's own sentence; a node lesion whose words
    # name no region or two
    ("Liver normal. Enlarged lymph node in the axilla, 2.3 cm.", [("Axilla", None, None, 23.0)]),
    (
        "Liver normal. Mesentery: no free fluid. Neck: enlarged cervical lymph node 2.3 cm.",
        [("Lymph nodes", None, None, 23.0)],
    ),
    ("Lymphadenopathy, 2 cm, of uncertain origin.", [(None, None, None, 20.0)]),
    ("Cervical and axillary lymphadenopathy, up to 2 cm.", [("Axilla", None, None, 20.0)]),
]


@pytest.mark.parametrize(("text", "expected"), NODES)
def test_node_filed_under_its_region(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
