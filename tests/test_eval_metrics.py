"""Metric code of model.evaluation on constructed features (no model needed)."""

from __future__ import annotations

import pytest
import torch

from model.evaluation.classification import score_dimension, summarise
from model.evaluation.linear_probe import fit_logistic_regression, linear_probe_scores
from model.evaluation.metrics import (
    accuracy_from_confusion,
    best_positive_rank,
    confusion_matrix,
    macro_recall_from_confusion,
    recall_at_k,
    resolve_targets,
    retrieval_recalls,
    seeded_gallery,
)
from model.evaluation.retrieval import retrieval_scores


def _unit(n: int, d: int, seed: int) -> torch.Tensor:
    gen = torch.Generator().manual_seed(seed)
    return torch.nn.functional.normalize(torch.randn(n, d, generator=gen), dim=-1)


def test_perfect_features_recall_one():
    x = _unit(200, 32, 0)
    i2t, t2i = retrieval_recalls(x, x.clone())
    assert i2t == {1: 1.0, 5: 1.0, 10: 1.0, 50: 1.0}
    assert t2i == {1: 1.0, 5: 1.0, 10: 1.0, 50: 1.0}


def test_shuffled_features_near_chance():
    n = 1000
    x = _unit(n, 64, 1)
    y = x[torch.randperm(n, generator=torch.Generator().manual_seed(2))]
    i2t, t2i = retrieval_recalls(x, y)
    for recalls in (i2t, t2i):
        for k, r in recalls.items():
            chance = k / n
            # Binomial spread around chance: a few standard deviations.
            assert abs(r - chance) < 4 * (chance * (1 - chance) / n) ** 0.5 + 2 / n, (k, r)


def test_constant_features_score_zero_with_pessimistic_ties():
    x = torch.ones(100, 8) / 8**0.5
    i2t, t2i = retrieval_recalls(x, x)
    assert i2t[50] == 0.0 and t2i[1] == 0.0


def test_known_ranks_exact():
    # Query 0: positive best; query 1: positive third; query 2: positive 2nd (tie counts against it).
    sim = torch.tensor([[0.9, 0.1, 0.2], [0.8, 0.3, 0.7], [0.5, 0.6, 0.5]])
    ranks = best_positive_rank(sim, torch.arange(3), torch.arange(3))
    assert ranks.tolist() == [0, 2, 2]
    assert recall_at_k(ranks, (1, 2, 3)) == {1: pytest.approx(1 / 3), 2: pytest.approx(1 / 3), 3: 1.0}


def test_match_keys_make_duplicate_captions_equivalent():
    # Two images share one caption; texts are identical, so by index one of them must rank second.
    img = torch.eye(3)
    txt = torch.tensor([[1.0, 0, 0], [1.0, 0, 0], [0, 0, 1.0]])
    by_index, _ = retrieval_recalls(img, txt, ks=(1,))
    by_caption, _ = retrieval_recalls(img, txt, match_keys=["a", "a", "b"], ks=(1,))
    assert by_index[1] < 1.0
    assert by_caption[1] == pytest.approx(2 / 3)  # image 1 (e_y) is orthogonal to the shared caption


def test_seeded_gallery_fixed_and_bounded():
    a, b = seeded_gallery(10_000, 5000, 7), seeded_gallery(10_000, 5000, 7)
    assert torch.equal(a, b) and len(a) == 5000 and len(set(a.tolist())) == 5000
    assert torch.equal(a, a.sort().values)
    assert not torch.equal(a, seeded_gallery(10_000, 5000, 8))
    assert torch.equal(seeded_gallery(300, 5000, 0), torch.arange(300))


def test_retrieval_scores_report_gallery_sizes():
    x = _unit(120, 16, 3)
    full_only = retrieval_scores(x, x, gallery_size=5000)
    assert [(g.gallery, g.gallery_size) for g in full_only] == [("full", 120)]
    both = retrieval_scores(x, x, gallery_size=50, seed=4)
    assert [(g.gallery, g.gallery_size, g.seed) for g in both] == [("full", 120, None), ("seeded-50", 50, 4)]
    assert both[1].image_to_text["R@1"] == 1.0


