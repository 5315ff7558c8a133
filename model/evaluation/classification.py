"""Scoring a classifier's predictions per dimension (zero-shot or linear probe) from label sets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import torch

from model.evaluation.metrics import (
    accuracy_from_confusion,
    confusion_matrix,
    macro_recall_from_confusion,
    resolve_targets,
)
from model.evaluation.results import ClassificationScores, DimensionScore


def score_dimension(
    field: str, classes: Sequence[str], predictions: torch.Tensor, label_sets: Sequence[Sequence[int]]
) -> DimensionScore:
    """Accuracy, macro recall and the confusion matrix of one dimension (multi-label via ``resolve_targets``)."""
    if len(label_sets) == 0:
        return DimensionScore(field=field, n_samples=0, classes=list(classes))
    targets = resolve_targets(predictions, label_sets)
    cm = confusion_matrix(targets, predictions, len(classes))
    return DimensionScore(
        field=field,
        n_samples=len(label_sets),
        classes=list(classes),
        accuracy=accuracy_from_confusion(cm),
        macro_recall=macro_recall_from_confusion(cm),
        confusion=cm.tolist(),
    )


def summarise(scores: Sequence[DimensionScore]) -> ClassificationScores:
    """Averages over the dimensions that had at least one sample (the paper's AvgAcc / AvgRecall)."""
    scored = [s for s in scores if s.accuracy is not None]
    if not scored:
        return ClassificationScores(dimensions=list(scores))
    return ClassificationScores(
        dimensions=list(scores),
        avg_accuracy=sum(s.accuracy for s in scored) / len(scored),  # type: ignore[misc]
        avg_recall=sum(s.macro_recall for s in scored) / len(scored),  # type: ignore[misc]
        dimensions_scored=len(scored),
    )


def zero_shot_scores(
    image_features: torch.Tensor,
    class_features: Mapping[str, torch.Tensor],
    class_names: Mapping[str, Sequence[str]],
    targets: Mapping[str, tuple[Sequence[int], Sequence[Sequence[int]]]],
) -> ClassificationScores:
    """Zero-shot: each image takes the class whose (ensembled) text embedding is most similar.

    ``targets[field] = (rows, label_sets)`` lists the samples that have the dimension.
    """
    scores = []
    for field, feats in class_features.items():
        rows, sets = targets[field]
        if rows:
            preds = (image_features[list(rows)].float() @ feats.float().T).argmax(dim=1)
        else:
            preds = torch.empty(0, dtype=torch.long)
        scores.append(score_dimension(field, class_names[field], preds, sets))
    return summarise(scores)
