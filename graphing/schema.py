"""The fixed node and edge types of the hetero graphs (identical for every batch of one taxonomy).

Node types: ``"sample"`` (one anchor node per sample) and one type per dimension, named by its US-365K field
(``"Diagnosis"``, ``"Organ_level"``, ...). Edge types, each present in both directions:

* ``("sample", "has", F)`` / ``(F, "of", "sample")`` for every field F — the anchor joins every tag of its sample,
  so a sample without a diagnosis (half of US-365K) still has a connected graph;
* ``(H, "described_by", F)`` / ``(F, "describes", H)`` for every other field F, where H is the diagnosis dimension
  — the released model's diagnosis <-> descriptor edges, now typed by the descriptor's dimension;
* context edges (``context_edges=True``): ``(A, "part_of", B)`` / ``(B, "has_part", A)`` for every pair of
  fields where the ontology puts released values of A under released values of B (organ -> body system); in a
  sample they join a value of A to a value of B only when the ontology has that subclass link.

Build a model once from :func:`graph_metadata`; every batch exposes exactly these types (empty stores
included), so ``data.metadata() == graph_metadata(taxonomy)``.
"""

from __future__ import annotations

from functools import lru_cache

from udt.taxonomy import Taxonomy

SAMPLE = "sample"
EdgeType = tuple[str, str, str]


def hub_field(taxonomy: Taxonomy) -> str:
    """The diagnosis dimension (the released code's hub node type)."""
    return taxonomy.dimension("diagnosis").field


@lru_cache(maxsize=8)
def _context_pairs_cached(taxonomy: Taxonomy) -> tuple[tuple[str, str], ...]:
    pairs: list[tuple[str, str]] = []
    for field in taxonomy.fields:
        for concept in taxonomy.values(field):
            for ancestor in taxonomy.ancestors(concept):
                other = ancestor.dimension
                if ancestor.is_released_value and other and other != field and (field, other) not in pairs:
                    pairs.append((field, other))
    return tuple(pairs)


def context_pairs(taxonomy: Taxonomy) -> tuple[tuple[str, str], ...]:
    """``(child_field, parent_field)`` pairs linked by the ontology hierarchy, e.g. organ -> body system."""
    return _context_pairs_cached(taxonomy)


def edge_types(taxonomy: Taxonomy, *, context_edges: bool = True) -> list[EdgeType]:
    """Every edge type, forward relation then its reverse."""
    hub = hub_field(taxonomy)
    out: list[EdgeType] = []
    for field in taxonomy.fields:
        out += [(SAMPLE, "has", field), (field, "of", SAMPLE)]
    for field in taxonomy.fields:
        if field != hub:
            out += [(hub, "described_by", field), (field, "describes", hub)]
    if context_edges:
        for child, parent in context_pairs(taxonomy):
            out += [(child, "part_of", parent), (parent, "has_part", child)]
    return out


def graph_metadata(taxonomy: Taxonomy, *, context_edges: bool = True) -> tuple[list[str], list[EdgeType]]:
    """``(node_types, edge_types)`` of every graph built from ``taxonomy`` — pass it to ``HeteroConv`` /
    ``to_hetero`` once, before any batch exists."""
    return [SAMPLE, *taxonomy.fields], edge_types(taxonomy, context_edges=context_edges)
