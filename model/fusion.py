"""Fusion of the text feature with the graph: the released gated residual and node-level attention.

Both compute ``LayerNorm(t + clamp(α, 0, α_max)·tanh(W·attn))`` with the text feature ``t`` as the query. The
``gated`` variant attends to the single graph vector (REFERENCE §4: with one key the attention weights are 1, so
it is in effect a gated MLP of the graph vector); the ``attention`` variant attends over the node-level
embeddings plus a learned null key, so a sample can also attend to "nothing". Samples with no graph nodes keep
their text feature (only the LayerNorm applies): an unknown label adds no signal.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


class GraphTextFusion(nn.Module):
    """Gated residual fusion; ``variant`` is ``"gated"`` (graph vector) or ``"attention"`` (node embeddings)."""

    def __init__(
        self, dim: int, heads: int = 8, variant: str = "gated", alpha_init: float = 0.05, alpha_max: float = 0.2
    ) -> None:
        super().__init__()
        if variant not in ("gated", "attention"):
            raise ValueError(f"unknown fusion variant {variant!r}")
        self.variant = variant
        self.alpha_max = alpha_max
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.gate_proj = nn.Linear(dim, dim)
        self.alpha = nn.Parameter(torch.tensor(float(alpha_init)))
        self.norm = nn.LayerNorm(dim)
        if variant == "attention":
            self.null_key = nn.Parameter(torch.zeros(1, 1, dim))

    def forward(
        self,
        text: torch.Tensor,
        graph_vec: torch.Tensor,
        nodes: torch.Tensor,
        node_mask: torch.Tensor,
        present: torch.Tensor | None = None,
    ) -> torch.Tensor:
        """Fuse (B, D) text features with a graph; ``present`` (B,) marks samples that have any label node."""
        if self.variant == "gated":
            attended = self._single_key_attention(graph_vec.to(text.dtype))
        else:
            batch = text.shape[0]
            kv = torch.cat([self.null_key.expand(batch, 1, -1).to(text.dtype), nodes.to(text.dtype)], dim=1)
            valid = torch.cat([node_mask.new_ones(batch, 1), node_mask], dim=1)
            attended, _ = self.attn(text.unsqueeze(1), kv, kv, key_padding_mask=~valid, need_weights=False)
            attended = attended.squeeze(1)
        if present is None:
            present = node_mask.any(dim=1)
        has_graph = present.unsqueeze(1).to(text.dtype)
        alpha = self.alpha.clamp(0.0, self.alpha_max)
        return self.norm(text + has_graph * alpha * torch.tanh(self.gate_proj(attended)))

    def _single_key_attention(self, kv: torch.Tensor) -> torch.Tensor:
        """``self.attn(q, kv, kv)`` for one key per sample: the softmax over one key is exactly 1, so attention
        reduces to the value and output projections (same parameters, a fraction of the ops; the query is unused)."""
        dim, attn = kv.shape[-1], self.attn  # built with kdim == vdim == dim: packed in_proj (q; k; v)
        value = F.linear(kv, attn.in_proj_weight[2 * dim :], attn.in_proj_bias[2 * dim :])
        return attn.out_proj(value)
