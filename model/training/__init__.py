"""Training: ``train(config) -> run_dir`` (one process, torchrun ranks, or ``nproc`` spawned via torchrun).

>>> from model import TrainConfig, train
>>> run_dir = train(TrainConfig.model_validate({"optim": {"max_steps": 20}}))   # doctest: +SKIP

Imports are lazy so ``import model.training`` stays light.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_LAZY = {
    "train": "model.training.api",
    "launch": "model.training.api",
    "run_training": "model.training.loop",
    "compute_loss": "model.training.loop",
    "TrainingInterrupted": "model.training.loop",
    "NonFiniteLoss": "model.training.loop",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'model.training' has no attribute {name!r}")
    return getattr(import_module(module), name)
