"""Case-level splitting."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.data import split_cases
from udt.errors import DataError


def test_split_is_deterministic_and_order_free():
    cases = [f"case{i}" for i in range(200)]
    a = split_cases(cases, seed=7)
    b = split_cases(list(reversed(cases)), seed=7)
    assert a == b
    c = split_cases(cases, seed=8)
    assert a != c
    counts = {s: sum(1 for v in a.values() if v == s) for s in ("train", "valid", "test")}
    assert counts == {"train": 160, "valid": 20, "test": 20}


def test_duplicates_are_one_case_and_small_sets_fill_every_split():
    out = split_cases(["a", "a", "b", "c"], seed=0)
    assert sorted(out) == ["a", "b", "c"]
    assert sorted(out.values()) == ["test", "train", "valid"]


def test_custom_fractions_and_bad_fractions():
    out = split_cases([str(i) for i in range(10)], {"train": 0.5, "test": 0.5}, seed=1)
    assert sorted(out.values()).count("train") == 5
    with pytest.raises(DataError):
        split_cases(["a"], {"train": -1.0})
    with pytest.raises(DataError):
        split_cases(["a"], {"train": 0.0})


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=5), max_size=60), st.integers(0, 1000))
def test_every_case_in_exactly_one_split(cases, seed):
    out = split_cases(cases, seed=seed)
    assert set(out) == set(cases)
    assert set(out.values()) <= {"train", "valid", "test"}
