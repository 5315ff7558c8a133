"""Paired-seed comparison of training arms: deltas against a baseline arm, t-interval over seeds, sign count.

Arms trained with the same seed share initial weights and batch order, so per-seed differences remove most of
the seed-to-seed variation; the 95% interval is the Student-t interval of the mean difference over seeds.

>>> summary = paired_deltas([0.31, 0.33, 0.30], [0.29, 0.32, 0.30])
>>> summary["deltas"], summary["positive"]
([0.02, 0.01, 0.0], 2)
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from typing import Any

# Two-sided 97.5% quantiles of Student's t by degrees of freedom (1..30); above 30 the normal 1.96 is used.
_T975 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)  # fmt: skip


def t_quantile_975(dof: int) -> float:
    """The 0.975 quantile of Student's t with ``dof`` degrees of freedom."""
    if dof < 1:
        raise ValueError("a t-interval needs at least two paired values")
    return _T975[dof - 1] if dof <= len(_T975) else 1.96


def paired_deltas(arm: Sequence[float], baseline: Sequence[float]) -> dict[str, Any]:
    """``{"deltas", "mean", "ci95", "positive", "n"}`` of ``arm[i] - baseline[i]`` over seeds ``i``.

    ``ci95`` is ``[lo, hi]`` of the t-interval (``None`` bounds with a single seed).
    """
    if len(arm) != len(baseline):
        raise ValueError(f"{len(arm)} values against {len(baseline)} baseline values: seeds must pair up")
    deltas = [round(a - b, 10) for a, b in zip(arm, baseline, strict=True)]
    n = len(deltas)
    mean = statistics.fmean(deltas) if deltas else float("nan")
    if n >= 2:
        half = t_quantile_975(n - 1) * statistics.stdev(deltas) / math.sqrt(n)
        ci: list[float | None] = [mean - half, mean + half]
    else:
        ci = [None, None]
    return {"deltas": deltas, "mean": mean, "ci95": ci, "positive": sum(d > 0 for d in deltas), "n": n}


def majority_chance(zero_shot: Any) -> dict[str, float]:
    """Per scored dimension, the accuracy of always predicting its most frequent target (from the confusion rows)."""
    out = {}
    for dim in zero_shot.dimensions:
        if dim.n_samples and dim.confusion:
            out[dim.field] = max(sum(row) for row in dim.confusion) / dim.n_samples
    return out
