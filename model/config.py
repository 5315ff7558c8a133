"""The training configuration: a typed, strict pydantic ``TrainConfig`` loaded from TOML/YAML/JSON.

Sections: ``model`` (encoders, graph, fusion), ``loss``, ``data``, ``optim`` and ``run``. Unknown keys and wrong
types are errors (``ConfigError``) that name the key. ``--set key=value`` overrides use dotted keys
(``model.fusion=attention``); a bare leaf name (``graph=false``) is accepted when it names exactly one field.

>>> cfg = load_config(None, ["graph=false", "optim.max_steps=20"])
>>> cfg.model.graph, cfg.optim.max_steps
(False, 20)
"""

from __future__ import annotations

import contextlib
import json
import math
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from udt.errors import ConfigError


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class ModelConfig(_Section):
    """Encoders, projections, graph encoder and fusion."""

    image_encoder: str = Field(
        "conv",
        description="'conv' (small ResNet-style tower, the CPU default), 'tiny' (a tiny ViT), a transformers hub "
        "id or a local model directory",
    )
    text_encoder: str = Field("tiny", description="'tiny', 'minilm' (offline package), a hub id or a local dir")
    clip_model: str | None = Field(None, description="a transformers CLIPModel dir/id providing both towers")
    image_size: int = Field(96, ge=16)
    embed_dim: int = Field(64, ge=8, description="shared embedding dimension")
    max_text_length: int = Field(64, ge=8)
    text_pooling: Literal["mean", "cls"] = "mean"
    tiny_hidden: int = Field(64, ge=8)
    tiny_layers: int = Field(2, ge=1)
    tiny_heads: int = Field(2, ge=1)
    tiny_patch: int = Field(16, ge=2)
    tiny_dropout: float = Field(0.0, ge=0.0, lt=1.0)
    conv_widths: tuple[int, ...] = Field((16, 32, 64, 128), description="conv tower: stem and stage widths")
    conv_blocks: int = Field(1, ge=1, description="conv tower: residual blocks per stage")
    graph: bool = Field(True, description="graph-enhanced text; false = plain text tower")
    graph_hidden: int = Field(
        64, ge=8, description="graph encoder width (the paper: 128; 64 keeps the CPU step within 1.15x plain CLIP)"
    )
    graph_layers: int = Field(2, ge=1)
    concept_init: Literal["random", "text"] = Field(
        "random", description="'text': start concept embeddings from the text encoder's embedding of each label"
    )
    fusion: Literal["gated", "attention"] = "gated"
    fusion_heads: int = Field(8, ge=1)
    fusion_alpha_init: float = 0.05
    fusion_alpha_max: float = 0.2
    init_logit_scale: float = Field(math.log(1 / 0.07))
    gradient_checkpointing: bool = False

    @model_validator(mode="after")
    def _heads_divide(self) -> ModelConfig:
        if self.embed_dim % self.fusion_heads:
            raise ValueError(f"model.embed_dim ({self.embed_dim}) must be divisible by fusion_heads")
        if self.tiny_hidden % self.tiny_heads:
            raise ValueError(f"model.tiny_hidden ({self.tiny_hidden}) must be divisible by tiny_heads")
        return self


class LossConfig(_Section):
    """CLIP InfoNCE plus λ·semantic soft-label loss (REFERENCE §4)."""

    semantic_loss: bool = True
    semantic_weight: float = Field(
        5.0,
        ge=0.0,
        description="λ in L = L_CLIP + λ·L_SM (not published); 5 beat 1 on the training phantom's valid split "
        "(benchmarks/results/lambda_selection.json), never chosen on a test set",
    )
    semantic_tau: float = Field(0.07, gt=0.0)
    semantic_mse_weight: float = Field(0.6, ge=0.0)
    semantic_kl_weight: float = Field(0.4, ge=0.0)
    semantic_symmetric: bool = Field(False, description="also apply the loss text→image")
    soft_label_missing: Literal["skip", "zero"] = Field(
        "skip", description="'skip': a dimension unknown in either sample is left out; 'zero': released behaviour"
    )
    soft_label_one_sided: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description="skip mode: weight of a dimension stated by one sample only (0 = ignore, 1 = count as 0)",
    )


