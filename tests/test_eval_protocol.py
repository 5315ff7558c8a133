"""The evaluation protocol end to end on an oracle encoder (features built from the labels), no model needed."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

import pytest
import torch

from model.evaluation.core import evaluate_features
from model.evaluation.features import extract_features, text_side_records
from model.evaluation.prompts import build_class_prompts, class_embeddings
from model.evaluation.report import markdown_report, save_confusion_pngs
from model.evaluation.targets import class_index, dimension_targets, record_classes


class OracleEncoder:
    """Embeds a label record as the normalised sum of one-hot (field, class) vectors; images carry their records."""

    def __init__(self, tax):
        self.tax = tax
        self.offsets = {}
        total = 0
        for f in tax.fields:
            self.offsets[f] = total
            total += len(tax.values(f))
        self.dim = total + 1  # +1 so an empty record is not the zero vector
        self.text_calls: list[list[dict]] = []

    def embed(self, record):
        v = torch.zeros(self.dim)
        v[-1] = 0.01
        for f in self.tax.fields:
            for c in record_classes(self.tax, f, record, class_index(self.tax, f)):
                v[self.offsets[f] + c] = 1.0
        return v

    def images(self, images):
        return images  # the fake batches already hold oracle features

    def texts(self, texts, records):
        self.text_calls.append(records)
        return torch.stack([self.embed(r) for r in records])


@dataclass
class FakeBatch:
    images: torch.Tensor
    captions: list[str]
    labels: list[dict]


def _records(tax, n, seed):
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        rec = {}
        for f in tax.fields:
            if rng.random() < 0.7:
                values = tax.values(f)
                rec[f] = [v.us365k_label for v in rng.sample(values, k=min(len(values), rng.choice([1, 1, 2])))]
        out.append(rec)
    return out


def _batches(enc, records, bs=16, image_records=None):
    image_records = image_records or records
    for i in range(0, len(records), bs):
        recs = records[i : i + bs]
        imgs = torch.stack([enc.embed(r) for r in image_records[i : i + bs]])
        yield FakeBatch(imgs, [f"caption {i + j}" for j in range(len(recs))], recs)


def _no_parse(texts):
    raise AssertionError("every record has labels; the parser must not run")


def test_prompts_cover_every_released_value(taxonomy):
    for f in taxonomy.fields:
        classes = build_class_prompts(taxonomy, f)
        assert [c.iri for c in classes] == [v.iri for v in taxonomy.values(f)]
        for c, v in zip(classes, taxonomy.values(f), strict=True):
            assert len(c.prompts) >= 4 and any(v.label in p for p in c.prompts)
            # The prompt graph is the class's own label and maps back to the same class.
            assert record_classes(taxonomy, f, c.record, class_index(taxonomy, f)) == [classes.index(c)]


def test_class_embeddings_average_prompts(taxonomy):
    classes = build_class_prompts(taxonomy, "Margins")

    def encode(texts, records):
        return torch.stack([torch.tensor([1.0, float(len(t))]) for t in texts])

    emb = class_embeddings(classes, encode)
    assert emb.shape == (len(classes), 2)
    assert torch.allclose(emb.norm(dim=1), torch.ones(len(classes)))


def test_targets_roll_up_and_ignore_unknown(taxonomy):
    organ = taxonomy.values("Organ_level")[0]
    finer = next((c for c in taxonomy.descendants(organ) if c.dimension == "Organ_level"), None)
    recs = [{"Organ_level": [organ.us365k_label]}, {"Organ_level": ["no such organ xyz"]}, {}]
    if finer is not None:
        recs.append({"Organ_level": [finer.label]})
    rows, sets = dimension_targets(taxonomy, recs)["Organ_level"]
    assert rows == [0] + ([3] if finer is not None else [])
    assert all(s == [0] for s in sets)


def test_text_side_records_parse_only_unlabelled():
    seen = []

    def parse(texts):
        seen.extend(texts)
        return [{"Diagnosis": ["cyst"]} for _ in texts]

    recs, n = text_side_records(["a", "b"], [{"Diagnosis": ["nodule"]}, {"Diagnosis": []}], parse, "data")
    assert seen == ["b"] and n == 1
    assert recs == [{"Diagnosis": ["nodule"]}, {"Diagnosis": ["cyst"]}]
    # the evaluation protocol: every caption is parsed, the true labels never reach the text side
    seen.clear()
    recs, n = text_side_records(["a", "b"], [{"Diagnosis": ["nodule"]}, {"Diagnosis": []}], parse)
    assert seen == ["a", "b"] and n == 2
    assert recs == [{"Diagnosis": ["cyst"]}, {"Diagnosis": ["cyst"]}]


def test_oracle_encoder_scores_perfectly(taxonomy, tmp_path):
    enc = OracleEncoder(taxonomy)
    test = extract_features(enc, _batches(enc, _records(taxonomy, 120, 0)), parse=_no_parse, text_records="data")
    train = extract_features(
        enc, _batches(enc, _records(taxonomy, 200, 1)), with_text=False, parse=_no_parse, text_records="data"
    )
    result = evaluate_features(enc, taxonomy, test, train=train, run="oracle", gallery_size=50, seed=0)
    zs = result.zero_shot
    assert zs.dimensions_scored == 9 and zs.avg_accuracy == 1.0 and zs.avg_recall == 1.0
    assert result.linear_probe is not None and result.linear_probe.avg_accuracy > 0.9
    assert [g.gallery_size for g in result.retrieval] == [120, 50]
    # Prompt graphs: each class prompt was embedded with its own one-tag record.
    prompt_records = [r for call in enc.text_calls for r in call if len(r) == 1]
    assert {"Margins": ["ill-defined/indistinct"]} in prompt_records

    md = markdown_report([result, result.model_copy(update={"name": "copy"})], taxonomy)
    assert "full (n=120)" in md and "seeded-50 (n=50, seed 0)" in md and "| copy | Acc |" in md
    pngs = save_confusion_pngs(zs, tmp_path)
    assert len(pngs) == 9 and all(p.read_bytes()[:4] == b"\x89PNG" for p in pngs)
    assert json.loads(result.model_dump_json())["zero_shot"]["avg_accuracy"] == 1.0


def test_mismatched_images_score_lower(taxonomy):
    enc = OracleEncoder(taxonomy)
    recs = _records(taxonomy, 150, 2)
    shuffled = recs[:]
    random.Random(3).shuffle(shuffled)
    test = extract_features(enc, _batches(enc, recs, image_records=shuffled), parse=_no_parse, text_records="data")
    result = evaluate_features(enc, taxonomy, test, gallery_size=5000)
    assert result.zero_shot.avg_accuracy < 0.6
    assert result.retrieval[0].image_to_text["R@1"] < 0.2


def test_extract_features_needs_samples(taxonomy):
    with pytest.raises(ValueError):
        extract_features(OracleEncoder(taxonomy), [], parse=_no_parse, text_records="data")
