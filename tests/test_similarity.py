"""TagSimilarity: ontology-derived matrices, persistence (safetensors + npz), alignment and bad files."""

from __future__ import annotations

import numpy as np
import pytest

from graphing.similarity import TagSimilarity
from udt.errors import DataError


def test_matrices_are_well_formed(tax, sim):
    assert sim.fields == tax.fields
    for field in tax.fields:
        m = sim.matrix(field)
        assert m.shape == (len(tax.values(field)),) * 2
        assert np.allclose(np.diag(m), 1.0) and np.allclose(m, m.T)
        assert m.min() >= 0 and m.max() <= 1
        assert list(sim.dimensions[field].iris) == [c.iri for c in tax.values(field)]


def test_hierarchy_distance_for_organs(tax, sim):
    organs = tax.values("Organ_level")
    system = {c.iri: tax.rollups(c)["Body_system_level"].iri for c in organs}
    a = organs[0]
    same = next(c for c in organs if c.iri != a.iri and system[c.iri] == system[a.iri])
    other = next(c for c in organs if system[c.iri] != system[a.iri])
    s_same = sim.value("Organ_level", a.us365k_label, same.us365k_label)
    s_other = sim.value("Organ_level", a.us365k_label, other.us365k_label)
    assert 0 < s_same < 1 and s_other < s_same


def test_ordinal_distance(tax, sim):
    for d in tax.dimensions:
        if not d.ordinal:
            continue
        ranked = [c for c in tax.values(d.field) if c.rank is not None]
        first, second, last = ranked[0], ranked[1], ranked[-1]
        near = sim.value(d.field, first.iri, second.iri)
        far = sim.value(d.field, first.iri, last.iri)
        assert far == pytest.approx(0.0) and 0 < near < 1
        unranked = [c for c in tax.values(d.field) if c.rank is None]
        for c in unranked:
            assert sim.value(d.field, c.iri, first.iri) == 0.0


def test_flat_dimension_is_identity(tax, sim):
    flat = [
        f
        for f in tax.fields
        if all(len(tax.parents(c)) == 1 and tax.parents(c)[0].is_dimension for c in tax.values(f))
        and not tax.dimension(f).ordinal
    ]
    assert flat
    for field in flat:
        assert np.array_equal(sim.matrix(field), np.eye(len(tax.values(field))))


def test_safetensors_roundtrip_and_alignment(tax, sim, tmp_path):
    path = sim.save(tmp_path / "sim.safetensors")
    back = TagSimilarity.load(path, tax)
    for field in tax.fields:
        assert np.array_equal(back.matrix(field), sim.matrix(field))
    assert back.method["kinds"] == sim.method["kinds"]
    # A file with rows in another order is realigned by IRI.
    dims = dict(sim.dimensions)
    organ = dims["Organ_level"]
    order = np.arange(len(organ.iris))[::-1]
    dims["Organ_level"] = type(organ)(
        organ.field,
        tuple(np.array(organ.iris)[order]),
        tuple(np.array(organ.labels)[order]),
        organ.matrix[np.ix_(order, order)],
    )
    assert np.array_equal(TagSimilarity(dims).aligned(tax).matrix("Organ_level"), organ.matrix)
    (tmp_path / "bad.safetensors").write_bytes(b"garbage")
    with pytest.raises(DataError):
        TagSimilarity.load(tmp_path / "bad.safetensors")


def test_npz_export_import(tax, sim, tmp_path):
    files = sim.to_npz_dir(tmp_path, tax)
    assert [f.name for f in files] == [f"task{d.index}_tag_normalized.npz" for d in tax.dimensions]
    with np.load(files[0], allow_pickle=False) as npz:
        assert npz["labels"].dtype.kind == "U"
    back = TagSimilarity.from_npz_dir(tmp_path, tax)
    for field in tax.fields:
        assert np.allclose(back.matrix(field), sim.matrix(field))


def test_npz_bad_inputs(tax, sim, tmp_path):
    sim.to_npz_dir(tmp_path, tax)
    first = tmp_path / "task0_tag_normalized.npz"
    labels = [c.us365k_label for c in tax.values(tax.fields[0])]
    np.savez(first, matrix=np.eye(len(labels)), labels=np.array(labels, dtype=object))
    with pytest.raises(DataError, match="unicode"):
        TagSimilarity.from_npz_dir(tmp_path, tax)
    np.savez(first, matrix=np.eye(len(labels)), labels=np.array([*labels[:-1], "martian"]))
    with pytest.raises(DataError, match="martian"):
        TagSimilarity.from_npz_dir(tmp_path, tax)
    np.savez(first, matrix=np.full((len(labels),) * 2, 3.0), labels=np.array(labels))
    with pytest.raises(DataError, match=r"\[0, 1\]"):
        TagSimilarity.from_npz_dir(tmp_path, tax)
    first.unlink()
    with pytest.raises(DataError):
        TagSimilarity.from_npz_dir(tmp_path, tax)
    derived = TagSimilarity.from_npz_dir(tmp_path, tax, missing="derive")
    assert np.array_equal(derived.matrix(tax.fields[0]), sim.matrix(tax.fields[0]))
