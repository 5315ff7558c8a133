"""SoftLabeler: vectorised == per-pair loop (zero mode), skip-mode semantics, diagonal, range, bad input."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from graphing.reference import soft_labels_loop
from graphing.similarity import TagSimilarity
from graphing.soft_labels import SoftLabeler
from graphing.synthetic import random_records
from udt.errors import DataError


@pytest.mark.parametrize("mode", ["zero", "skip"])
@pytest.mark.parametrize("seed", [0, 7])
def test_vectorised_matches_loop(tax, sim, mode, seed):
    records = random_records(tax, 40, seed=seed, coverage={f: 0.5 for f in tax.fields}, max_tags=3)
    # one_sided_weight=0: the loop's skip mode is the plain mean over the dimensions both samples state.
    fast = SoftLabeler(tax, sim, missing=mode, one_sided_weight=0.0).batch(records).double().numpy()
    slow = np.array(soft_labels_loop(records, tax, sim, missing=mode))
    assert np.abs(fast - slow).max() <= 1e-6
    assert fast.shape == (40, 40) and np.allclose(np.diag(fast), 1.0)
    assert fast.min() >= 0 and fast.max() <= 1
    assert np.allclose(fast, fast.T)


def test_skip_mode_ignores_missing_dimensions(tax, sim):
    a = {"Diagnosis": ["nodule"], "Echogenicity": ["hypoechoic"]}
    b = {"Diagnosis": ["nodule"]}  # echogenicity unknown, not dissimilar
    c = {"Shape": ["oval"]}  # no dimension in common with a
    skip = SoftLabeler(tax, sim, missing="skip", one_sided_weight=0.0).batch([a, b, c])
    zero = SoftLabeler(tax, sim, missing="zero").batch([a, b, c])
    assert skip[0, 1].item() == pytest.approx(1.0)
    assert zero[0, 1].item() == pytest.approx(1.0 / len(tax.fields))
    assert skip[0, 2].item() == 0.0


def test_mean_over_tag_pairs_and_ordinal_values(tax, sim):
    echo = tax.values("Echogenicity")
    ranked = [c for c in echo if c.rank is not None]
    lo, hi = ranked[0], ranked[-1]
    a = {"Echogenicity": [lo.us365k_label]}
    b = {"Echogenicity": [lo.us365k_label, hi.us365k_label]}
    out = SoftLabeler(tax, sim).batch([a, b])
    expected = (
        sim.value("Echogenicity", lo.us365k_label, lo.us365k_label)
        + sim.value("Echogenicity", lo.us365k_label, hi.us365k_label)
    ) / 2
    assert out[0, 1].item() == pytest.approx(expected, abs=1e-6)
    assert out.dtype == torch.float32


def test_custom_similarity_is_used(tax):
    sim = TagSimilarity.from_taxonomy(tax)
    dims = dict(sim.dimensions)
    shape = dims["Shape"]
    ones = np.ones_like(shape.matrix)
    dims["Shape"] = type(shape)(shape.field, shape.iris, shape.labels, ones)
    custom = TagSimilarity(dims)
    values = [c.us365k_label for c in tax.values("Shape")][:2]
    out = SoftLabeler(tax, custom).batch([{"Shape": [values[0]]}, {"Shape": [values[1]]}])
    assert out[0, 1].item() == pytest.approx(1.0)


def test_bad_input(tax, sim):
    with pytest.raises(DataError, match="Vascularity"):
        SoftLabeler(tax, sim).batch([{"Vascularity": ["pulsing"]}])
    with pytest.raises(DataError):
        SoftLabeler(tax, sim, missing="maybe")  # type: ignore[arg-type]
    labeler = SoftLabeler(tax, sim, on_unknown="warn")
    with pytest.warns(UserWarning, match="skipped 1 unknown"):
        out = labeler.batch([{"Vascularity": ["pulsing"]}, {}])
    assert out.tolist() == [[1.0, 0.0], [0.0, 1.0]]
    assert SoftLabeler(tax, sim).batch([]).shape == (0, 0)


def test_explain_matches_batch(tax, sim):
    a, b = random_records(tax, 2, seed=11, coverage={f: 0.9 for f in tax.fields})
    for mode in ("skip", "zero"):
        labeler = SoftLabeler(tax, sim, missing=mode)
        explanation = labeler.explain(a, b)
        assert len(explanation.dimensions) == len(tax.fields)
        assert explanation.similarity == pytest.approx(labeler.batch([a, b])[0, 1].item(), abs=1e-6)


def test_skip_mode_shrinks_with_the_dimensions_two_samples_share(tax, sim):
    rich = {
        "Body_system_level": ["Abdomen and retroperitoneum"],
        "Organ_level": ["Liver"],
        "Diagnosis": ["nodule"],
        "Echogenicity": ["hypoechoic"],
    }
    sparse = {"Body_system_level": ["Abdomen and retroperitoneum"], "Organ_level": ["Liver"]}
    middle = {**sparse, "Diagnosis": ["nodule"]}
    labeler = SoftLabeler(tax, sim)  # default: skip, one-sided dimensions weigh 0.5
    out = labeler.batch([rich, sparse, middle, dict(rich)])
    # two shared (both identical), two stated on one side only: 2 / (2 + 0.5 * 2)
    assert out[0, 1].item() == pytest.approx(2 / 3, abs=1e-6)
    # sharing more of the stated dimensions gives a higher score; identical records still score 1
    assert out[0, 1] < out[0, 2] < out[0, 3]
    assert out[0, 3].item() == pytest.approx(1.0)
    assert labeler.explain(rich, sparse).similarity == pytest.approx(out[0, 1].item(), abs=1e-6)
    # the weight interpolates between the plain shared mean (0) and counting one-sided dimensions as 0 (1)
    plain = SoftLabeler(tax, sim, one_sided_weight=0.0).batch([rich, sparse])[0, 1].item()
    strict = SoftLabeler(tax, sim, one_sided_weight=1.0).batch([rich, sparse])[0, 1].item()
    assert plain == pytest.approx(1.0) and strict == pytest.approx(0.5)
    with pytest.raises(DataError):
        SoftLabeler(tax, sim, one_sided_weight=2.0)


@pytest.mark.parametrize("mode", ["zero", "skip"])
def test_from_codes_equals_from_records(tax, sim, mode):
    records = random_records(tax, 33, seed=3, coverage={f: 0.6 for f in tax.fields}, max_tags=2)
    labeler = SoftLabeler(tax, sim, missing=mode)
    codes = labeler.codes(records)
    assert codes.shape == (33, labeler.n_values) and codes.dtype == np.uint8
    # codes are per-dimension blocks: a sample's tags of dimension k sit in that dimension's columns only
    for k, field in enumerate(tax.fields):
        block = codes[:, labeler.offsets[k] : labeler.offsets[k + 1]]
        assert block.sum() == sum(len(set(r.get(field, []))) for r in records)
    from_codes = labeler.from_codes(torch.from_numpy(codes))
    assert torch.allclose(from_codes, labeler.batch(records), atol=1e-6)
    with pytest.raises(DataError, match="codes of shape"):
        labeler.from_codes(torch.zeros(2, 5, dtype=torch.uint8))
