"""Broken weights: one line naming the file (embed, evaluate, train --resume); resume falls back to the newest
checkpoint whose SHA-256 matches the digest recorded when it was saved, and says so."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_train_support import make_phantom, step_losses, tiny_config

from tests.conftest import run_cli
from udt.errors import DataError


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A tiny 4-step run with checkpoints at steps 2 and 4, and its phantom data."""
    from model import train

    root = tmp_path_factory.mktemp("weights")
    data = make_phantom(root)
    run = train(tiny_config(data, root / "run", optim={"max_steps": 4}, run={"save_every": 2}))
    return run, data


@pytest.fixture
def run_copy(trained, tmp_path):
    run, data = trained
    copy = tmp_path / "run"
    shutil.copytree(run, copy)
    return copy, data


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error[")]


def _step(name: str) -> Path:
    return Path("checkpoints") / f"step_{int(name):08d}"


def test_checkpoint_records_digests_that_match_its_files(trained):
    from model.training.checkpoint import checkpoint_problem, file_sha256

    run, _ = trained
    for step in ("2", "4"):
        ckpt = run / _step(step)
        meta = json.loads((ckpt / "checkpoint.json").read_text())
        assert meta["step"] == int(step)
        assert meta["sha256"] == {name: file_sha256(ckpt / name) for name in ("model.safetensors", "state.pt")}
        assert checkpoint_problem(ckpt) is None


def test_resume_latest_falls_back_to_newest_intact_checkpoint(run_copy, capsys):
    from model.training.checkpoint import resolve_checkpoint

    run, _ = run_copy
    _truncate(run / _step("4") / "model.safetensors")
    assert resolve_checkpoint("latest", run) == run / _step("2")
    err = capsys.readouterr().err
    assert "step_00000004/model.safetensors" in err and "SHA-256" in err and "step_00000002" in err


def test_altered_state_is_noticed_by_its_digest(run_copy, capsys):
    from model.training.checkpoint import resolve_checkpoint

    run, _ = run_copy
    state = run / _step("4") / "state.pt"
    data = bytearray(state.read_bytes())
    data[-10] ^= 0xFF  # same size, one byte changed: only the digest can tell
    state.write_bytes(bytes(data))
    assert resolve_checkpoint(str(run), run) == run / _step("2")
    assert "state.pt does not match" in capsys.readouterr().err


def test_named_damaged_checkpoint_and_all_damaged_are_one_line_errors(run_copy):
    from model.training.checkpoint import resolve_checkpoint

    run, _ = run_copy
    for step in ("2", "4"):
        _truncate(run / _step(step) / "model.safetensors")
    with pytest.raises(DataError, match=r"step_00000004/model\.safetensors") as info:
        resolve_checkpoint(str(run / _step("4")), run)
    assert "\n" not in info.value.one_line()
    with pytest.raises(DataError, match="every checkpoint"):
        resolve_checkpoint("latest", run)


def test_train_resume_cli_falls_back_and_continues(run_copy):
    run, _ = run_copy
    _truncate(run / _step("4") / "model.safetensors")
    result = run_cli("train", "--resume", "latest", "--out", str(run), "--set", "optim.max_steps=5", timeout=600)
    assert result.code == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "skipping damaged checkpoint" in result.stderr and "step_00000002" in result.stderr
    assert max(step_losses(run)) == 5
    summary = [line for line in result.stderr.splitlines() if line.startswith("udt train: done")]
    assert summary and "5 steps" in summary[0] and str(run) in summary[0]


def test_train_resume_cli_with_every_checkpoint_damaged(run_copy):
    run, _ = run_copy
    for step in ("2", "4"):
        _truncate(run / _step(step) / "model.safetensors")
    result = run_cli("train", "--resume", "latest", "--out", str(run), "--set", "optim.max_steps=5", timeout=600)
    assert result.code == 1
    errors = _error_lines(result.stderr)
    assert len(errors) == 1 and "model.safetensors" in errors[0] and "Traceback" not in result.stderr


def test_embed_with_truncated_weights_is_one_line_naming_the_file(run_copy):
    run, _ = run_copy
    _truncate(run / "model.safetensors")
    result = run_cli("embed", str(run), "--text", "anechoic cyst", timeout=600)
    assert result.code == 1 and "Traceback" not in result.stderr
    errors = _error_lines(result.stderr)
    assert len(errors) == 1 and str(run / "model.safetensors") in errors[0]


def test_evaluate_with_truncated_weights_is_one_line_naming_the_file(run_copy):
    run, data = run_copy
    _truncate(run / "model.safetensors")
    result = run_cli("evaluate", str(run), "--data", str(data), "--no-probe", "--max-samples", "8", timeout=600)
    assert result.code == 1 and "Traceback" not in result.stderr
    errors = _error_lines(result.stderr)
    assert len(errors) == 1 and str(run / "model.safetensors") in errors[0]


def test_embed_names_the_checkpoint_it_loads_without_final_weights(run_copy):
    run, _ = run_copy
    (run / "model.safetensors").unlink()
    out = run / "emb.jsonl"
    result = run_cli("embed", str(run), "--text", "anechoic cyst", "-o", str(out), timeout=600)
    assert result.code == 0, result.stderr
    assert f"loading checkpoint {run / _step('4')}" in result.stderr
    assert json.loads(out.read_text().splitlines()[0])["text"] == "anechoic cyst"


def test_embed_classify_rejects_unknown_dimension_before_loading(tmp_path):
    # No run needs to be readable: the dimension is checked first (a usage error, exit 2).
    fake = tmp_path / "run"
    fake.mkdir()
    image = tmp_path / "x.png"
    image.write_bytes(b"not read")
    result = run_cli("embed", str(fake), "--image", str(image), "--classify", "Echogenicty", timeout=120)
    assert result.code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Echogenicty" in lines[0] and "Echogenicity" in lines[0]


def test_evaluation_counts_and_reports_unreadable_images(trained, tmp_path, capsys):
    from model.evaluation import evaluate, write_evaluation
    from udt.taxonomy import load_taxonomy

    run, data = trained
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    first = json.loads((copy / "test.jsonl").read_text().splitlines()[0])["image"]
    (copy / "images" / first).write_bytes(b"not a png")
    result = evaluate(run, copy, "test", probe=False, batch_size=8)
    key = Path(first).stem
    assert result.unreadable_images == {"test": 1}
    assert any(key in example for example in result.unreadable_examples)
    assert "skipped 1 unreadable image(s) in test" in capsys.readouterr().err
    write_evaluation([result], tmp_path / "eval", load_taxonomy())
    saved = json.loads((tmp_path / "eval" / "eval.json").read_text())
    assert saved["runs"][0]["unreadable_images"] == {"test": 1}


def test_sigterm_to_the_installed_executable_saves_and_exits_143(trained, tmp_path):
    """The whole path: signal -> checkpoint -> TrainingInterrupted -> console script -> exit 128 + SIGTERM."""
    import os
    import signal
    import subprocess
    import sys
    import time

    _, data = trained
    config = tmp_path / "tiny.json"
    config.write_text(json.dumps(tiny_config(data, tmp_path / "run", optim={"max_steps": 10_000})))
    udt = Path(sys.executable).with_name("udt")
    proc = subprocess.Popen(
        [str(udt), "train", str(config)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ
    )
    try:
        metrics = tmp_path / "run" / "metrics.jsonl"
        deadline = time.monotonic() + 300  # a bound on waiting for the first step, not a speed check
        while not (metrics.is_file() and '"loss"' in metrics.read_text()) and time.monotonic() < deadline:
            assert proc.poll() is None, proc.communicate()[1]
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 143, err
    errors = _error_lines(err)
    assert len(errors) == 1 and "SIGTERM" in errors[0] and "Traceback" not in err
    assert list((tmp_path / "run" / "checkpoints").glob("step_*/checkpoint.json"))
