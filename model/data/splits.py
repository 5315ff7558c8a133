"""Case-level (patient-level) splitting: every case lands in exactly one split."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from udt.errors import DataError

SPLITS = ("train", "valid", "test")
DEFAULT_FRACTIONS: Mapping[str, float] = {"train": 0.8, "valid": 0.1, "test": 0.1}


def _rank(case_id: str, seed: int) -> str:
    return hashlib.sha256(f"{seed}\x00{case_id}".encode()).hexdigest()


def split_cases(case_ids: Iterable[str], fractions: Mapping[str, float] | None = None, seed: int = 0) -> dict[str, str]:
    """Assign each distinct case id to a split, deterministically for a seed.

    Cases are ordered by a seeded hash and cut by the fractions (counted in cases), so the result does not depend
    on the input order and no case can fall in two splits. Every split with a positive fraction receives at least
    one case when there are enough cases.

    >>> split_cases(["a", "b", "c", "d"], {"train": 0.5, "test": 0.5}, seed=1)  # doctest: +SKIP
    {'c': 'train', 'a': 'train', 'd': 'test', 'b': 'test'}
    """
    fractions = dict(fractions or DEFAULT_FRACTIONS)
    if not fractions or any(f < 0 for f in fractions.values()) or sum(fractions.values()) <= 0:
        raise DataError(
            "data.bad_fractions", f"split fractions {fractions} are invalid", "give non-negative fractions, sum > 0"
        )
    total = sum(fractions.values())
    cases = sorted(set(case_ids), key=lambda c: _rank(c, seed))
    n = len(cases)
    names = [s for s, f in fractions.items() if f > 0]
    counts = [round(fractions[s] / total * n) for s in names]
    # Give each split one case before rounding leftovers to the largest split.
    if n >= len(names):
        for i, c in enumerate(counts):
            if c == 0:
                counts[i] = 1
    while sum(counts) > n:
        counts[counts.index(max(counts))] -= 1
    while sum(counts) < n:
        counts[counts.index(max(counts))] += 1
    out: dict[str, str] = {}
    start = 0
    for name, count in zip(names, counts, strict=True):
        for case in cases[start : start + count]:
            out[case] = name
        start += count
    return out