class DataConfig(_Section):
    """Where the image–text pairs come from."""

    path: str | None = Field(None, description="US-365K-layout directory; None = the cached phantom")
    split: str = "train"
    phantom_dir: str | None = Field(None, description="cache directory of the phantom (default .cache/phantom)")
    phantom_n: int = Field(192, ge=8)
    phantom_seed: int = 0
    phantom_size: int = Field(96, ge=16)
    num_workers: int = Field(0, ge=0)
    caption_labels: bool = Field(
        False, description="append the serialised label record to every training caption (the labels-text baseline)"
    )
    fail_fast: bool = Field(False, description="stop at the first unreadable image instead of skipping and counting it")


class OptimConfig(_Section):
    """AdamW, cosine schedule with linear warm-up, accumulation and clipping."""

    batch_size: int = Field(32, ge=2, description="per-process micro-batch")
    grad_accum: int = Field(1, ge=1)
    epochs: int = Field(1, ge=1)
    max_steps: int | None = Field(None, ge=1, description="optimizer steps; overrides epochs")
    lr: float = Field(5e-4, gt=0.0)
    weight_decay: float = Field(0.1, ge=0.0)
    betas: tuple[float, float] = (0.9, 0.98)
    eps: float = 1e-6
    warmup_steps: int = Field(10, ge=0)
    min_lr_ratio: float = Field(0.0, ge=0.0, le=1.0)
    clip_grad_norm: float | None = Field(1.0, gt=0.0)


class RunConfig(_Section):
    """Seeds, devices, precision, checkpointing and logging."""

    out: str | None = Field(None, description="run directory (default runs/<timestamp>)")
    seed: int = 0
    device: Literal["auto", "cpu", "cuda"] = "auto"
    threads: int | None = Field(
        None,
        ge=1,
        description="torch intra-op threads on CPU (None = torch's default). 1 is fastest on a busy shared machine: "
        "idle-spinning threads of a 2-thread op were 5-8x slower per step there",
    )
    precision: Literal["auto", "bf16", "fp32"] = Field("auto", description="auto = bf16 autocast on CUDA, fp32 on CPU")
    deterministic: bool = Field(
        False,
        description="deterministic CUDA kernels (and cuBLAS workspace), so that two runs, or a run and its resumed "
        "copy, give the same losses on a GPU; CPU runs are repeatable without it. On an H200 two identical default "
        "runs drifted apart by up to 0.01 in loss within 8 steps; with it they were identical",
    )
    log_every: int = Field(10, ge=1)
    save_every: int = Field(0, ge=0, description="checkpoint every N steps (0 = at epoch ends only)")
    keep_checkpoints: int = Field(2, ge=1)
    tensorboard: bool = False
    progress: Literal["auto", "on", "off"] = "auto"


class TrainConfig(_Section):
    """Everything ``udt train`` needs; the resolved copy is written to ``RUN_DIR/config.json``."""

    taxonomy: str | None = Field(
        None, description="ontology file (RDF/XML) the model is built and trained with; None = the shipped one"
    )
    model: ModelConfig = Field(default_factory=ModelConfig)
    loss: LossConfig = Field(default_factory=LossConfig)
    data: DataConfig = Field(default_factory=DataConfig)
    optim: OptimConfig = Field(default_factory=OptimConfig)
    run: RunConfig = Field(default_factory=RunConfig)

    def to_json(self) -> str:
        return self.model_dump_json(indent=2) + "\n"


# --------------------------------------------------------------------------------------------------------------
# loading


def load_config_taxonomy(config: TrainConfig) -> Any:
    """The taxonomy ``config.taxonomy`` names (the shipped ontology when it names none)."""
    import udt

    return udt.load_taxonomy(config.taxonomy)


def _leaf_paths(model_cls: type[BaseModel] = TrainConfig, prefix: str = "") -> dict[str, str]:
    """Map every dotted leaf key (``model.graph``) to itself; used to resolve bare names."""
    out: dict[str, str] = {}
    for name, field in model_cls.model_fields.items():
        ann = field.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            out.update(_leaf_paths(ann, f"{prefix}{name}."))
        else:
            out[f"{prefix}{name}"] = f"{prefix}{name}"
    return out


