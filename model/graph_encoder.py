"""The graph encoder: concept embeddings + relation-batched graph convolutions over the graphing batch.

Built once from the graph *metadata* (node and edge types of the taxonomy), never from hard-coded relation
names, so every batch shares one set of weights. Node features are concept indices into the graphing
:class:`~graphing.ConceptVocabulary`; their embedding table may be initialised from the text encoder's encoding
of each concept label (:meth:`GraphEncoder.init_concepts_from_text`).

Each layer computes exactly ``HeteroConv({rel: GraphConv(hidden, hidden, aggr="mean")}, aggr="sum")`` plus a
shared self-loop linear and GELU, but keeps the weights of all relations in stacked tensors and runs a handful of
vectorised ops per layer (gather, ``index_add_``, two ``bmm``) instead of one tiny GraphConv per relation: with
~40 relation types the per-relation version is dominated by Python dispatch and per-parameter autograd and
optimizer bookkeeping on CPU. ``tests/test_model.py`` checks it against PyG ``HeteroConv`` with the same weights.
Checkpoints written with the per-relation ``HeteroConv`` layout are converted on load.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np
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


class BatchPlan(NamedTuple):
    """Index arithmetic of one graphing batch, shared by all layers (no gradient flows through it).

    Nodes live in a padded ``(types, width)`` layout (``P = types·width`` rows, flat); messages live in a padded
    ``(relations, kmax)`` layout of (relation, destination node) slots, each slot holding the mean of the
    relation's incoming source features of one destination node.
    """

    node_types: list[str]  # node types present in the batch, in the batch's order
    width: int  # largest node count of one type
    x: torch.Tensor  # (P,) concept index per padded node (0 on padding rows, which nothing ever reads)
    node_slot: torch.Tensor  # (N,) padded row of each real node (types in batch order, nodes in order)
    node_batch: torch.Tensor  # (N,) sample of each real node
    pool_weight: torch.Tensor  # (N, 1) 1 / (nodes of its type in its sample): per-type mean, summed over types
    present: torch.Tensor  # (B,) sample has a node of a non-anchor type
    has_nodes: torch.Tensor  # (B,) sample has any node
    dense_index: torch.Tensor  # (N,) row in the (B·dense_width) node-level output
    dense_width: int
    dense_mask: torch.Tensor  # (B, dense_width)
    kmax: int  # largest number of destination nodes of one relation (0: no edges)
    edge_src: torch.Tensor  # (E,) padded row of each edge's source
    edge_slot: torch.Tensor  # (E,) message slot (relation·kmax + k) of each edge
    edge_scale: torch.Tensor | None  # (E, 1) 1 / edges sharing the edge's slot; None when every slot has one
    slot_dst: torch.Tensor  # (R·kmax,) padded row of the slot's destination (0 on unused slots: their message is 0)
    rel_mask: torch.Tensor  # (types, R) 1 where the relation has edges into that (batch) node type


def plan_to(plan: BatchPlan, device: torch.device) -> BatchPlan:
    """``plan`` with its tensors on ``device`` (unchanged when they are there already)."""
    moved = {
        k: v.to(device, non_blocking=True)
        for k, v in plan._asdict().items()
        if isinstance(v, torch.Tensor) and v.device != device
    }
    return plan._replace(**moved) if moved else plan


class GraphPlanner:
    """Makes the :class:`BatchPlan` of a graphing batch from the graph metadata alone (no weights).

    Picklable and weight-free, so ``TrainingCollate`` runs it in the DataLoader workers and the training step
    only moves the finished index tensors to the device.
    """

    def __init__(self, edge_types: Sequence[EdgeType], anchor_type: str | None) -> None:
        self.edge_types: list[EdgeType] = [tuple(e) for e in edge_types]  # type: ignore[misc]
        self.relation_index = {et: r for r, et in enumerate(self.edge_types)}
        self.anchor_type = anchor_type

    def __call__(self, data: Any, device: torch.device | None = None) -> BatchPlan:
        return _make_plan(data, self.relation_index, len(self.edge_types), self.anchor_type, device)


class RelationalGraphConv(nn.Module):
    """One layer: ``GELU(self_loop(x) + Σ_rel GraphConv_rel(x))`` over all relations with stacked weights.

    For relation ``r`` with edges in the batch and a destination node ``i`` of its type, GraphConv (mean) adds
    ``W_rel[r]·mean_{j→i} x_j + b_rel[r] + W_root[r]·x_i``. By linearity the root terms and biases of a
    destination type fold into one per-type matrix, so a layer is one ``bmm`` over (relation, destination)
    slots for the messages and one ``bmm`` over node types for self-loop + roots. Relations absent from a batch
    contribute nothing (their weights get zero gradient).
    """

    def __init__(self, num_relations: int, hidden: int) -> None:
        super().__init__()
        self.num_relations = num_relations
        self.hidden = hidden
        self.weight_rel = nn.Parameter(torch.empty(num_relations, hidden, hidden))  # (in, out) per relation
        self.weight_root = nn.Parameter(torch.empty(num_relations, hidden, hidden))
        # Flat so that optimizers grouping by ``ndim < 2`` treat it as a bias (no weight decay), like GraphConv's.
        self.bias_rel = nn.Parameter(torch.empty(num_relations * hidden))
        self.self_loop = nn.Linear(hidden, hidden)
        self.reset_parameters()

    @torch.no_grad()
    def reset_parameters(self) -> None:
        # GraphConv's linears: U(±1/sqrt(fan_in)) for weights and bias (kaiming_uniform with a=sqrt(5)).
        bound = 1.0 / math.sqrt(self.hidden)
        for param in (self.weight_rel, self.weight_root, self.bias_rel):
            param.uniform_(-bound, bound)
        self.self_loop.reset_parameters()

    def forward(self, h: torch.Tensor, plan: BatchPlan) -> torch.Tensor:
        """(P, hidden) padded node states -> next layer's padded node states."""
        types = len(plan.node_types)
        hidden = self.hidden
        # Self loop + the root weights and biases of the relations active into each type, as one (in, out)
        # matrix per type: one matmul with the (types, relations) activity mask. Weights are stored (in, out) so
        # every bmm and every weight gradient is contiguous (no hidden copies).
        mask, rels = plan.rel_mask.to(self.weight_root.dtype), self.num_relations
        w_type = torch.addmm(self.self_loop.weight.t().reshape(1, -1), mask, self.weight_root.view(rels, -1))
        b_type = torch.addmm(self.self_loop.bias.unsqueeze(0), mask, self.bias_rel.view(rels, hidden))
        w_type = w_type.view(types, hidden, hidden)
        out = torch.baddbmm(b_type.unsqueeze(1), h.view(types, plan.width, hidden), w_type).view(-1, hidden)
        if plan.kmax:
            gathered = h.index_select(0, plan.edge_src)
            if plan.edge_scale is not None:  # mean over several edges into one slot (else each slot has one edge)
                gathered = gathered * plan.edge_scale.to(gathered.dtype)
            means = gathered.new_zeros(rels * plan.kmax, hidden).index_add_(0, plan.edge_slot, gathered)
            msgs = torch.bmm(means.view(rels, plan.kmax, hidden), self.weight_rel)
            out = out.index_add(0, plan.slot_dst, msgs.view(-1, hidden).to(out.dtype))
        return F.gelu(out)


