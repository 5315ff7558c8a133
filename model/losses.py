"""Losses, separate from the model: symmetric CLIP InfoNCE and the semantic soft-label loss (REFERENCE §4).

Under DDP both losses see the *global* batch: features are all-gathered, the local shard keeps its gradient
(the other shards are constants here and get their gradient on their own rank), and every rank computes the same
global loss. Because DDP *averages* gradients over ranks, the training loop multiplies the backward loss by the
world size so that one DDP step equals one single-process step on the global batch.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from model.training.distributed import gather_features


class ClipLoss(nn.Module):
    """Symmetric InfoNCE over the (global) batch: mean of image→text and text→image cross-entropy."""

    def forward(
        self, image_features: torch.Tensor, text_features: torch.Tensor, logit_scale: torch.Tensor
    ) -> torch.Tensor:
        image_all = gather_features(image_features)
        text_all = gather_features(text_features)
        logits = logit_scale * image_all.float() @ text_all.float().t()
        target = torch.arange(logits.shape[0], device=logits.device)
        return 0.5 * (F.cross_entropy(logits, target) + F.cross_entropy(logits.t(), target))


class SemanticLoss(nn.Module):
    """``mse_w·MSE(P, S) + kl_w·KL(softmax(S/τ) ‖ softmax(P/τ))`` row-wise, P = cosine(image_i, text_j).

    ``soft_labels`` is the (G, G) soft-label matrix of the global batch (diagonal 1). With ``symmetric`` the
    text→image direction (P and S transposed) is added and the two are averaged.
    """

    def __init__(self, tau: float = 0.07, mse_weight: float = 0.6, kl_weight: float = 0.4, symmetric: bool = False):
        super().__init__()
        self.tau = tau
        self.mse_weight = mse_weight
        self.kl_weight = kl_weight
        self.symmetric = symmetric

    def _one_way(self, sim: torch.Tensor, soft: torch.Tensor) -> torch.Tensor:
        mse = F.mse_loss(sim, soft)
        kl = F.kl_div(F.log_softmax(sim / self.tau, dim=1), F.softmax(soft / self.tau, dim=1), reduction="batchmean")
        return self.mse_weight * mse + self.kl_weight * kl

    def forward(
        self, image_features: torch.Tensor, text_features: torch.Tensor, soft_labels: torch.Tensor
    ) -> torch.Tensor:
        image_all = gather_features(image_features).float()
        text_all = gather_features(text_features).float()
        sim = image_all @ text_all.t()
        soft = soft_labels.to(sim.device, torch.float32)
        if soft.shape != sim.shape:
            raise ValueError(f"soft labels {tuple(soft.shape)} do not match the global batch {tuple(sim.shape)}")
        loss = self._one_way(sim, soft)
        if self.symmetric:
            loss = 0.5 * (loss + self._one_way(sim.t(), soft.t()))
        return loss
