"""``train()``: the Python entry point; with ``nproc > 1`` it re-launches itself under torchrun."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from model.config import TrainConfig, config_from_dict, load_config
from udt.atomic import atomic_write_text
from udt.errors import UdtError

LAUNCH_FILE = ".launch-config.json"


def _as_config(config: TrainConfig | str | Path | dict[str, Any] | None) -> TrainConfig:
    if config is None:
        return TrainConfig()
    if isinstance(config, TrainConfig):
        return config
    if isinstance(config, dict):
        return config_from_dict(config)
    return load_config(config)


def train(
    config: TrainConfig | str | Path | dict[str, Any] | None = None,
    *,
    resume: str | None = None,
    nproc: int | None = None,
    taxonomy: Any = None,
) -> Path:
    """Train Ultrasound-CLIP and return the run directory.

    ``config``: a :class:`~model.config.TrainConfig`, a mapping, or a TOML/YAML/JSON path. ``resume``:
    ``"latest"`` (in ``run.out``) or a run/checkpoint directory. ``nproc``: spawn that many DDP processes via
    torchrun (gloo on CPU, NCCL on GPU); under an existing torchrun launch it is ignored.

    >>> run = train({"optim": {"max_steps": 10, "batch_size": 16}, "run": {"out": "runs/tiny"}})  # doctest: +SKIP
    >>> UltrasoundCLIP.from_pretrained(run)                                                        # doctest: +SKIP
    """
    cfg = _as_config(config)
    if cfg.taxonomy is not None:  # absolute, so a torchrun relaunch (or a later `udt evaluate`) finds the file
        cfg = cfg.model_copy(update={"taxonomy": str(Path(cfg.taxonomy).expanduser().resolve())})
    if taxonomy is not None and cfg.taxonomy is None and Path(str(taxonomy.source)).is_file():
        # a caller-given taxonomy must survive the relaunch and land in the resolved config too
        cfg = cfg.model_copy(update={"taxonomy": str(Path(str(taxonomy.source)).resolve())})
    if nproc and nproc > 1 and "WORLD_SIZE" not in os.environ:
        return launch(cfg, nproc, resume=resume)
    from model.training.loop import run_training

    return run_training(cfg, resume=resume, taxonomy=taxonomy)


def launch(config: TrainConfig, nproc: int, *, resume: str | None = None) -> Path:
    """Run ``nproc`` ranks with ``python -m torch.distributed.run --standalone`` and wait for them."""
    from model.training.run_dir import prepare_data_path, resolve_run_dir

    run_dir = resolve_run_dir(config, resume).resolve()
    config = config.model_copy(update={"run": config.run.model_copy(update={"out": str(run_dir)})})
    prepare_data_path(config)  # the phantom is generated once, here, not by racing ranks (config.taxonomy's)
    run_dir.mkdir(parents=True, exist_ok=True)
    launch_file = run_dir / LAUNCH_FILE
    atomic_write_text(launch_file, config.to_json())
    cmd = [
        sys.executable,
        "-m",
        "torch.distributed.run",
        "--standalone",
        f"--nproc_per_node={nproc}",
        "-m",
        "model.training.worker",
        "--config",
        str(launch_file),
    ]
    if resume:
        cmd += ["--resume", resume]
    env = dict(os.environ)
    env.setdefault("OMP_NUM_THREADS", str(max(1, (os.cpu_count() or 1) // nproc)))
    env.setdefault("HF_HUB_OFFLINE", "1")
    code = subprocess.run(cmd, env=env, cwd=os.getcwd(), check=False).returncode
    if code != 0:
        raise UdtError(
            "train.workers_failed",
            f"distributed training with {nproc} processes failed (exit {code})",
            "see the rank messages above",
        )
    return run_dir