class GraphEncoder(nn.Module):
    """Concept embedding -> ``layers`` × relational GraphConv -> graph vector and node-level embeddings.

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
    ) -> None:
        super().__init__()
        self.node_types = list(node_types)
        self.edge_types: list[EdgeType] = [tuple(e) for e in edge_types]  # type: ignore[misc]
        self.anchor_type = anchor_type
        self.planner = GraphPlanner(self.edge_types, anchor_type)
        self.concepts = nn.Embedding(num_concepts, hidden)
        nn.init.normal_(self.concepts.weight, std=0.02)
        self.convs = nn.ModuleList(RelationalGraphConv(len(self.edge_types), hidden) for _ in range(layers))
        self.proj = nn.Linear(hidden, out_dim)
        self._register_load_state_dict_pre_hook(self._convert_heteroconv_state)

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

    # ----------------------------------------------------------------------------------------------------------
    # forward

    def plan(self, data: Any) -> BatchPlan:
        """The index arithmetic of a graphing ``HeteroData`` batch (numpy on the host, then one copy each)."""
        return self.planner(data, self.concepts.weight.device)

    def node_embeddings(self, data: Any, plan: BatchPlan | None = None) -> dict[str, torch.Tensor]:
        """Per node type (B_nt, hidden) embeddings after the conv layers (types with no node are omitted)."""
        plan = plan_to(plan, self.concepts.weight.device) if plan is not None else self.plan(data)
        flat = self._run_layers(plan).index_select(0, plan.node_slot)
        sizes = [int(data[nt].num_nodes) for nt in plan.node_types]
        return dict(zip(plan.node_types, flat.split(sizes), strict=True))

    def _run_layers(self, plan: BatchPlan) -> torch.Tensor:
        h = self.concepts(plan.x)
        if not plan.node_types:
            return h
        for conv in self.convs:
            h = conv(h, plan)
        return h

    def forward(self, data: Any, plan: BatchPlan | None = None) -> GraphOutput:
        """Encode a graphing batch; ``plan`` (from :class:`GraphPlanner`, e.g. made in a DataLoader worker) skips
        the index arithmetic here."""
        plan = plan_to(plan, self.concepts.weight.device) if plan is not None else self.plan(data)
        num_graphs = int(data.num_graphs)
        out_dim = self.proj.out_features
        if not plan.node_types:
            vector = self.concepts.weight.new_zeros(num_graphs, out_dim)
            nodes = vector.new_zeros(num_graphs, 1, out_dim)
            return GraphOutput(vector, nodes, plan.dense_mask, plan.present)
        h = self._run_layers(plan).index_select(0, plan.node_slot)
        pooled = h.new_zeros(num_graphs, h.shape[1]).index_add_(0, plan.node_batch, h * plan.pool_weight.to(h.dtype))
        vector = F.normalize(self.proj(pooled), dim=-1) * plan.has_nodes.unsqueeze(1)
        node_feats = self.proj(h)
        nodes = node_feats.new_zeros(num_graphs * plan.dense_width, out_dim)
        nodes = nodes.index_copy(0, plan.dense_index, node_feats).view(num_graphs, plan.dense_width, out_dim)
        return GraphOutput(vector, nodes, plan.dense_mask, plan.present)


    # ----------------------------------------------------------------------------------------------------------
    # checkpoints written with the per-relation HeteroConv(GraphConv) layout

    def _convert_heteroconv_state(self, state_dict: dict[str, torch.Tensor], prefix: str, *args: Any) -> None:
        """Stack ``convs.L.convs.<src___rel___dst>.lin_*`` and ``self_loops.L.*`` tensors into this layout.

        A checkpoint missing some relation keeps its per-relation keys, so loading reports them as unexpected
        (``UltrasoundCLIP.load_weights`` turns that into a clear "does not fit" error).
        """
        old = f"{prefix}convs.0.convs."
        if not any(k.startswith(old) for k in state_dict):
            return
        from torch_geometric.nn.module_dict import ModuleDict

        for layer in range(len(self.convs)):
            base = f"{prefix}convs.{layer}."
            names = [f"{base}convs.{ModuleDict.to_internal_key(et)}." for et in self.edge_types]
            needed = [n + s for n in names for s in ("lin_rel.weight", "lin_rel.bias", "lin_root.weight")]
            if not all(k in state_dict for k in needed):
                continue
            for new, suffix in (("weight_rel", "lin_rel.weight"), ("weight_root", "lin_root.weight")):
                # Linear weights are (out, in); this layout is (in, out)
                state_dict[base + new] = torch.stack([state_dict.pop(n + suffix).t() for n in names]).contiguous()
            state_dict[base + "bias_rel"] = torch.cat([state_dict.pop(n + "lin_rel.bias") for n in names])
            for suffix in ("weight", "bias"):
                key = f"{prefix}self_loops.{layer}.{suffix}"
                if key in state_dict:
                    state_dict[f"{base}self_loop.{suffix}"] = state_dict.pop(key)


def _make_plan(
    data: Any,
    relation_index: dict[EdgeType, int],
    num_relations: int,
    anchor_type: str | None,
    device: torch.device | None,
) -> BatchPlan:
    """See :meth:`GraphEncoder.plan`."""

    def t(a: np.ndarray) -> torch.Tensor:
        out = torch.from_numpy(np.ascontiguousarray(a))
        return out.to(device) if device is not None else out

    num_graphs = int(data.num_graphs)
    types = [nt for nt in data.node_types if data[nt].num_nodes]
    local = {nt: t for t, nt in enumerate(types)}
    xs = [_np(data[nt].x) for nt in types]
    sizes = np.array([len(x) for x in xs], dtype=np.int64)
    width = int(sizes.max()) if len(types) else 1
    n = int(sizes.sum())
    node_type = np.repeat(np.arange(len(types)), sizes)
    node_slot = node_type * width + (np.arange(n) - np.repeat(np.cumsum(sizes) - sizes, sizes))
    x_pad = np.zeros(len(types) * width, dtype=np.int64)
    x_pad[node_slot] = np.concatenate(xs) if xs else []
    node_batch = np.concatenate([_np(data[nt].batch) for nt in types]) if types else np.zeros(0, np.int64)

    # Readout: per-type mean within a sample (count of its (sample, type) group), summed over types.
    group = node_batch * max(len(types), 1) + node_type
    _, group_inv, group_count = np.unique(group, return_inverse=True, return_counts=True)
    pool_weight = 1.0 / group_count[group_inv]
    has_nodes = np.zeros(num_graphs, dtype=bool)
    has_nodes[node_batch] = True
    present = np.zeros(num_graphs, dtype=bool)
    labelled = np.array([nt != anchor_type for nt in types], dtype=bool)
    present[node_batch[labelled[node_type]]] = True
    # Node-level output: nodes of a sample in batch order (types in batch order), padded to the widest sample.
    order = np.argsort(node_batch, kind="stable")
    per_sample = np.bincount(node_batch, minlength=num_graphs)
    dense_width = max(int(per_sample.max()) if n else 0, 1)
    sorted_batch = node_batch[order]
    dense_index = np.empty(n, dtype=np.int64)
    first = np.cumsum(per_sample) - per_sample
    dense_index[order] = sorted_batch * dense_width + (np.arange(n) - first[sorted_batch])
    dense_mask = np.zeros(num_graphs * dense_width, dtype=bool)
    dense_mask[dense_index] = True

    # Edges -> (relation, destination) slots, padded per relation to kmax.
    rel_mask = np.zeros((len(types), num_relations), dtype=np.float32)
    srcs, dsts, rels = [], [], []
    for et, ei in data.edge_index_dict.items():
        r = relation_index.get(et)
        if r is None or not ei.numel() or et[0] not in local or et[2] not in local:
            continue
        e = _np(ei)
        srcs.append(e[0] + local[et[0]] * width)
        dsts.append(e[1] + local[et[2]] * width)
        rels.append(np.full(e.shape[1], r, dtype=np.int64))
        rel_mask[local[et[2]], r] = 1.0
    kmax = 0
    edge_src = edge_slot = slot_dst = np.zeros(0, dtype=np.int64)
    edge_scale = None
    if srcs:
        edge_src, dst, rel = np.concatenate(srcs), np.concatenate(dsts), np.concatenate(rels)
        stride = len(types) * width
        keys, edge_key, counts = np.unique(rel * stride + dst, return_inverse=True, return_counts=True)
        key_rel, key_dst = keys // stride, keys % stride
        per_rel = np.bincount(key_rel, minlength=num_relations)
        kmax = int(per_rel.max())
        key_slot = key_rel * kmax + (np.arange(len(keys)) - (np.cumsum(per_rel) - per_rel)[key_rel])
        edge_slot = key_slot[edge_key.reshape(-1)]
        if counts.max() > 1:
            edge_scale = t((1.0 / counts[edge_key.reshape(-1)]).astype(np.float32)).unsqueeze(1)
        slot_dst = np.zeros(num_relations * kmax, dtype=np.int64)
        slot_dst[key_slot] = key_dst

    return BatchPlan(
        node_types=types,
        width=width,
        x=t(x_pad),
        node_slot=t(node_slot),
        node_batch=t(node_batch),
        pool_weight=t(pool_weight.astype(np.float32)).unsqueeze(1),
        present=t(present),
        has_nodes=t(has_nodes),
        dense_index=t(dense_index),
        dense_width=dense_width,
        dense_mask=t(dense_mask).view(num_graphs, dense_width),
        kmax=kmax,
        edge_src=t(edge_src),
        edge_slot=t(edge_slot),
        edge_scale=edge_scale,
        slot_dst=t(slot_dst),
        rel_mask=t(rel_mask),
    )


def _np(tensor: torch.Tensor) -> np.ndarray:
    return tensor.detach().cpu().numpy()
