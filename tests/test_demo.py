"""Smoke test of the end-to-end demo with a very small budget (the real demo is `make demo`)."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def test_run_demo_tiny_budget(tmp_path):
    from model.demo import RUNS, DemoConfig, run_demo

    examples = tmp_path / "reports"
    examples.mkdir()
    (examples / "a.txt").write_text("Hypoechoic nodule in the right thyroid lobe with ill-defined margins.\n")
    (examples / "b.txt").write_text("Simple anechoic cyst in the left kidney with posterior acoustic enhancement.\n")
    cfg = DemoConfig(
        phantom_n=40,
        phantom_size=32,
        phantom_dir=str(tmp_path / "cache"),
        steps=2,
        batch_size=8,
        seeds=2,
        eval_n=40,
        examples=str(examples),
        overrides={"model": {"image_size": 32, "graph_hidden": 16}},
    )
    logged: list[str] = []
    out = tmp_path / "demo"
    report = run_demo(out, config=cfg, log=logged.append)

    assert report == out / "report.md"
    text = report.read_text()
    for _, name, _ in RUNS:
        assert f"| {name} | Acc |" in text  # both models in the comparison table
    assert "full (n=" in text  # retrieval gallery size beside the recalls
    for picture in ("loss_curves.png", "soft_labels.png", "sample_graph.png"):
        assert (out / picture).read_bytes()[:4] == b"\x89PNG"
        assert f"]({picture})" in text
    parsed = [json.loads(line) for line in (out / "parsed_reports.jsonl").read_text().splitlines()]
    assert [row["file"] for row in parsed] == ["a.txt", "b.txt"]
    assert "Thyroid gland" in parsed[0]["labels"].get("Organ_level", [])
    assert "| a.txt |" in text and "|\n| b.txt |" in text  # the parsed-report table is one unbroken block
    # The same budget for both models: only graph and semantic loss differ in the resolved configs.
    configs = [json.loads((out / dirname / "config.json").read_text()) for dirname, _, _ in RUNS]
    assert configs[0]["optim"] == configs[1]["optim"] and configs[0]["data"] == configs[1]["data"]
    assert configs[0]["model"]["graph"] and not configs[1]["model"]["graph"]
    assert configs[0]["loss"]["semantic_loss"] and not configs[1]["loss"]["semantic_loss"]
    eval_json = json.loads((out / "eval" / "eval.json").read_text())
    assert len(eval_json["runs"]) == 2 and eval_json["runs"][0]["linear_probe"] is not None
    assert any(str(report.resolve()) in line for line in logged)
    # the paired table: one row per headline metric with both seeds' deltas and a t-interval
    assert "## Paired comparison over 2 seed(s)" in text and "NON-STANDARD" in text
    row = next(line for line in text.splitlines() if line.startswith("| AvgAcc |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert len(cells[3].split(",")) == 2 and cells[5].startswith("[")  # two per-seed deltas, an interval
    assert (out / "ultrasound-clip-seed1" / "model.safetensors").is_file()
    assert "Chance AvgAcc on this set: majority class" in text
    assert (out / "clip-baseline-seed1" / "model.safetensors").is_file()
