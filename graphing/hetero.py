"""Typed heterogeneous graphs of label records (PyTorch Geometric ``HeteroData``).

One graph per sample: an anchor node of type ``"sample"``, one node per tag typed by its dimension, and the edge
types of :mod:`graphing.schema`. ``data[nt].x`` holds :class:`~graphing.vocabulary.ConceptVocabulary` indices
(LongTensor, shape ``(N,)``), the anchor's is :data:`~graphing.vocabulary.ANCHOR_INDEX`.

*No diagnosis* (half of US-365K): the anchor still joins every other tag (``sample -has-> F``) and the organ still
joins its body system, so the graph is connected and non-empty; only the diagnosis <-> descriptor edges are
absent. An empty record gives a graph with the anchor node alone: every sample pools to a defined vector.

A batch is built in one pass with index arithmetic (numpy), never by collating per-sample objects: nodes of each
type are ordered by sample (record order within a sample), and edges of each type are grouped by sample,
row-major over (source node, destination node) within a sample, the reverse relation listing the forward edges
flipped. This is exactly what ``Batch.from_data_list`` gives over :func:`build_hetero_graph` graphs (the
benchmark checks it), with ``batch`` and ``ptr`` per node type and ``data.num_graphs``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from graphing.labels import Codebook, UnknownMode
from graphing.schema import SAMPLE, context_pairs, graph_metadata, hub_field
from graphing.vocabulary import ANCHOR_INDEX, ConceptVocabulary
from udt.taxonomy import Taxonomy

if TYPE_CHECKING:
    from torch_geometric.data import HeteroData


@lru_cache(maxsize=8)
def default_vocabulary(taxonomy: Taxonomy) -> ConceptVocabulary:
    """The vocabulary used when none is passed (released values only), one per taxonomy."""
    return ConceptVocabulary(taxonomy)


@dataclass
class _Plan:
    """Everything a batch needs that depends only on (taxonomy, vocabulary, context_edges)."""

    taxonomy: Taxonomy
    vocab: ConceptVocabulary
    codebook: Codebook
    node_types: list[str]
    edge_types: list[tuple[str, str, str]]
    hub: int
    context: list[tuple[int, int, np.ndarray]]  # (child field pos, parent field pos, allowed[V, V])


def _plan(taxonomy: Taxonomy, vocab: ConceptVocabulary | None, context_edges: bool) -> _Plan:
    vocab = vocab if vocab is not None else default_vocabulary(taxonomy)
    cache: dict[Any, _Plan] = vocab.__dict__.setdefault("_graph_plans", {})
    key = (id(taxonomy), taxonomy.digest, context_edges)
    plan = cache.get(key)
    if plan is not None and plan.taxonomy is taxonomy:
        return plan
    fields = taxonomy.fields
    codebook = Codebook(taxonomy, lambda c: vocab.code_for(c.dimension or "", c))
    node_types, edge_types = graph_metadata(taxonomy, context_edges=context_edges)
    context: list[tuple[int, int, np.ndarray]] = []
    if context_edges:
        v = len(vocab)
        for child, parent in context_pairs(taxonomy):
            allowed = np.zeros((v, v), dtype=bool)
            for i, entry in enumerate(vocab.entries):
                if entry.field != child or entry.iri is None:
                    continue
                for ancestor in taxonomy.ancestors(entry.iri):
                    j = vocab.code_for(parent, ancestor)
                    if j is not None:
                        allowed[i, j] = True
            context.append((fields.index(child), fields.index(parent), allowed))
    plan = _Plan(taxonomy, vocab, codebook, node_types, edge_types, fields.index(hub_field(taxonomy)), context)
    cache[key] = plan
    return plan


def _pairs(
    count_a: np.ndarray, off_a: np.ndarray, count_b: np.ndarray, off_b: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """All (a, b) node pairs within each sample, grouped by sample, row-major: pure index arithmetic."""
    n = count_a * count_b
    total = int(n.sum())
    if total == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    sample = np.repeat(np.arange(len(n)), n)
    k = np.arange(total) - (np.cumsum(n) - n)[sample]
    width = count_b[sample]
    return off_a[sample] + k // width, off_b[sample] + k % width


def _assemble(plan: _Plan, nodes: dict[str, dict[str, np.ndarray]], edges: dict[tuple, np.ndarray]) -> HeteroData:
    import torch
    from torch_geometric.data import HeteroData

    data = HeteroData()
    for nt in plan.node_types:
        store = data[nt]
        for name, arr in nodes[nt].items():
            store[name] = torch.from_numpy(arr)
    for et in plan.edge_types:
        data[et].edge_index = torch.from_numpy(edges[et])
    return data


def build_hetero_batch(
    records: Sequence[Mapping[str, Any]],
    taxonomy: Taxonomy,
    *,
    vocab: ConceptVocabulary | None = None,
    context_edges: bool = True,
    on_unknown: UnknownMode = "error",
) -> HeteroData:
    """One ``HeteroData`` holding the graphs of ``records`` (label records), built with index arithmetic.

    Every node type of :func:`graphing.graph_metadata` has ``x`` (vocabulary indices), ``batch`` (sample of
    each node) and ``ptr``; every edge type has ``edge_index``; ``data.num_graphs == len(records)``. Unknown
    values raise :class:`~udt.errors.DataError` (``on_unknown="error"``) or are skipped with one counted
    :class:`~graphing.labels.UnknownLabelWarning` (``"warn"``).

    >>> data = build_hetero_batch([{"Diagnosis": ["nodule"], "Organ_level": ["Thyroid gland"]}], tax)  # doctest: +SKIP
    >>> data["Diagnosis"].x, data["sample"].batch, data.num_graphs                                    # doctest: +SKIP
    """
    plan = _plan(taxonomy, vocab, context_edges)
    size = len(records)
    encoded = plan.codebook.encode(records, on_unknown=on_unknown)
    sample_ids = np.arange(size, dtype=np.int64)
    nodes: dict[str, dict[str, np.ndarray]] = {
        SAMPLE: {
            "x": np.full(size, ANCHOR_INDEX, dtype=np.int64),
            "batch": sample_ids,
            "ptr": np.arange(size + 1, dtype=np.int64),
        }
    }
    edges: dict[tuple, np.ndarray] = {}
    counts: list[np.ndarray] = []
    offsets: list[np.ndarray] = []
    for field, (samples, codes) in zip(plan.taxonomy.fields, encoded, strict=False):
        count = np.bincount(samples, minlength=size).astype(np.int64)
        ends = np.cumsum(count)
        counts.append(count)
        offsets.append(ends - count)
        nodes[field] = {"x": codes, "batch": samples, "ptr": np.concatenate(([0], ends)).astype(np.int64)}
        forward = np.stack([samples, np.arange(len(samples), dtype=np.int64)])
        edges[(SAMPLE, "has", field)] = forward
        edges[(field, "of", SAMPLE)] = forward[::-1].copy()
    fields = plan.taxonomy.fields
    hub = plan.hub
    for f, field in enumerate(fields):
        if f == hub:
            continue
        src, dst = _pairs(counts[hub], offsets[hub], counts[f], offsets[f])
        edges[(fields[hub], "described_by", field)] = np.stack([src, dst])
        edges[(field, "describes", fields[hub])] = np.stack([dst, src])
    for child, parent, allowed in plan.context:
        src, dst = _pairs(counts[child], offsets[child], counts[parent], offsets[parent])
        keep = allowed[encoded[child][1][src], encoded[parent][1][dst]]
        src, dst = src[keep], dst[keep]
        edges[(fields[child], "part_of", fields[parent])] = np.stack([src, dst])
        edges[(fields[parent], "has_part", fields[child])] = np.stack([dst, src])
    data = _assemble(plan, nodes, edges)
    data.num_graphs = size
    return data


def build_hetero_graph(
    record: Mapping[str, Any],
    taxonomy: Taxonomy,
    *,
    vocab: ConceptVocabulary | None = None,
    context_edges: bool = True,
    on_unknown: UnknownMode = "error",
) -> HeteroData:
    """The graph of one label record (no ``batch``/``ptr``), built node by node.

    For model input use :func:`build_hetero_batch` (also for one record); this per-sample form is for inspection
    and is the reference the batch builder is checked against.
    """
    plan = _plan(taxonomy, vocab, context_edges)
    encoded = plan.codebook.encode([record], on_unknown=on_unknown)
    fields = plan.taxonomy.fields
    nodes: dict[str, dict[str, np.ndarray]] = {SAMPLE: {"x": np.array([ANCHOR_INDEX], dtype=np.int64)}}
    codes = [c.tolist() for _, c in encoded]
    for field, field_codes in zip(fields, codes, strict=False):
        nodes[field] = {"x": np.array(field_codes, dtype=np.int64)}

    def edge(pairs: list[tuple[int, int]]) -> np.ndarray:
        return np.array(pairs, dtype=np.int64).reshape(-1, 2).T.copy()

    edges: dict[tuple, np.ndarray] = {}
    for field, field_codes in zip(fields, codes, strict=False):
        pairs = [(0, j) for j in range(len(field_codes))]
        edges[(SAMPLE, "has", field)] = edge(pairs)
        edges[(field, "of", SAMPLE)] = edge([(b, a) for a, b in pairs])
    hub = plan.hub
    for f, field in enumerate(fields):
        if f == hub:
            continue
        pairs = [(i, j) for i in range(len(codes[hub])) for j in range(len(codes[f]))]
        edges[(fields[hub], "described_by", field)] = edge(pairs)
        edges[(field, "describes", fields[hub])] = edge([(b, a) for a, b in pairs])
    for child, parent, allowed in plan.context:
        pairs = [(i, j) for i, a in enumerate(codes[child]) for j, b in enumerate(codes[parent]) if allowed[a, b]]
        edges[(fields[child], "part_of", fields[parent])] = edge(pairs)
        edges[(fields[parent], "has_part", fields[child])] = edge([(b, a) for a, b in pairs])
    return _assemble(plan, nodes, edges)
