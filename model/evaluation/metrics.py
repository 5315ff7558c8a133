"""Model-agnostic metrics: retrieval recall@K and classification accuracy / macro recall / confusion matrices.

Everything here works on plain feature tensors and integer targets, so it can be tested on constructed
features without any model.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

DEFAULT_KS: tuple[int, ...] = (1, 5, 10, 50)


def _group_ids(keys: Sequence[object]) -> torch.Tensor:
    """Map equal keys to equal integer ids (first occurrence order)."""
    ids: dict[object, int] = {}
    return torch.tensor([ids.setdefault(k, len(ids)) for k in keys], dtype=torch.long)


def best_positive_rank(
    sim: torch.Tensor, query_groups: torch.Tensor, gallery_groups: torch.Tensor, *, chunk: int = 1024
) -> torch.Tensor:
    """0-based rank of the best-scoring positive for each query.

    ``sim`` is (Q, G); gallery item g is a positive for query q when ``gallery_groups[g] == query_groups[q]``.
    Ties are broken pessimistically: a negative that scores *equal* to the best positive ranks above it, so
    a model that outputs constant features cannot score well.
    """
    if sim.ndim != 2 or sim.shape[0] != len(query_groups) or sim.shape[1] != len(gallery_groups):
        raise ValueError(
            f"similarity {tuple(sim.shape)} does not match {len(query_groups)} queries x "
            f"{len(gallery_groups)} gallery items"
        )
    ranks = torch.empty(sim.shape[0], dtype=torch.long)
    for start in range(0, sim.shape[0], chunk):
        block = sim[start : start + chunk].float()
        pos = query_groups[start : start + chunk, None] == gallery_groups[None, :]
        if not bool(pos.any(dim=1).all()):
            raise ValueError("every query needs at least one positive in the gallery")
        best_pos = block.masked_fill(~pos, float("-inf")).max(dim=1).values
        ranks[start : start + chunk] = ((block >= best_pos[:, None]) & ~pos).sum(dim=1)
    return ranks


def recall_at_k(ranks: torch.Tensor, ks: Sequence[int] = DEFAULT_KS) -> dict[int, float]:
    """Fraction of queries whose best positive rank is below K, for each K."""
    n = max(len(ranks), 1)
    return {int(k): float((ranks < k).sum()) / n for k in ks}


def feature_ranks(
    queries: torch.Tensor,
    gallery: torch.Tensor,
    query_groups: torch.Tensor,
    gallery_groups: torch.Tensor,
    *,
    chunk: int = 1024,
) -> torch.Tensor:
    """``best_positive_rank`` of dot-product similarities, computed a block of queries at a time.

    The full (Q, G) matrix is never held: a 72k-pair split would need ~20 GB for it.
    """
    ranks = []
    gallery = gallery.float()
    for start in range(0, queries.shape[0], chunk):
        block = queries[start : start + chunk].float() @ gallery.T
        ranks.append(best_positive_rank(block, query_groups[start : start + chunk], gallery_groups, chunk=chunk))
    return torch.cat(ranks) if ranks else torch.empty(0, dtype=torch.long)


def retrieval_recalls(
    image_features: torch.Tensor,
    text_features: torch.Tensor,
    *,
    match_keys: Sequence[object] | None = None,
    ks: Sequence[int] = DEFAULT_KS,
) -> tuple[dict[int, float], dict[int, float]]:
    """Image->text and text->image recall@K over paired features (row i of both is pair i).

    ``match_keys`` (e.g. the caption strings) makes pairs with equal keys count as matches of each other, the
    way COCO counts any of an image's captions; by default only the paired index matches.
    """
    if image_features.shape != text_features.shape:
        raise ValueError(
            f"image features {tuple(image_features.shape)} and text features "
            f"{tuple(text_features.shape)} must be paired"
        )
    n = image_features.shape[0]
    groups = _group_ids(match_keys) if match_keys is not None else torch.arange(n)
    if len(groups) != n:
        raise ValueError(f"{len(groups)} match keys for {n} pairs")
    i2t = recall_at_k(feature_ranks(image_features, text_features, groups, groups), ks)
    t2i = recall_at_k(feature_ranks(text_features, image_features, groups, groups), ks)
    return i2t, t2i


def seeded_gallery(n: int, size: int, seed: int) -> torch.Tensor:
    """Sorted indices of a fixed random subset of ``min(size, n)`` pairs (the whole range when ``n <= size``)."""
    if n <= size:
        return torch.arange(n)
    gen = torch.Generator().manual_seed(seed)
    return torch.randperm(n, generator=gen)[:size].sort().values


def resolve_targets(predictions: torch.Tensor, label_sets: Sequence[Sequence[int]]) -> torch.Tensor:
    """One target class per sample for multi-label samples.

    A prediction that is any of the sample's labels counts as correct (its target becomes the prediction);
    otherwise the target is the sample's first label. Accuracy, macro recall and the confusion matrix are all
    computed from these targets, so they agree with each other.
    """
    if len(predictions) != len(label_sets):
        raise ValueError(f"{len(predictions)} predictions for {len(label_sets)} samples")
    targets = []
    for pred, labels in zip(predictions.tolist(), label_sets, strict=True):
        if not labels:
            raise ValueError("every evaluated sample needs at least one label")
        targets.append(pred if pred in labels else labels[0])
    return torch.tensor(targets, dtype=torch.long)


def confusion_matrix(targets: torch.Tensor, predictions: torch.Tensor, n_classes: int) -> torch.Tensor:
    """(n_classes, n_classes) counts; rows are targets, columns predictions."""
    idx = targets.long() * n_classes + predictions.long()
    return torch.bincount(idx, minlength=n_classes * n_classes).reshape(n_classes, n_classes)


def accuracy_from_confusion(cm: torch.Tensor) -> float:
    """Trace over total (0.0 for an empty matrix)."""
    total = int(cm.sum())
    return float(cm.trace()) / total if total else 0.0


def macro_recall_from_confusion(cm: torch.Tensor) -> float:
    """Mean per-class recall over the classes that occur as targets (classes with no samples are left out)."""
    support = cm.sum(dim=1)
    present = support > 0
    if not bool(present.any()):
        return 0.0
    per_class = cm.diagonal()[present].float() / support[present].float()
    return float(per_class.mean())
