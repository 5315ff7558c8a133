"""Model cards: written by ``udt train`` into every run directory, refreshed in place by ``udt evaluate``."""

from __future__ import annotations

import json

import pytest
import yaml
from test_train_support import make_phantom, tiny_config

from model.card import CARD_FILE, DataSummary, update_card_evaluation, write_model_card
from model.config import TrainConfig


def _front_matter(text: str) -> dict:
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1])


def _result(split: str, accuracy: float, gallery: int = 5000, data: str = "/data/us365k") -> dict:
    """A minimal ``EvalResult`` as a dict (the card reads only these fields)."""
    return {
        "data": data,
        "protocol": {"split": split, "n_pairs": 71919},
        "zero_shot": {
            "avg_accuracy": accuracy,
            "avg_recall": 0.5,
            "dimensions_scored": 1,
            "dimensions": [{"field": "Diagnosis", "n_samples": 40, "accuracy": accuracy, "macro_recall": 0.5}],
        },
        "retrieval": [{"gallery": f"seeded-{gallery}", "gallery_size": gallery, "image_to_text": {"R@10": 0.375},
                       "text_to_image": {"R@10": 0.378}}],
        "linear_probe": None,
    }


@pytest.fixture
def card_dir(tmp_path):
    data = DataSummary(source="/data/us365k", dataset="US-365K", layout="us365k", split="train",
                       pairs_per_split={"train": 218402, "valid": 74044, "test": 71919},
                       ontology_version="2026-11-22", ontology_digest="abc123")
    write_model_card(tmp_path, TrainConfig(), data, steps=100, parameters=1234)
    return tmp_path


def test_card_follows_the_hugging_face_convention(card_dir):
    text = (card_dir / CARD_FILE).read_text()
    meta = _front_matter(text)
    assert meta["license"] == "apache-2.0" and meta["library_name"] == "udt"
    assert meta["datasets"] == ["US-365K"] and "ultrasound" in meta["tags"]
    for section in ("## Model details", "## Training data", "## Evaluation", "## Intended use",
                    "## Known limitations", "## Training configuration"):
        assert section in text
    assert "NOT for clinical decisions" in text
    assert "| train | 218,402 |" in text and "2026-11-22" in text and "abc123" in text
    config = json.loads(text.split("```json\n")[1].split("```")[0])
    assert config == TrainConfig().model_dump(mode="json")  # the resolved configuration, complete
    assert "Not evaluated yet" in text


def test_evaluate_refreshes_its_numbers_in_place_per_split(card_dir):
    before = (card_dir / CARD_FILE).read_text()
    update_card_evaluation(card_dir, _result("test", 0.25))
    update_card_evaluation(card_dir, _result("valid", 0.30))
    update_card_evaluation(card_dir, _result("test", 0.60))  # a re-evaluation replaces the old numbers
    text = (card_dir / CARD_FILE).read_text()
    assert "Not evaluated yet" not in text
    assert "**60.0%**" in text and "**25.0%**" not in text and "**30.0%**" in text
    assert text.count("### test split") == 1 and text.count("### valid split") == 1
    assert "| seeded-5000 | 5,000 | 0.375 | 0.378 |" in text  # the gallery size beside the recall
    # everything outside the evaluation section is untouched
    head, tail = before.split("<!-- udt:evaluation:start -->")[0], before.split("<!-- udt:evaluation:end -->")[1]
    assert text.startswith(head) and text.endswith(tail)


def test_no_card_no_update(tmp_path):
    assert update_card_evaluation(tmp_path, _result("test", 0.5)) is None
    assert not (tmp_path / CARD_FILE).exists()


def test_training_writes_a_card_and_evaluate_fills_it(tmp_path, cli):
    phantom = make_phantom(tmp_path)
    config = tmp_path / "config.json"
    cfg = tiny_config(phantom, tmp_path / "run", optim={"max_steps": 2, "warmup_steps": 1})
    config.write_text(json.dumps(cfg))
    trained = cli("train", str(config))
    assert trained.code == 0, trained.stderr
    card = (tmp_path / "run" / CARD_FILE).read_text()
    assert _front_matter(card)["datasets"] == ["udt-phantom (synthetic)"]
    assert "trained for 2 optimizer steps" in card and "| train | 50 |" in card
    evaluated = cli("evaluate", str(tmp_path / "run"), "--data", str(phantom), "--no-probe", "--gallery", "4")
    assert evaluated.code == 0, evaluated.stderr
    card = (tmp_path / "run" / CARD_FILE).read_text()
    assert "### test split" in card and "| full | 4 |" in card
