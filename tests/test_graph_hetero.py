"""Hetero graphs: typed schema, batch == collated per-sample graphs, sparse/empty records, bad input, persistence."""

from __future__ import annotations

import warnings

import pytest
import torch
from torch_geometric.data import Batch

import graphing
import udt
from graphing.labels import UnknownLabelWarning
from graphing.synthetic import random_records
from udt.errors import DataError


@pytest.fixture(scope="module")
def tax() -> udt.Taxonomy:
    return udt.load_taxonomy()


@pytest.fixture(scope="module")
def vocab(tax: udt.Taxonomy) -> graphing.ConceptVocabulary:
    return graphing.ConceptVocabulary(tax)


def test_vocabulary_is_derived_from_taxonomy(tax, vocab):
    released = [c.iri for f in tax.fields for c in tax.values(f)]
    assert vocab.iris[1:] == released
    assert len(vocab) == len(released) + 1
    assert vocab.labels[vocab.index(released[0])] == tax.concepts[released[0]].label
    assert all(text for text in vocab.texts)
    with pytest.raises(DataError):
        vocab.index("https://example.org/nothing")


def test_metadata_is_identical_for_any_batch(tax):
    expected = graphing.graph_metadata(tax)
    for records in ([{}], [{"Margins": ["well-defined"]}], random_records(tax, 7, seed=3)):
        data = graphing.build_hetero_batch(records, tax)
        data.validate()
        assert data.metadata() == (expected[0], expected[1])
    # Both directions of every relation are present.
    _, edge_types = expected
    for src, _rel, dst in edge_types:
        assert any(s == dst and d == src for s, _r, d in edge_types)


def test_context_edges_follow_ontology(tax):
    organ = tax.values("Organ_level")[0]
    system = tax.rollups(organ)["Body_system_level"]
    other = next(s for s in tax.values("Body_system_level") if s.iri != system.iri)
    rec = {"Organ_level": [organ.us365k_label], "Body_system_level": [system.us365k_label, other.us365k_label]}
    data = graphing.build_hetero_batch([rec], tax)
    et = ("Organ_level", "part_of", "Body_system_level")
    assert data[et].edge_index.tolist() == [[0], [0]]  # only to its own body system
    plain = graphing.build_hetero_batch([rec], tax, context_edges=False)
    assert et not in plain.edge_types


def test_sample_without_diagnosis_is_connected(tax, vocab):
    rec = {"Organ_level": ["Liver"], "Body_system_level": ["Abdomen and retroperitoneum"], "Echogenicity": ["anechoic"]}
    data = graphing.build_hetero_batch([rec], tax, vocab=vocab)
    g = graphing.to_networkx(data, vocab)
    assert g.number_of_nodes() == 4
    import networkx as nx

    assert nx.is_weakly_connected(g)
    assert data[("Diagnosis", "described_by", "Echogenicity")].edge_index.shape == (2, 0)
    assert vocab.labels[int(data["Echogenicity"].x[0])] == tax.by_us365k("Echogenicity", "anechoic").label


def test_empty_records_give_anchor_only_graphs(tax):
    data = graphing.build_hetero_batch([{}, {"Diagnosis": []}, {"Shape": None}], tax)
    data.validate()
    assert data.num_graphs == 3
    assert data["sample"].batch.tolist() == [0, 1, 2]
    assert sum(data[et].num_edges for et in data.edge_types) == 0
    assert data["Diagnosis"].x.dtype == torch.long and data["Diagnosis"].x.shape == (0,)
    empty = graphing.build_hetero_batch([], tax)
    assert empty.num_graphs == 0 and empty["sample"].x.shape == (0,)


@pytest.mark.parametrize("seed", [0, 1])
def test_batch_equals_collated_per_sample_graphs(tax, seed):
    records = random_records(tax, 60, seed=seed, coverage={f: 0.6 for f in tax.fields}, max_tags=3)
    fast = graphing.build_hetero_batch(records, tax)
    slow = Batch.from_data_list([graphing.build_hetero_graph(r, tax) for r in records])
    assert fast.num_graphs == slow.num_graphs == len(records)
    for nt in fast.node_types:
        for attr in ("x", "batch", "ptr"):
            assert torch.equal(fast[nt][attr], slow[nt][attr]), (nt, attr)
    for et in fast.edge_types:
        assert torch.equal(fast[et].edge_index, slow[et].edge_index), et
    assert sum(fast[et].num_edges for et in fast.edge_types) > 0


def test_synonyms_and_duplicates_resolve(tax):
    value = tax.values("Echogenicity")[1]
    spellings = [value.us365k_label, value.us365k_label.upper(), value.iri]
    data = graphing.build_hetero_batch([{"Echogenicity": spellings}, {"Echogenicity": value.us365k_label}], tax)
    assert data["Echogenicity"].batch.tolist() == [0, 1]  # duplicates collapse, scalar accepted
    assert len(set(data["Echogenicity"].x.tolist())) == 1


def test_unknown_value_errors_or_warns(tax):
    bad = [{"Diagnosis": ["nodule"]}, {"Echogenicity": ["glowing"], "Diagnosis": ["cyst"]}]
    with pytest.raises(DataError) as info:
        graphing.build_hetero_batch(bad, tax)
    assert "glowing" in info.value.message and "Echogenicity" in info.value.message and "record 1" in info.value.message
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        data = graphing.build_hetero_batch(bad, tax, on_unknown="warn")
    hits = [w for w in caught if issubclass(w.category, UnknownLabelWarning)]
    assert len(hits) == 1 and "skipped 1 unknown" in str(hits[0].message)
    assert data["Echogenicity"].x.numel() == 0 and data["Diagnosis"].x.numel() == 2
    with pytest.raises(DataError, match="Echogenecity"):
        graphing.build_hetero_batch([{"Echogenecity": ["hypoechoic"]}], tax)


def test_save_load_roundtrip(tax, vocab, tmp_path):
    data = graphing.build_hetero_batch(random_records(tax, 20, seed=5), tax, vocab=vocab)
    path = graphing.save_graph(data, tmp_path / "b.safetensors", vocab=vocab)
    back = graphing.load_graph(path, vocab=vocab)
    back.validate()
    assert back.metadata() == data.metadata() and back.num_graphs == 20
    for nt in data.node_types:
        assert torch.equal(back[nt].x, data[nt].x) and torch.equal(back[nt].batch, data[nt].batch)
    for et in data.edge_types:
        assert torch.equal(back[et].edge_index, data[et].edge_index)
    other = graphing.ConceptVocabulary(tax, include_finer=True)
    if other.digest != vocab.digest:
        with pytest.raises(DataError):
            graphing.load_graph(path, vocab=other)
    (tmp_path / "junk.safetensors").write_bytes(b"not a file")
    with pytest.raises(DataError):
        graphing.load_graph(tmp_path / "junk.safetensors")


def test_draw_graph_writes_png(tax, vocab, tmp_path):
    data = graphing.build_hetero_batch([{"Diagnosis": ["nodule"], "Organ_level": ["Thyroid gland"]}, {}], tax)
    out = graphing.draw_graph(data, tmp_path / "g.png", vocab, graph_index=0)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(DataError):
        graphing.draw_graph(data, tmp_path / "g.txt", vocab)
    with pytest.raises(DataError):
        graphing.to_networkx(data, vocab, graph_index=9)
