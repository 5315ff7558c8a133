"""Retrieval protocol: recall@K both ways on the full split and on a fixed, seeded sub-gallery."""

from __future__ import annotations

from collections.abc import Sequence

import torch

from model.evaluation.metrics import DEFAULT_KS, retrieval_recalls, seeded_gallery
from model.evaluation.results import RetrievalScores


def _named(recalls: dict[int, float]) -> dict[str, float]:
    return {f"R@{k}": v for k, v in recalls.items()}


def retrieval_scores(
    image_features: torch.Tensor,
    text_features: torch.Tensor,
    *,
    match_keys: Sequence[object] | None = None,
    gallery_size: int = 5000,
    seed: int = 0,
    ks: Sequence[int] = DEFAULT_KS,
) -> list[RetrievalScores]:
    """Full-split recalls plus recalls on ``min(gallery_size, n)`` seeded pairs (one entry if they coincide)."""
    n = image_features.shape[0]
    i2t, t2i = retrieval_recalls(image_features, text_features, match_keys=match_keys, ks=ks)
    out = [RetrievalScores(gallery="full", gallery_size=n, image_to_text=_named(i2t), text_to_image=_named(t2i))]
    if n > gallery_size:
        idx = seeded_gallery(n, gallery_size, seed)
        keys = [match_keys[i] for i in idx.tolist()] if match_keys is not None else None
        i2t, t2i = retrieval_recalls(image_features[idx], text_features[idx], match_keys=keys, ks=ks)
        out.append(
            RetrievalScores(
                gallery=f"seeded-{len(idx)}",
                gallery_size=len(idx),
                seed=seed,
                image_to_text=_named(i2t),
                text_to_image=_named(t2i),
            )
        )
    return out
