"""Linear probing: a seeded multinomial logistic regression per dimension on frozen image features."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import torch

from model.evaluation.classification import score_dimension, summarise
from model.evaluation.results import ClassificationScores

PROBE_DESCRIPTION = (
    "multinomial logistic regression (torch, L-BFGS, L2 weight {wd}, standardised features, seed {seed}) per "
    "dimension, trained on the frozen image features of the {train} split (a multi-label sample gives one row "
    "per label), scored on the evaluated split"
)


def fit_logistic_regression(
    x: torch.Tensor, y: torch.Tensor, n_classes: int, *, weight_decay: float = 1e-3, max_iter: int = 100, seed: int = 0
) -> torch.nn.Linear:
    """Fit ``Linear(D, n_classes)`` by L-BFGS on cross-entropy + L2; deterministic for a given seed."""
    gen = torch.Generator().manual_seed(seed)
    layer = torch.nn.Linear(x.shape[1], n_classes)
    with torch.no_grad():
        layer.weight.copy_(torch.randn(layer.weight.shape, generator=gen) * 0.01)
        layer.bias.zero_()
    opt = torch.optim.LBFGS(
        layer.parameters(),
        lr=1.0,
        max_iter=max_iter,
        tolerance_grad=1e-4,
        tolerance_change=1e-6,
        line_search_fn="strong_wolfe",
    )

    def closure() -> torch.Tensor:
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(layer(x), y) + weight_decay * layer.weight.pow(2).sum()
        loss.backward()
        return loss

    opt.step(closure)
    return layer


def linear_probe_scores(
    train_features: torch.Tensor,
    train_targets: Mapping[str, tuple[Sequence[int], Sequence[Sequence[int]]]],
    test_features: torch.Tensor,
    test_targets: Mapping[str, tuple[Sequence[int], Sequence[Sequence[int]]]],
    class_names: Mapping[str, Sequence[str]],
    *,
    weight_decay: float = 1e-3,
    seed: int = 0,
) -> ClassificationScores:
    """Per dimension: fit on the train rows that have it, predict the test rows that have it, score."""
    train_features = train_features.float()
    mean = train_features.mean(dim=0, keepdim=True)
    std = train_features.std(dim=0, keepdim=True).clamp_min(1e-6)
    xtr_all = (train_features - mean) / std
    xte_all = (test_features.float() - mean) / std
    scores = []
    for field, names in class_names.items():
        rows, sets = test_targets[field]
        tr_rows, tr_sets = train_targets[field]
        if not rows:
            scores.append(score_dimension(field, names, torch.empty(0, dtype=torch.long), []))
            continue
        if not tr_rows:
            # Nothing to learn from: the probe cannot score this dimension, say so rather than guess.
            scores.append(score_dimension(field, names, torch.empty(0, dtype=torch.long), []))
            continue
        rep = [r for r, s in zip(tr_rows, tr_sets, strict=True) for _ in s]
        ys = [c for s in tr_sets for c in s]
        layer = fit_logistic_regression(
            xtr_all[rep], torch.tensor(ys), len(names), weight_decay=weight_decay, seed=seed
        )
        with torch.no_grad():
            preds = layer(xte_all[list(rows)]).argmax(dim=1)
        scores.append(score_dimension(field, names, preds, sets))
    return summarise(scores)
