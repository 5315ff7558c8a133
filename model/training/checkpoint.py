"""Checkpoints: ``RUN/checkpoints/step_XXXXXXXX/{model.safetensors,state.pt}`` plus a ``latest`` pointer.

Weights are safetensors; the training state (optimizer, scheduler, step, epoch, RNG states) contains only
tensors and plain Python values, so it loads with ``torch.load(weights_only=True)``. A checkpoint is written to
a temporary directory and renamed into place, then ``latest`` is replaced atomically: an interrupted save
leaves the previous checkpoint intact.
"""

from __future__ import annotations

import io
import os
import random
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import torch

from udt.atomic import atomic_write_bytes, atomic_write_text
from udt.errors import DataError

CHECKPOINT_DIR = "checkpoints"
LATEST = "latest"
STATE_FILE = "state.pt"
WEIGHTS_FILE = "model.safetensors"


def rng_state() -> dict[str, Any]:
    """Every RNG that can influence a step, in weights_only-loadable form."""
    np_state = np.random.get_state()
    py_version, py_internal, py_gauss = random.getstate()
    state: dict[str, Any] = {
        "torch": torch.get_rng_state(),
        "numpy": {
            "keys": torch.from_numpy(np.asarray(np_state[1], dtype=np.int64)),
            "pos": int(np_state[2]),
            "has_gauss": int(np_state[3]),
            "gauss": float(np_state[4]),
        },
        "python": {"version": py_version, "internal": list(py_internal), "gauss": py_gauss},
    }
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def set_rng_state(state: dict[str, Any]) -> None:
    torch.set_rng_state(state["torch"])
    npst = state["numpy"]
    keys = npst["keys"].numpy().astype(np.uint32)
    np.random.set_state(("MT19937", keys, npst["pos"], npst["has_gauss"], npst["gauss"]))
    py = state["python"]
    random.setstate((py["version"], tuple(py["internal"]), py["gauss"]))
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


def save_checkpoint(run_dir: Path, step: int, model: torch.nn.Module, state: dict[str, Any], keep: int = 2) -> Path:
    """Write checkpoint ``step`` atomically, point ``latest`` at it, and prune to the newest ``keep``."""
    root = run_dir / CHECKPOINT_DIR
    root.mkdir(parents=True, exist_ok=True)
    name = f"step_{step:08d}"
    final = root / name
    tmp = root / f".tmp-{name}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    model.save_weights(tmp / WEIGHTS_FILE)
    buffer = io.BytesIO()
    torch.save(state, buffer)
    atomic_write_bytes(tmp / STATE_FILE, buffer.getvalue())
    if final.exists():
        shutil.rmtree(final)
    os.replace(tmp, final)
    atomic_write_text(root / LATEST, name + "\n")
    existing = sorted(p for p in root.iterdir() if p.is_dir() and p.name.startswith("step_"))
    for old in existing[:-keep]:
        if old != final:
            shutil.rmtree(old, ignore_errors=True)
    return final


def latest_checkpoint(run_dir: Path) -> Path | None:
    """The checkpoint ``latest`` points to (or the newest one), or ``None``."""
    root = Path(run_dir) / CHECKPOINT_DIR
    pointer = root / LATEST
    if pointer.is_file():
        candidate = root / pointer.read_text(encoding="utf-8").strip()
        if (candidate / STATE_FILE).is_file():
            return candidate
    if not root.is_dir():
        return None
    found = sorted(p for p in root.iterdir() if p.name.startswith("step_") and (p / STATE_FILE).is_file())
    return found[-1] if found else None


def resolve_checkpoint(resume: str, run_dir: Path) -> Path:
    """``latest`` (in ``run_dir``), a run directory, or a checkpoint directory -> checkpoint directory."""
    if resume == "latest":
        found = latest_checkpoint(run_dir)
        if found is None:
            raise DataError("train.no_checkpoint", f"no checkpoint to resume in {run_dir}", "train without --resume")
        return found
    path = Path(resume)
    if (path / STATE_FILE).is_file():
        return path
    found = latest_checkpoint(path)
    if found is None:
        raise DataError("train.no_checkpoint", f"no checkpoint found at {path}", "give a run or checkpoint directory")
    return found


def load_state(checkpoint: Path) -> dict[str, Any]:
    try:
        return torch.load(checkpoint / STATE_FILE, map_location="cpu", weights_only=True)
    except Exception as exc:
        raise DataError("train.bad_checkpoint", f"cannot read {checkpoint / STATE_FILE}: {exc}") from exc
