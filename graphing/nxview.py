"""Inspection: a networkx view of a hetero graph and a matplotlib drawing with concept labels."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from udt.errors import DataError

if TYPE_CHECKING:
    import networkx as nx
    from torch_geometric.data import HeteroData

    from graphing.vocabulary import ConceptVocabulary


def to_networkx(
    data: HeteroData, vocab: ConceptVocabulary | None = None, *, graph_index: int | None = None
) -> nx.MultiDiGraph:
    """A ``MultiDiGraph`` with nodes ``(node_type, i)`` (attributes ``node_type``, ``concept`` index, ``label``,
    ``iri``, ``sample``) and one edge per edge-index column (attribute ``rel``).

    With ``graph_index`` only that sample of a batch is kept (node ids stay batch-global).
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    keep: dict[str, set[int]] = {}
    for nt in data.node_types:
        store = data[nt]
        x = store["x"].tolist() if "x" in store else list(range(store.num_nodes or 0))
        batch = store["batch"].tolist() if "batch" in store else [0] * len(x)
        keep[nt] = set()
        for i, (concept, sample) in enumerate(zip(x, batch, strict=False)):
            if graph_index is not None and sample != graph_index:
                continue
            keep[nt].add(i)
            label = vocab.labels[concept] if vocab is not None and 0 <= concept < len(vocab) else str(concept)
            iri = vocab.iris[concept] if vocab is not None and 0 <= concept < len(vocab) else None
            graph.add_node((nt, i), node_type=nt, concept=concept, label=label, iri=iri or "", sample=sample)
    if graph_index is not None and not any(keep.values()):
        raise DataError("graph.index", f"the batch has no graph {graph_index}", f"use 0..{data.num_graphs - 1}")
    for src, rel, dst in data.edge_types:
        for a, b in data[(src, rel, dst)].edge_index.t().tolist():
            if a in keep[src] and b in keep[dst]:
                graph.add_edge((src, a), (dst, b), rel=rel)
    return graph


def draw_graph(
    data: HeteroData,
    path: str | Path,
    vocab: ConceptVocabulary | None = None,
    *,
    title: str | None = None,
    graph_index: int | None = None,
) -> Path:
    """Draw the graph (node colour = node type, label = concept label) to a PNG/SVG/PDF file, atomically."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import networkx as nx

    from udt.atomic import atomic_write_bytes

    path = Path(path)
    fmt = path.suffix.lstrip(".").lower() or "png"
    if fmt not in ("png", "svg", "pdf"):
        raise DataError("graph.format", f"{path}: cannot draw to .{fmt}", "use .png, .svg or .pdf")
    graph = to_networkx(data, vocab, graph_index=graph_index)
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    for a, b, attrs in graph.edges(data=True):
        simple.add_edge(a, b, rel=attrs["rel"])  # both directions of a relation collapse to one line
    types = list(data.node_types)
    cmap = plt.get_cmap("tab10")
    colours = [cmap(types.index(simple.nodes[n]["node_type"]) % 10) for n in simple.nodes]
    fig, ax = plt.subplots(figsize=(9, 7))
    try:
        if simple.number_of_nodes():
            pos = nx.spring_layout(simple, seed=0, k=1.2)
            nx.draw_networkx_edges(simple, pos, ax=ax, edge_color="#999999")
            nx.draw_networkx_nodes(simple, pos, ax=ax, node_color=colours, node_size=900)
            labels = {n: f"{simple.nodes[n]['label']}\n[{simple.nodes[n]['node_type']}]" for n in simple.nodes}
            nx.draw_networkx_labels(simple, pos, labels=labels, ax=ax, font_size=7)
            rels = {(a, b): r for a, b, r in simple.edges(data="rel")}
            nx.draw_networkx_edge_labels(simple, pos, edge_labels=rels, ax=ax, font_size=6)
        ax.set_title(title or f"{simple.number_of_nodes()} nodes, {simple.number_of_edges()} edges")
        ax.axis("off")
        buffer = io.BytesIO()
        fig.savefig(buffer, format=fmt, bbox_inches="tight", dpi=120)
    finally:
        plt.close(fig)
    atomic_write_bytes(path, buffer.getvalue())
    return path
