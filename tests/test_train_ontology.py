"""The user's ontology is carried end to end: edited ontology -> phantom -> train -> embed/evaluate (issue 10 §3)."""

from __future__ import annotations

import json

import pytest
from ontology_edit import ontology_with_new_organ

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def invoke(*args: str, env: dict[str, str] | None = None):
    from typer.testing import CliRunner

    from udt.cli.main import app

    return CliRunner().invoke(app, list(args), env=env)


def test_edited_ontology_phantom_train_embed(tmp_path, monkeypatch):
    import udt
    from model.clip_model import UltrasoundCLIP

    monkeypatch.delenv("UDT_ONTOLOGY", raising=False)
    edited = ontology_with_new_organ(tmp_path / "onto")
    tax = udt.load_taxonomy(edited)
    assert tax.digest != udt.load_taxonomy().digest
    data = tmp_path / "phantom"
    res = invoke("phantom", "--n", "40", "--out", str(data), "--size", "32", "--coverage", "balanced",
                 "--ontology", str(edited))
    assert res.exit_code == 0, res.output
    run = tmp_path / "run"
    overrides = ["model.image_size=32", "model.conv_widths=[8,16,16]", "model.tiny_hidden=32",
                 "model.tiny_layers=1", "model.embed_dim=32", "model.fusion_heads=4", "model.graph_hidden=16",
                 "optim.batch_size=8", "optim.max_steps=2", "optim.warmup_steps=1", "run.progress=off"]
    args = ["train", "--data", str(data), "--out", str(run), "--ontology", str(edited)]
    for item in overrides:
        args += ["--set", item]
    res = invoke(*args)
    assert res.exit_code == 0, res.output

    # the resolved config names the ontology; the run keeps a byte copy with its digest
    config = json.loads((run / "config.json").read_text())
    assert config["taxonomy"] == str(edited.resolve())
    assert (run / "ontology.owl").read_bytes() == edited.read_bytes()
    assert json.loads((run / "model.json").read_text())["taxonomy"]["digest"] == tax.digest
    model = UltrasoundCLIP.from_pretrained(run)
    assert model.taxonomy.digest == tax.digest
    assert "Test organ" in [c.us365k_label for c in model.taxonomy.values("Organ_level")]

    # embed with no --ontology uses the run's own copy: no vocabulary mismatch against the shipped ontology
    res = invoke("embed", str(run), "--text", "zyglandula nodule, hypoechoic")
    assert res.exit_code == 0, res.output
    row = json.loads(res.output.strip().splitlines()[-1])
    assert len(row["embedding"]) == 32
    # naming the shipped ontology explicitly is checked against the model's vocabulary: a clear one-line error
    from ontology import ontology_path
    from udt.errors import DataError

    res = invoke("embed", str(run), "--text", "liver", "--ontology", str(ontology_path()))
    assert res.exit_code == DataError.exit_code and "error[model.vocabulary_mismatch]" in res.stderr
