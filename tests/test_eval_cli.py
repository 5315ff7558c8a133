"""`udt evaluate`, `udt embed` and the Python evaluation/embedding API on a tiny trained run (phantom data)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def invoke(*args: str):
    """Run the udt app in-process (the model loads without a new interpreter); returns the click result."""
    from typer.testing import CliRunner

    from udt.cli.main import app

    return CliRunner().invoke(app, list(args))


@pytest.fixture(scope="module")
def phantom(tmp_path_factory):
    import udt
    from model.phantom import generate_phantom

    return generate_phantom(
        tmp_path_factory.mktemp("phantom") / "data", 48, seed=1, size=32, taxonomy=udt.load_taxonomy()
    )


@pytest.fixture(scope="module")
def run_dir(phantom, tmp_path_factory):
    from model.training.api import train

    out = tmp_path_factory.mktemp("run") / "tiny"
    return train(
        {
            "data": {"path": str(phantom)},
            "model": {"image_size": 32, "graph_hidden": 16},
            "optim": {"max_steps": 2, "batch_size": 8, "warmup_steps": 0},
            "run": {"out": str(out), "progress": "off"},
        }
    )


def _test_pairs(phantom) -> int:
    return sum(1 for line in (phantom / "test.jsonl").read_text().splitlines() if line.strip())


def test_evaluate_cli_writes_tables_json_and_pictures(run_dir, phantom, tmp_path):
    out = tmp_path / "eval"
    res = invoke(
        "evaluate",
        str(run_dir),
        str(run_dir),
        "--name",
        "first",
        "--name",
        "second",
        "--data",
        str(phantom),
        "--out",
        str(out),
        "--gallery",
        "3",
        "--no-probe",
    )
    assert res.exit_code == 0, res.output
    n = _test_pairs(phantom)
    # Gallery size beside every recall: the full split and the seeded 5-pair gallery.
    assert f"full (n={n})" in res.stdout and "seeded-3 (n=3, seed 0)" in res.stdout
    assert "| first | Acc |" in res.stdout and "| second | Acc |" in res.stdout  # side by side
    payload = json.loads((out / "eval.json").read_text())
    first = payload["runs"][0]
    assert [d["field"] for d in first["zero_shot"]["dimensions"]] == [
        "Diagnosis",
        "Body_system_level",
        "Organ_level",
        "Shape",
        "Margins",
        "Echogenicity",
        "InternalCharacteristics",
        "PosteriorAcoustics",
        "Vascularity",
    ]
    assert first["protocol"]["n_pairs"] == n and first["linear_probe"] is None
    # The same weights give the same numbers.
    assert payload["runs"][0]["zero_shot"] == payload["runs"][1]["zero_shot"]
    pngs = list((out / "first").glob("zero_shot_confusion_*.png"))
    scored = [d for d in first["zero_shot"]["dimensions"] if d["n_samples"]]
    assert len(pngs) == len(scored) > 0
    assert (out / "report.md").read_text().count("full (n=") == 2


def test_evaluate_cli_bad_paths_one_line(cli, run_dir, tmp_path):
    res = cli("evaluate", str(run_dir), "--data", str(tmp_path / "missing"))
    assert res.code == 2 and "Traceback" not in res.stderr
    assert res.stderr.strip().count("\n") == 0 and "does not exist" in res.stderr
    res = cli("evaluate", str(tmp_path / "no-run"), "--data", str(tmp_path))
    assert res.code == 2 and "no-run" in res.stderr


@pytest.mark.parametrize("option", ["--split", "--probe-split"])
def test_evaluate_unknown_split_is_one_usage_line_before_any_work(option, tmp_path):
    """An unknown split is refused before a run is loaded: through the installed console script and in process."""
    from typer.testing import CliRunner

    from udt.cli.main import app

    args = ["evaluate", str(tmp_path), "--data", str(tmp_path), option, "validation"]
    done = subprocess.run(
        [str(Path(sys.executable).with_name("udt")), *args], capture_output=True, text=True, timeout=120
    )
    in_process = CliRunner().invoke(app, args)
    for code, stderr in ((done.returncode, done.stderr), (in_process.exit_code, in_process.stderr)):
        assert code == 2, stderr
        assert stderr.strip().splitlines() == [stderr.strip()]  # one line: no "evaluating ..." before it
        assert f"{option} 'validation' is not a split" in stderr and "train, valid, test or all" in stderr


def test_evaluate_api_graph_flag_and_subset(run_dir, phantom):
    from model.evaluation import evaluate

    on = evaluate(run_dir, phantom, split="train", probe=False, max_samples=6, gallery_size=4)
    off = evaluate(run_dir, phantom, split="train", probe=False, max_samples=6, gallery_size=4, use_graph=False)
    assert [g.gallery_size for g in on.retrieval] == [6, 4]
    assert on.protocol.text_graphs.startswith("on") and off.protocol.text_graphs.startswith("off")
    # with and without the graph at test time in one pass: the same numbers as two separate evaluations
    both = evaluate(
        run_dir, phantom, split="train", probe=False, max_samples=6, gallery_size=4, also_without_graph=True
    )
    assert both.zero_shot == on.zero_shot and both.zero_shot_without_graph == off.zero_shot
    assert both.retrieval_without_graph == off.retrieval
    # test-time text graphs come from parsing the caption, never from the ground-truth labels
    assert "parse" in on.protocol.text_graphs and "never the true labels" in on.protocol.text_graphs
    assert on.linear_probe is None


def test_embedder_matches_model_and_classifies(run_dir, phantom):
    from model.data import open_dataset
    from model.evaluation import Embedder

    emb = Embedder.from_pretrained(run_dir)
    ds = open_dataset(phantom, split="test", image_size=emb.image_size)
    record = ds.records[0]
    path = phantom / "images" / record.image
    by_path = emb.encode_images([path])
    direct = emb.model.encode_image(ds[0].image[None])
    assert torch.allclose(by_path, direct, atol=1e-5)
    texts = emb.encode_texts(["hypoechoic nodule in the thyroid", "anechoic cyst"])
    assert texts.shape == (2, emb.model.config.embed_dim)
    assert torch.allclose(texts.norm(dim=1), torch.ones(2), atol=1e-5)
    preds = emb.classify(path, "Echogenicity")
    assert sorted(v for v, _ in preds) == sorted(c.us365k_label for c in emb.taxonomy.values("Echogenicity"))
    probs = [p for _, p in preds]
    assert probs == sorted(probs, reverse=True) and sum(probs) == pytest.approx(1.0, abs=1e-4)


def test_embed_cli_classify_and_safetensors(cli, run_dir, phantom, tmp_path):
    from safetensors.torch import load_file

    image = next((phantom / "images").iterdir())
    res = invoke("embed", str(run_dir), "--image", str(image), "--classify", "Margins", "--top-k", "1")
    assert res.exit_code == 0, res.output
    row = json.loads(res.stdout)
    assert row["dimension"] == "Margins" and len(row["predictions"]) == 1
    out = tmp_path / "feats.safetensors"
    res = invoke("embed", str(run_dir), "--image", str(image), "--text", "a cyst", "--text", "a nodule", "-o", str(out))
    assert res.exit_code == 0, res.output
    tensors = load_file(str(out))
    assert tensors["image_features"].shape[0] == 1 and tensors["text_features"].shape[0] == 2
    res = invoke("embed", str(run_dir), "--image", str(image), "--classify", "Colour")
    # A usage error now, found before the model is loaded.
    # In process too, a udt error is the console script's one line and exit code, not an exception object.
    assert res.exit_code == 2
    assert res.stdout == "" and res.stderr.startswith("error[") and "unknown dimension" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    # Usage errors are caught before any model is loaded: one line, exit 2, through the real entry point.
    res = cli("embed", str(run_dir))
    assert res.code == 2 and "nothing to embed" in res.stderr and "Traceback" not in res.stderr
