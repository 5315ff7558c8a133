"""Checkpoints: ``RUN/checkpoints/step_XXXXXXXX/{model.safetensors,state.pt,checkpoint.json}`` plus ``latest``.

Weights are safetensors; the training state (optimizer, scheduler, step, epoch, RNG states) contains only
tensors and plain Python values, so it loads with ``torch.load(weights_only=True)``. A checkpoint is written to
a temporary directory and renamed into place, then ``latest`` is replaced atomically: an interrupted save
leaves the previous checkpoint intact. ``checkpoint.json`` records the SHA-256 of each file as saved, so a
checkpoint damaged later (a full disk, a truncated copy) is recognised on resume, and ``--resume latest`` falls
back to the newest intact one, saying so.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
import sys
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
META_FILE = "checkpoint.json"
META_FORMAT = 1


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
    # Digests of the bytes as they are on disk, read back: what resume will compare against.
    digests = {name: file_sha256(tmp / name) for name in (WEIGHTS_FILE, STATE_FILE)}
    atomic_write_text(tmp / META_FILE, json.dumps({"format": META_FORMAT, "step": step, "sha256": digests}) + "\n")
    if final.exists():
        shutil.rmtree(final)
    os.replace(tmp, final)
    atomic_write_text(root / LATEST, name + "\n")
    existing = sorted(p for p in root.iterdir() if p.is_dir() and p.name.startswith("step_"))
    for old in existing[:-keep]:
        if old != final:
            shutil.rmtree(old, ignore_errors=True)
    return final


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in chunks (weights can be large)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def checkpoint_problem(checkpoint: Path) -> str | None:
    """Why ``checkpoint`` cannot be resumed from (naming the file), or ``None`` when it is intact.

    Checkpoints with ``checkpoint.json`` are checked against the digests recorded at save time; older ones
    (without it) by reading the safetensors header, which notices a truncated weights file.
    """
    for name in (WEIGHTS_FILE, STATE_FILE):
        if not (checkpoint / name).is_file():
            return f"{checkpoint / name} is missing"
    meta_path = checkpoint / META_FILE
    if not meta_path.is_file():
        return _safetensors_problem(checkpoint / WEIGHTS_FILE)
    try:
        recorded = json.loads(meta_path.read_text(encoding="utf-8"))["sha256"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return f"{meta_path} is unreadable ({type(exc).__name__})"
    for name, expected in recorded.items():
        path = checkpoint / name
        if not path.is_file():
            return f"{path} is missing"
        if file_sha256(path) != expected:
            return f"{path} does not match the SHA-256 recorded when it was saved (truncated or altered)"
    return None


def _safetensors_problem(path: Path) -> str | None:
    from safetensors import safe_open

    try:
        with safe_open(str(path), framework="pt"):
            return None
    except Exception as exc:  # SafetensorError, OSError: the header or the file's extent is wrong
        return f"{path} is not a readable safetensors file ({' '.join(str(exc).split())})"


def checkpoints_newest_first(run_dir: Path) -> list[Path]:
    """Checkpoint directories of a run: the one ``latest`` points to first, then by step, newest first."""
    root = Path(run_dir) / CHECKPOINT_DIR
    if not root.is_dir():
        return []
    found = sorted((p for p in root.iterdir() if p.is_dir() and p.name.startswith("step_")), reverse=True)
    pointer = root / LATEST
    if pointer.is_file():
        named = root / pointer.read_text(encoding="utf-8").strip()
        if named in found:
            found.remove(named)
            found.insert(0, named)
    return found


def intact_checkpoint(run_dir: Path, *, announce: bool = True) -> Path | None:
    """The newest checkpoint of ``run_dir`` that passes :func:`checkpoint_problem`, or ``None``.

    Each damaged checkpoint passed over is reported on stderr (``announce``), with the one used instead.
    """
    skipped: list[str] = []
    for candidate in checkpoints_newest_first(run_dir):
        problem = checkpoint_problem(candidate)
        if problem is None:
            if skipped and announce:
                for reason in skipped:
                    print(f"warning: skipping damaged checkpoint: {reason}", file=sys.stderr)
                print(f"warning: using the newest intact checkpoint instead: {candidate}", file=sys.stderr)
            return candidate
        skipped.append(problem)
    if skipped:
        raise DataError(
            "train.bad_checkpoint",
            f"every checkpoint in {Path(run_dir) / CHECKPOINT_DIR} is damaged; newest: {skipped[0]}",
            "start a new run (no --resume), or restore the checkpoint files",
        )
    return None


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
        found = intact_checkpoint(run_dir)
        if found is None:
            raise DataError("train.no_checkpoint", f"no checkpoint to resume in {run_dir}", "train without --resume")
        return found
    path = Path(resume)
    if (path / STATE_FILE).is_file():  # one named checkpoint: it must be intact, there is no other to choose
        problem = checkpoint_problem(path)
        if problem is not None:
            raise DataError(
                "train.bad_checkpoint", problem, f"resume from the run directory ({path.parent.parent}) instead"
            )
        return path
    found = intact_checkpoint(path)
    if found is None:
        raise DataError("train.no_checkpoint", f"no checkpoint found at {path}", "give a run or checkpoint directory")
    return found


def load_state(checkpoint: Path) -> dict[str, Any]:
    try:
        return torch.load(checkpoint / STATE_FILE, map_location="cpu", weights_only=True)
    except Exception as exc:
        raise DataError(
            "train.bad_checkpoint",
            f"cannot read {checkpoint / STATE_FILE}: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}",
            "resume from an earlier checkpoint, or start a new run",
        ) from None