def _resolve_key(key: str) -> str:
    leaves = _leaf_paths()
    if key in leaves:
        return key
    matches = [path for path in leaves if path.rsplit(".", 1)[-1] == key]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise ConfigError("config_key", f"ambiguous config key {key!r}", f"use one of {', '.join(matches)}")
    raise ConfigError("config_key", f"unknown config key {key!r}", _nearest_keys_hint(key, leaves))


def _nearest_keys_hint(key: str, leaves: dict[str, str]) -> str:
    """'did you mean ...?' with the closest config keys (by whole dotted path or by last name), for a typo."""
    import difflib

    by_name: dict[str, list[str]] = {}
    for path in leaves:
        by_name.setdefault(path.rsplit(".", 1)[-1], []).append(path)
    close = difflib.get_close_matches(key, list(leaves), n=3, cutoff=0.75)
    for name in difflib.get_close_matches(key.rsplit(".", 1)[-1], list(by_name), n=3, cutoff=0.75):
        close += [path for path in by_name[name] if path not in close]
    if not close:
        return "see `udt train --help` or model/config.py"
    return "did you mean " + " or ".join(repr(path) for path in close[:3]) + "?"


def _parse_value(text: str) -> Any:
    """Interpret an override value as JSON/TOML-ish scalar; fall back to the raw string."""
    lowered = text.strip().lower()
    if lowered in ("none", "null"):
        return None
    if lowered in ("true", "false"):
        return lowered == "true"
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _read_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise ConfigError("config_missing", f"config file not found: {path}", "give an existing .toml/.yaml/.json file")
    suffix = path.suffix.lower()
    text = path.read_text(encoding="utf-8")
    try:
        if suffix == ".toml":
            import tomllib

            data = tomllib.loads(text)
        elif suffix in (".yaml", ".yml", ".json"):
            import yaml

            data = yaml.safe_load(text) or {}
        else:
            raise ConfigError("config_format", f"unsupported config format {suffix!r}: {path}", "use .toml/.yaml/.json")
    except ConfigError:
        raise
    except Exception as exc:  # tomllib/yaml errors have different types
        raise ConfigError("config_syntax", f"cannot parse {path}: {exc}", "fix the file's syntax") from exc
    if not isinstance(data, dict):
        raise ConfigError("config_syntax", f"{path} must contain a table/mapping at top level")
    return data


def _set_nested(data: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    node = data
    for part in parts[:-1]:
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            raise ConfigError("config_key", f"config key {part!r} is not a section")
        node = child
    node[parts[-1]] = value


def config_from_dict(data: dict[str, Any]) -> TrainConfig:
    """Validate a nested mapping; the first error names its dotted key."""
    try:
        return TrainConfig.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "<root>"
        if err["type"] == "extra_forbidden":
            leaf = str(err["loc"][-1])
            hint = "remove it"
            with contextlib.suppress(ConfigError):
                hint = f"did you mean {_resolve_key(leaf)!r}?"
            raise ConfigError("config_key", f"unknown config key {key!r}", hint) from None
        got = err.get("input")
        raise ConfigError(
            "config_value", f"bad value for config key {key!r}: {err['msg']} (got {got!r})", "fix the value"
        ) from None


def load_config(
    path: str | Path | None = None, overrides: list[str] | tuple[str, ...] = (), base: dict[str, Any] | None = None
) -> TrainConfig:
    """Load ``path`` (TOML/YAML/JSON, optional) over ``base`` and apply ``key=value`` overrides."""
    data: dict[str, Any] = json.loads(json.dumps(base)) if base else {}
    if path is not None:
        file_data = _read_file(Path(path))
        for section, values in file_data.items():
            if isinstance(values, dict) and isinstance(data.get(section), dict):
                data[section].update(values)
            else:
                data[section] = values
    for item in overrides:
        if "=" not in item:
            raise ConfigError("config_override", f"override {item!r} is not key=value", "e.g. --set model.graph=false")
        key, _, raw = item.partition("=")
        _set_nested(data, _resolve_key(key.strip()), _parse_value(raw.strip()))
    return config_from_dict(data)
