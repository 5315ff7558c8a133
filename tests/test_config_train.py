"""TrainConfig: strict keys, typed overrides, file formats, one-line CLI errors."""

from __future__ import annotations

import pytest

from model.config import TrainConfig, load_config
from udt.errors import ConfigError


def test_defaults_are_the_small_cpu_config():
    cfg = TrainConfig()
    assert cfg.model.image_encoder == "conv" and cfg.model.text_encoder == "tiny" and cfg.model.image_size == 96
    assert cfg.model.graph and cfg.loss.semantic_loss
    assert cfg.taxonomy is None  # the shipped ontology unless a path is named
    assert not cfg.data.caption_labels and cfg.loss.soft_label_one_sided == 0.5


@pytest.mark.parametrize(
    ("override", "path", "expected"),
    [
        ("model.graph=false", ("model", "graph"), False),
        ("graph=false", ("model", "graph"), False),
        ("semantic_loss=false", ("loss", "semantic_loss"), False),
        ("optim.lr=1e-3", ("optim", "lr"), 1e-3),
        ("max_steps=7", ("optim", "max_steps"), 7),
        ("fusion=attention", ("model", "fusion"), "attention"),
        ("soft_label_missing=zero", ("loss", "soft_label_missing"), "zero"),
        ("run.out=runs/x", ("run", "out"), "runs/x"),
        ("clip_model=none", ("model", "clip_model"), None),
        ("caption_labels=true", ("data", "caption_labels"), True),
        ("run.threads=1", ("run", "threads"), 1),
        ("model.conv_widths=[8,16]", ("model", "conv_widths"), (8, 16)),
    ],
)
def test_overrides(override, path, expected):
    cfg = load_config(None, [override])
    section, key = path
    assert getattr(getattr(cfg, section), key) == expected


def test_taxonomy_is_a_top_level_key_that_survives_the_resolved_config(tmp_path):
    cfg = load_config(None, [f"taxonomy={tmp_path / 'my.owl'}"])
    assert cfg.taxonomy == str(tmp_path / "my.owl")
    again = TrainConfig.model_validate_json(cfg.to_json())  # what a torchrun rank reads back
    assert again.taxonomy == cfg.taxonomy


@pytest.mark.parametrize(
    ("override", "needle"),
    [
        ("model.grahp=false", "model.grahp"),
        ("nonsense=1", "nonsense"),
        ("optim.lr=fast", "optim.lr"),
        ("model.fusion=mean", "model.fusion"),
        ("optim.batch_size=1", "optim.batch_size"),
        ("noequals", "key=value"),
    ],
)
def test_bad_overrides_name_the_key(override, needle):
    with pytest.raises(ConfigError) as info:
        load_config(None, [override])
    assert needle in info.value.one_line()
    assert "\n" not in info.value.one_line()


def test_toml_and_yaml_files(tmp_path):
    toml = tmp_path / "c.toml"
    toml.write_text('[model]\nfusion = "attention"\n[optim]\nbatch_size = 8\n')
    yaml = tmp_path / "c.yaml"
    yaml.write_text("model:\n  graph: false\noptim:\n  batch_size: 12\n")
    assert load_config(toml).model.fusion == "attention"
    cfg = load_config(yaml, ["optim.batch_size=16"])
    assert cfg.model.graph is False and cfg.optim.batch_size == 16


def test_unknown_key_in_file_suggests_the_dotted_key(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[model]\nsemantic_loss = false\n")
    with pytest.raises(ConfigError) as info:
        load_config(bad)
    assert "model.semantic_loss" in str(info.value) and "loss.semantic_loss" in str(info.value)


def test_resolved_config_round_trips(tmp_path):
    cfg = load_config(None, ["fusion=attention", "optim.max_steps=3"])
    path = tmp_path / "config.json"
    path.write_text(cfg.to_json())
    assert load_config(path) == cfg


def test_cli_bad_config_key_is_one_line_exit_1(cli, tmp_path):
    result = cli("train", "--set", "model.no_such_key=1", "--out", str(tmp_path / "run"))
    assert result.code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "model.no_such_key" in lines[0]
    assert not (tmp_path / "run").exists()
