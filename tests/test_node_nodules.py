"""A bare "nodule" restated or corrected after a lymph-node line is the thyroid's, not a node of the line before: the
site carried from "Lymph nodes: ..." does not place it where the report's organ with lobes is the thyroid
(udt.parser.node_nodules). A node word in the nodule's own sentence, or a report with no organ with lobes, keeps the
node's site. Passages written for this file.

Rows: a passage, a lesion's largest size in mm, and the (organ, side) of the lesion of that size.
"""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser
from udt.parser.node_nodules import nodule_leaves_nodes

Row = tuple[str, float, tuple[str, str | None]]

THYROID = "Thyroid gland"
NODES = "Lymph nodes"

NECK = (
    "US THYROID\n"
    "Right lobe 48 x 17 x 16 mm: solid isoechoic nodule at the lower pole.\n"
    "Left lobe 45 x 15 x 14 mm: small hypoechoic nodule, mid third.\n"
    "Isthmus 3 mm.\n"
    "Cervical lymph nodes: no suspicious nodes.\n"
)

RESTATED: list[Row] = [
    (NECK + "Comment: R lower pole nodule 24 mm, L mid nodule 7 mm.", 24.0, (THYROID, "right")),
    (NECK + "Comment: R lower pole nodule 24 mm, L mid nodule 7 mm.", 7.0, (THYROID, "left")),
    (NECK + "Conclusion: Nodule 2 (left, TR4, 12 mm): FNA advised.", 12.0, (THYROID, "left")),
    (NECK + "Addendum: the right nodule measures 19 mm on review.", 19.0, (THYROID, "right")),
]

GUARDS: list[Row] = [
    # a node its own sentence names stays a node
    (NECK + "Conclusion: Left level IV node, 11 mm, round, without hilum.", 11.0, (NODES, "left")),
    # a breast report has no organ with lobes: the carried axilla keeps its nodule
    (
        "BREAST US\nRight breast: normal.\nRight axilla: enlarged node.\nSummary: nodule 9 mm, cortex thickened.",
        9.0, ("Axilla", "right"),
    ),
]


@pytest.mark.parametrize(("text", "size", "expected"), RESTATED)
def test_a_nodule_after_a_node_line_is_the_thyroids(
    parser: ReportParser, text: str, size: float, expected: tuple[str, str | None]
) -> None:
    assert lesion_of_size(parser, text, size) == expected


@pytest.mark.parametrize(("text", "size", "expected"), GUARDS)
def test_a_node_keeps_its_own_site(
    parser: ReportParser, text: str, size: float, expected: tuple[str, str | None]
) -> None:
    assert lesion_of_size(parser, text, size) == expected


def test_only_a_bare_nodule_leaves_the_nodes() -> None:
    assert nodule_leaves_nodes("nodule", None, NODES, {NODES}, THYROID)
    assert not nodule_leaves_nodes("nodule", THYROID, NODES, {NODES}, THYROID)  # (its own words place it)
    assert not nodule_leaves_nodes("nodule", None, "Axilla", {NODES}, THYROID)
    assert not nodule_leaves_nodes("cyst", None, NODES, {NODES}, THYROID)
