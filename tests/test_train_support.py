"""Shared helpers (no tests) for the training tests: a tiny phantom and a very small, fast config."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PHANTOM_N = 64


def make_phantom(root: Path, taxonomy: Any = None) -> Path:
    import udt
    from model.phantom import generate_phantom

    target = root / "phantom"
    if not (target / "full_data.json").is_file():
        tax = taxonomy if taxonomy is not None else udt.load_taxonomy()
        generate_phantom(target, PHANTOM_N, seed=0, size=48, coverage="balanced", taxonomy=tax)
    return target


def tiny_config(data: Path, out: Path, **sections: dict[str, Any]) -> dict[str, Any]:
    cfg: dict[str, Any] = {
        "model": {
            "image_size": 32,
            "conv_widths": [16, 32, 32],
            "tiny_patch": 8,
            "tiny_hidden": 32,
            "tiny_layers": 1,
            "embed_dim": 32,
            "fusion_heads": 4,
            "graph_hidden": 32,
            "max_text_length": 32,
        },
        "data": {"path": str(data)},
        "optim": {"batch_size": 8, "max_steps": 4, "warmup_steps": 2},
        "run": {"out": str(out), "log_every": 1, "progress": "off"},
    }
    for section, values in sections.items():
        cfg.setdefault(section, {}).update(values)
    return cfg


def step_losses(run_dir: Path) -> dict[int, float]:
    lines = (run_dir / "metrics.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return {r["step"]: r["loss"] for r in records if "loss" in r}
