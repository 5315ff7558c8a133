"""TrainingCollate: the model's inputs (tokens, graphs, label codes) are made in the DataLoader, not the step."""

from __future__ import annotations

import pickle

import pytest
import torch

from model.data.collate import TrainingCollate, labels_as_text
from model.data.dataset import Sample, Skipped

RECORDS = [
    {"Diagnosis": ["nodule"], "Organ_level": ["Thyroid gland"], "Echogenicity": ["hypoechoic"]},
    {"Organ_level": ["Liver"]},
    {"Diagnosis": ["cyst"], "Echogenicity": ["anechoic"], "PosteriorAcoustics": ["enhancement"]},
]


@pytest.fixture(scope="module")
def parts(taxonomy):
    from graphing import ConceptVocabulary, SoftLabeler
    from model.config import ModelConfig
    from model.encoders import load_tokenizer

    return load_tokenizer(ModelConfig()), ConceptVocabulary(taxonomy), SoftLabeler(taxonomy)


def _samples() -> list:
    out: list = [Sample(torch.zeros(3, 8, 8), f"caption {i}", r, f"c{i}", f"k{i}") for i, r in enumerate(RECORDS)]
    return [*out, Skipped("bad", "truncated")]


def test_collate_fills_tensors_graph_and_codes(taxonomy, parts):
    from graphing import build_hetero_batch

    tokenizer, vocab, labeler = parts
    collate = TrainingCollate(tokenizer, 16, taxonomy=taxonomy, graph_vocab=vocab, labeler=labeler)
    batch = collate(_samples())
    assert len(batch) == 3 and batch.skipped == ["bad"]
    assert batch.input_ids.shape == batch.attention_mask.shape and batch.input_ids.shape[0] == 3
    assert batch.input_ids.dtype == torch.long
    expected = build_hetero_batch(RECORDS, taxonomy, vocab=vocab)
    for node_type in expected.node_types:
        assert torch.equal(batch.graph[node_type].x, expected[node_type].x)
    assert torch.equal(batch.label_codes, torch.from_numpy(labeler.codes(RECORDS)))
    # the soft labels the step makes from the codes equal those made from the records
    assert torch.allclose(labeler.from_codes(batch.label_codes), labeler.batch(RECORDS))


def test_collate_without_graph_or_labels_and_labels_text(taxonomy, parts):
    tokenizer, _, _ = parts
    plain = TrainingCollate(tokenizer, 64, taxonomy=taxonomy)(_samples())
    assert plain.graph is None and plain.label_codes is None and plain.input_ids is not None
    texts = TrainingCollate(tokenizer, 64, taxonomy=taxonomy, text_mode="caption+labels").texts(plain)
    assert texts[0] == "caption 0 Diagnosis: nodule. Organ level: Thyroid gland. Echogenicity: hypoechoic."
    assert labels_as_text("x", {}, taxonomy.fields) == "x"
    longer = TrainingCollate(tokenizer, 64, taxonomy=taxonomy, text_mode="caption+labels")(_samples())
    assert longer.input_ids.shape[1] > plain.input_ids.shape[1]


def test_collate_pickles_for_worker_processes(taxonomy, parts):
    tokenizer, vocab, labeler = parts
    collate = TrainingCollate(tokenizer, 16, taxonomy=taxonomy, graph_vocab=vocab, labeler=labeler)
    labeler.from_codes(torch.from_numpy(labeler.codes(RECORDS)))  # fills the tensor cache, which must not travel
    clone = pickle.loads(pickle.dumps(collate))
    a, b = collate(_samples()), clone(_samples())
    assert torch.equal(a.input_ids, b.input_ids) and torch.equal(a.label_codes, b.label_codes)


def test_loader_with_workers_yields_collated_batches(taxonomy, parts):
    tokenizer, vocab, labeler = parts
    collate = TrainingCollate(tokenizer, 16, taxonomy=taxonomy, graph_vocab=vocab, labeler=labeler)
    data = _samples()[:3] * 4
    loader = torch.utils.data.DataLoader(data, batch_size=4, collate_fn=collate, num_workers=2)
    batches = list(loader)
    assert len(batches) == 3
    assert all(b.label_codes.shape == (4, labeler.n_values) and b.graph is not None for b in batches)
