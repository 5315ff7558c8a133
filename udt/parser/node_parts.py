"""A part of a lymph node ("fatty hilum", "nodal hilum") named inside the description of nodes already named in its
sentence ("2 enlarged nodes with loss of the fatty hilum, largest 22 mm", "few cervical nodes, largest 1.5 cm with
loss of fatty hilum") describes those nodes: it is no node of its own, so a size near it is the nodes' size, not a
second finding (``sites._sized_nodes_as_lesions``).

The nodes must come before the part in the same sentence with no strong clause boundary (";") between, within
``_SPAN`` tokens: "Right axilla: node 12 mm. Fatty hilum preserved; second node 9 mm" keeps its own reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

# tokens from the nodes' word to their part, as sites._DESCRIPTION_SPAN: a count, descriptors, a level, a size
_SPAN = 25


def describes_earlier_nodes(items: list[Item], k: int, role: list[str | None], part_labels: frozenset[str]) -> bool:
    """``items[k]`` is a lymph node's part that describes a node or lesion named before it in its sentence.
    ``items`` is in token order; ``role`` is each token's clause role (``Words.role``)."""
    part = items[k]
    if part.concept not in part_labels:
        return False
    for j in range(k - 1, -1, -1):  # (by index: a copy of the items before it, per part, was quadratic)
        it = items[j]
        if it.sent != part.sent or part.start - it.end > _SPAN:
            return False
        if "sep_strong" in role[it.end : part.start]:
            return False
        if it.kind == "lesion" or (it.kind == "anatomy" and it.node and it.concept not in part_labels):
            return True
    return False