def test_confusion_accuracy_macro_recall_known_matrix():
    targets = torch.tensor([0, 0, 0, 0, 1, 1, 2])
    preds = torch.tensor([0, 0, 0, 1, 1, 0, 2])
    cm = confusion_matrix(targets, preds, 4)
    assert cm.tolist() == [[3, 1, 0, 0], [1, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0]]
    assert accuracy_from_confusion(cm) == pytest.approx(5 / 7)
    # Class 3 has no samples and is left out of the macro average.
    assert macro_recall_from_confusion(cm) == pytest.approx((3 / 4 + 1 / 2 + 1) / 3)


def test_resolve_targets_multi_label():
    preds = torch.tensor([1, 2, 0])
    assert resolve_targets(preds, [[0, 1], [0, 1], [0]]).tolist() == [1, 0, 0]
    with pytest.raises(ValueError):
        resolve_targets(preds, [[0], [], [1]])


def test_score_and_summarise_skip_empty_dimensions():
    a = score_dimension("A", ["x", "y"], torch.tensor([0, 1, 1]), [[0], [1], [0]])
    b = score_dimension("B", ["u", "v"], torch.empty(0, dtype=torch.long), [])
    assert a.accuracy == pytest.approx(2 / 3) and a.macro_recall == pytest.approx(0.75)
    assert b.accuracy is None and b.n_samples == 0
    s = summarise([a, b])
    assert s.dimensions_scored == 1 and s.avg_accuracy == pytest.approx(2 / 3)


def _clusters(n: int, k: int, d: int, seed: int, noise: float) -> tuple[torch.Tensor, torch.Tensor]:
    gen = torch.Generator().manual_seed(seed)
    centres = torch.randn(k, d, generator=torch.Generator().manual_seed(99)) * 3
    y = torch.randint(0, k, (n,), generator=gen)
    return centres[y] + noise * torch.randn(n, d, generator=gen), y


def test_linear_probe_separable_and_random():
    xtr, ytr = _clusters(300, 4, 16, 0, 0.5)
    xte, yte = _clusters(200, 4, 16, 1, 0.5)
    names = {"A": ["a", "b", "c", "d"]}
    good = linear_probe_scores(
        xtr,
        {"A": (list(range(300)), [[int(v)] for v in ytr])},
        xte,
        {"A": (list(range(200)), [[int(v)] for v in yte])},
        names,
    )
    assert good.avg_accuracy > 0.95
    # Labels unrelated to the features: test accuracy near chance (1/4).
    yrand = torch.randint(0, 4, (300,), generator=torch.Generator().manual_seed(5))
    yrand_te = torch.randint(0, 4, (200,), generator=torch.Generator().manual_seed(6))
    bad = linear_probe_scores(
        xtr,
        {"A": (list(range(300)), [[int(v)] for v in yrand])},
        xte,
        {"A": (list(range(200)), [[int(v)] for v in yrand_te])},
        names,
    )
    assert bad.avg_accuracy < 0.45


def test_logistic_regression_deterministic():
    x, y = _clusters(100, 3, 8, 2, 2.0)
    a = fit_logistic_regression(x, y, 3, seed=3)
    b = fit_logistic_regression(x, y, 3, seed=3)
    assert torch.equal(a.weight, b.weight)


def test_chunked_ranks_equal_unchunked():
    from model.evaluation.metrics import feature_ranks

    q, g = _unit(300, 16, 7), _unit(300, 16, 8)
    groups = torch.arange(300) // 3  # three pairs share each key
    whole = best_positive_rank(q @ g.T, groups, groups, chunk=10_000)
    assert torch.equal(feature_ranks(q, g, groups, groups, chunk=7), whole)
