"""The graph encoder: concept embeddings + PyG ``HeteroConv`` over the graphing batch.

Built once from the graph *metadata* (node and edge types of the taxonomy), never from hard-coded relation
names, so every batch shares one set of weights. Node features are concept indices into the graphing
:class:`~graphing.ConceptVocabulary`; their embedding table may be initialised from the text encoder's encoding
of each concept label (:meth:`GraphEncoder.init_concepts_from_text`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import torch
import torch.nn.functional as F
from torch import nn

EdgeType = tuple[str, str, str]


class GraphOutput(NamedTuple):
    """Graph vector (B, D), padded node embeddings (B, N, D), node mask (B, N), samples with any label (B,)."""

    vector: torch.Tensor
    nodes: torch.Tensor
    mask: torch.Tensor
    present: torch.Tensor


class GraphEncoder(nn.Module):
    """Concept embedding -> ``layers`` × HeteroConv(GraphConv) -> graph vector and node-level embeddings.

    ``forward(data)`` returns a :class:`GraphOutput`: the graph vector is the sum over node types of the
    per-type mean of node embeddings, projected and L2-normalised; ``nodes``/``mask`` feed the attention fusion;
    ``present`` marks samples with at least one label node (the per-sample ``anchor_type`` node does not count).
    """

    def __init__(
        self,
        num_concepts: int,
        node_types: Sequence[str],
        edge_types: Sequence[EdgeType],
        hidden: int = 128,
        out_dim: int = 64,
        layers: int = 2,
        anchor_type: str | None = None,
        impl: str = "fused",
    ) -> None:
        super().__init__()
        from torch_geometric.nn import GraphConv, HeteroConv

        self.node_types = list(node_types)
        self.edge_types = [tuple(e) for e in edge_types]
        self.anchor_type = anchor_type
        if impl not in ("fused", "pyg"):
            raise ValueError(f"unknown graph implementation {impl!r}")
        self.impl = impl
        self.concepts = nn.Embedding(num_concepts, hidden)
        nn.init.normal_(self.concepts.weight, std=0.02)
        # GraphConv's root term is replaced by one shared self-loop linear per layer, so node types that receive
        # no edge in a batch (samples without a diagnosis have none) still get transformed like the others.
        self.convs = nn.ModuleList(
            HeteroConv({e: GraphConv(hidden, hidden, aggr="mean") for e in self.edge_types}, aggr="sum")
            for _ in range(layers)
        )
        self.self_loops = nn.ModuleList(nn.Linear(hidden, hidden) for _ in range(layers))
        self.proj = nn.Linear(hidden, out_dim)

    @torch.no_grad()
    def init_concepts_from_text(self, text_embeddings: torch.Tensor) -> None:
        """Initialise the concept table from (num_concepts, d) text embeddings (random projection if d ≠ hidden)."""
        emb = text_embeddings.float()
        hidden = self.concepts.embedding_dim
        if emb.shape[1] != hidden:
            gen = torch.Generator().manual_seed(0)
            proj = torch.randn(emb.shape[1], hidden, generator=gen) / emb.shape[1] ** 0.5
            emb = emb @ proj.to(emb.device)
        emb = emb - emb.mean(0, keepdim=True)
        emb = emb / emb.std().clamp_min(1e-6) * 0.02
        self.concepts.weight.copy_(emb.to(self.concepts.weight.device))

    def node_embeddings(self, data) -> dict[str, torch.Tensor]:
        """Per node type (B_nt, hidden) embeddings after the conv layers (types with no node are omitted)."""
        if self.impl == "fused":
            return self._node_embeddings_fused(data)
        x = {nt: self.concepts(data[nt].x) for nt in data.node_types if data[nt].num_nodes}
        edges = {et: ei for et, ei in data.edge_index_dict.items() if ei.numel() and et in self._edge_set}
        for conv, self_loop in zip(self.convs, self.self_loops, strict=True):
            msg = conv(x, edges) if edges else {}
            x = {nt: F.gelu(self_loop(h) + msg[nt]) if nt in msg else F.gelu(self_loop(h)) for nt, h in x.items()}
        return x

    @property
    def _edge_set(self) -> set[EdgeType]:
        return set(self.edge_types)

    def _node_embeddings_fused(self, data) -> dict[str, torch.Tensor]:
        # The same function as the HeteroConv path (same parameters), computed per destination node type with
        # one matmul over the concatenated relation means: ~40 relation types × tiny GraphConv calls cost more in
        # Python dispatch than in arithmetic, and a dense all-relations product wastes most of its flops.
        types = [nt for nt in data.node_types if data[nt].num_nodes]
        device = self.concepts.weight.device
        sizes = [int(data[nt].num_nodes) for nt in types]
        starts = torch.tensor([0, *sizes[:-1]]).cumsum(0).tolist()
        spans = {nt: (lo, lo + n) for nt, lo, n in zip(types, starts, sizes, strict=True)}
        x = self.concepts(torch.cat([data[nt].x.to(device) for nt in types]))
        groups: dict[str, list[EdgeType]] = {}
        for et, ei in data.edge_index_dict.items():
            if ei.numel() and et in self._edge_set and et[0] in spans and et[2] in spans:
                groups.setdefault(et[2], []).append(et)
        plans = []  # per destination type: relations, flat source index, (node, relation) slot, counts
        for nt, rels in groups.items():
            lo, hi = spans[nt]
            src = torch.cat([data[et].edge_index[0].to(device) + spans[et[0]][0] for et in rels])
            slot = torch.cat(
                [data[et].edge_index[1].to(device) * len(rels) + r for r, et in enumerate(rels)]
            )
            counts = torch.bincount(slot, minlength=(hi - lo) * len(rels)).clamp_min(1).unsqueeze(1)
            plans.append((nt, rels, src, slot, counts))
        for conv, self_loop in zip(self.convs, self.self_loops, strict=True):
            parts = []
            out = self_loop(x)
            for nt, rels, src, slot, counts in plans:
                lo, hi = spans[nt]
                mods = [conv.convs[et] for et in rels]
                w_rel = torch.cat([m.lin_rel.weight for m in mods], dim=1)
                w_root = torch.stack([m.lin_root.weight for m in mods]).sum(0)
                bias = torch.stack([m.lin_rel.bias for m in mods]).sum(0)
                summed = x.new_zeros((hi - lo) * len(rels), x.shape[1]).index_add_(0, slot, x[src])
                mean = (summed / counts.to(x.dtype)).view(hi - lo, -1)
                parts.append((lo, hi, mean @ w_rel.t() + x[lo:hi] @ w_root.t() + bias))
            if parts:
                delta = torch.zeros_like(out)
                for lo, hi, value in parts:
                    delta[lo:hi] = value
                out = out + delta
            x = F.gelu(out)
        return {nt: x[lo:hi] for nt, (lo, hi) in spans.items()}

    def forward(self, data) -> GraphOutput:
        num_graphs = int(data.num_graphs)
        hidden = self.node_embeddings(data)
        device = self.concepts.weight.device
        pooled = torch.zeros(num_graphs, self.concepts.embedding_dim, device=device)
        all_nodes, all_batch = [], []
        present = torch.zeros(num_graphs, dtype=torch.bool, device=device)
        for nt, h in hidden.items():
            batch = data[nt].batch.to(device)
            if nt != self.anchor_type:
                present[batch] = True
            sums = torch.zeros(num_graphs, h.shape[1], device=device, dtype=h.dtype).index_add_(0, batch, h)
            counts = torch.bincount(batch, minlength=num_graphs).clamp_min(1).unsqueeze(1).to(h.dtype)
            pooled = pooled + sums / counts
            all_nodes.append(h)
            all_batch.append(batch)
        has_nodes = torch.zeros(num_graphs, dtype=torch.bool, device=device)
        if all_nodes:
            nodes_flat = self.proj(torch.cat(all_nodes))
            batch_flat = torch.cat(all_batch)
            has_nodes[batch_flat] = True
            nodes, mask = _to_dense(nodes_flat, batch_flat, num_graphs)
        else:
            nodes = torch.zeros(num_graphs, 1, self.proj.out_features, device=device)
            mask = torch.zeros(num_graphs, 1, dtype=torch.bool, device=device)
        graph_vec = F.normalize(self.proj(pooled), dim=-1) * has_nodes.unsqueeze(1)
        return GraphOutput(graph_vec, nodes, mask, present)


def _to_dense(flat: torch.Tensor, batch: torch.Tensor, num_graphs: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Scatter (N, D) node rows into a padded (B, max_nodes, D) tensor with a validity mask."""
    order = torch.argsort(batch, stable=True)
    flat, batch = flat[order], batch[order]
    counts = torch.bincount(batch, minlength=num_graphs)
    width = max(int(counts.max().item()), 1)
    starts = torch.cumsum(counts, 0) - counts
    pos = torch.arange(batch.numel(), device=batch.device) - starts[batch]
    dense = flat.new_zeros(num_graphs, width, flat.shape[1])
    dense[batch, pos] = flat
    mask = torch.zeros(num_graphs, width, dtype=torch.bool, device=flat.device)
    mask[batch, pos] = True
    return dense, mask
