"""Ultrasound-CLIP model, data and training.

>>> import model
>>> run_dir = model.train({"optim": {"max_steps": 20}})            # doctest: +SKIP
>>> clip = model.UltrasoundCLIP.from_pretrained(run_dir)            # doctest: +SKIP
>>> result = model.evaluate(run_dir, "phantom/", split="test")      # doctest: +SKIP

Attributes are imported lazily so that ``import model`` stays light (no torch until needed).
"""

from __future__ import annotations

from udt.lazy import lazy_exports

_LAZY: dict[str, str] = {
    "UltrasoundCLIP": "model.clip_model",
    "TrainConfig": "model.config",
    "load_config": "model.config",
    "train": "model.training.api",
    "evaluate": "model.evaluation",
}

__all__ = sorted(_LAZY)

__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
