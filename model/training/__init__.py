"""Training: ``train(config) -> run_dir`` (one process, torchrun ranks, or ``nproc`` spawned via torchrun).

>>> from model import TrainConfig, train
>>> run_dir = train(TrainConfig.model_validate({"optim": {"max_steps": 20}}))   # doctest: +SKIP

Imports are lazy so ``import model.training`` stays light.
"""

from __future__ import annotations

from udt.lazy import lazy_exports

_LAZY = {
    "train": "model.training.api",
    "launch": "model.training.api",
    "run_training": "model.training.loop",
    "compute_loss": "model.training.loop",
    "TrainingInterrupted": "model.training.loop",
    "NonFiniteLoss": "model.training.loop",
}

__all__ = sorted(_LAZY)

__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
