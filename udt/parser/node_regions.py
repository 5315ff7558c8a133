"""A region that holds nodes files a node lesion its sentence places there ("Enlarged lymph node in the mesentery,
2.1 cm"): the guideline files abdominal nodes under their region (mesenteric nodes -> Peritoneum mesentery and
omentum, retroperitoneal nodes -> Retroperitoneum and great vessels), as it files axillary nodes under the Axilla.

The settling of weak anatomy lets an organ of another body system named in the sentence outrank a region word, so
the mesentery, a region of the abdomen, gave way to the Lymph nodes that "enlarged lymph node" names (filed under the
head and neck): the region was dropped and the node kept the neck's organ. Where the only organs that outrank the
region are the lymph nodes themselves and the region is one the ontology places nodes in (a node concept of the
ontology rolls up to it), the region is where the node lies, not another system's anatomy.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet


def nodes_in_region(region: str | None, others: AbstractSet[str | None], node_regions: AbstractSet[str],
                    node_organs: AbstractSet[str]) -> bool:
    """Whether the region organ ``region`` holds the nodes that are all the organs ``others`` outranking it."""
    return region in node_regions and bool(others) and all(o in node_organs for o in others)
