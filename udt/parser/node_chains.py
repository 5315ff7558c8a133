"""A vessel named right before a lymph node names the node's chain, not a site of its own: "jugulo-carotid lymph
node", "carotid node", "internal jugular chain nodes" are nodes of the neck, filed under the nodes' organ. Without
this the vessel, the phrase's first anatomy, filed the node on the peripheral arteries or veins.

Only a vessel whose organ is a vessel organ (the peripheral arteries and veins) is such a chain word: one whose organ
holds a region's nodes ("para-aortic nodes" of the retroperitoneum) files them there (the node-region rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from udt.parser.record import MentionRecord

_GAP = 1  # words allowed between the vessel and its node: a hyphen or "chain" ("jugulo-carotid", "jugular chain")


def names_a_node_chain(
    k: int, spans: list[MentionRecord], lower: list[int], nodes: AbstractSet[str], gap_words: AbstractSet[int]
) -> bool:
    """Whether the anatomy mention ``spans[k]`` (the caller has found it a vessel) stands right before a lymph-node
    mention (IRI in ``nodes``), with at most one word of ``gap_words`` between them."""
    if k + 1 >= len(spans):
        return False
    m, nxt = spans[k], spans[k + 1]
    if nxt.iri not in nodes:
        return False
    gap = nxt.start - m.end
    return gap == 0 or (gap <= _GAP and all(lower[j] in gap_words for j in range(m.end, nxt.start)))
