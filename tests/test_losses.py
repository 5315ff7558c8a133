"""CLIP InfoNCE and the semantic soft-label loss, checked against direct formulas."""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F

from model.losses import ClipLoss, SemanticLoss


def _feats(n: int, d: int = 8, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    gen = torch.Generator().manual_seed(seed)
    return (
        F.normalize(torch.randn(n, d, generator=gen), dim=-1),
        F.normalize(torch.randn(n, d, generator=gen), dim=-1),
    )


def test_clip_loss_matches_the_formula():
    img, txt = _feats(5)
    scale = torch.tensor(10.0)
    logits = 10.0 * img @ txt.t()
    i2t = -torch.stack([logits[i].log_softmax(0)[i] for i in range(5)]).mean()
    t2i = -torch.stack([logits[:, i].log_softmax(0)[i] for i in range(5)]).mean()
    assert torch.allclose(ClipLoss()(img, txt, scale), (i2t + t2i) / 2, atol=1e-6)


def test_clip_loss_is_low_for_aligned_pairs():
    img, _ = _feats(6)
    other, _ = _feats(6, seed=1)
    scale = torch.tensor(50.0)
    assert ClipLoss()(img, img, scale) < ClipLoss()(img, other, scale)
    assert ClipLoss()(img, img, scale) < 0.1


def test_semantic_loss_matches_reference_section_4():
    img, txt = _feats(4)
    soft = torch.tensor([[1.0, 0.5, 0.0, 0.2], [0.5, 1.0, 0.1, 0.0], [0.0, 0.1, 1.0, 0.3], [0.2, 0.0, 0.3, 1.0]])
    tau = 0.07
    sim = img @ txt.t()
    mse = ((sim - soft) ** 2).mean()
    p = torch.softmax(soft / tau, dim=1)
    q = torch.softmax(sim / tau, dim=1)
    kl = (p * (p.log() - q.log())).sum(1).mean()
    expected = 0.6 * mse + 0.4 * kl
    assert math.isclose(float(SemanticLoss(tau)(img, txt, soft)), float(expected), rel_tol=1e-5)


def test_semantic_loss_is_zero_when_similarity_equals_soft_labels():
    img, _ = _feats(4)
    soft = img @ img.t()
    assert float(SemanticLoss()(img, img, soft)) < 1e-6


def test_symmetric_semantic_loss_differs_only_for_asymmetric_similarity():
    img, txt = _feats(4)
    soft = torch.eye(4)
    one_way = SemanticLoss(symmetric=False)(img, txt, soft)
    both = SemanticLoss(symmetric=True)(img, txt, soft)
    assert not torch.allclose(one_way, both)
    assert torch.allclose(SemanticLoss(symmetric=True)(img, img, soft), SemanticLoss()(img, img, soft))


def test_semantic_loss_rejects_a_mismatched_matrix():
    img, txt = _feats(3)
    try:
        SemanticLoss()(img, txt, torch.eye(4))
    except ValueError as exc:
        assert "(4, 4)" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected ValueError")


def test_gradients_flow_to_both_towers():
    img, txt = _feats(4)
    img.requires_grad_(True)
    txt.requires_grad_(True)
    loss = ClipLoss()(img, txt, torch.tensor(10.0)) + SemanticLoss()(img, txt, torch.eye(4))
    loss.backward()
    assert img.grad.abs().sum() > 0 and txt.grad.abs().sum() > 0
