"""Turn a device name from a config or an option into a ``torch.device``, with a clear error when it cannot exist.

Asking torch for a CUDA device it does not have fails deep inside torch (an ``AssertionError`` on a CPU build, an
``AttributeError`` from ``set_device`` on some builds, an invalid-ordinal error when torchrun starts more processes
than there are GPUs). Every entry point that takes a device name resolves it here first, so the user reads one
line that names the setting and how to fix it.
"""

from __future__ import annotations

import torch

from udt.errors import ConfigError

DEVICE_NAMES = ("auto", "cpu", "cuda")


def resolve_device(name: str, *, index: int = 0, setting: str = "device") -> torch.device:
    """The device ``name`` ("auto", "cpu" or "cuda") means here; ``index`` is the GPU of this process (LOCAL_RANK).

    "auto" is CUDA when torch sees a GPU, else the CPU. ``setting`` names where the value came from (an option
    or a config key) for the error message.
    """
    if name not in DEVICE_NAMES:
        raise ConfigError("device.unknown", f"{setting}={name!r} is not a device", "use auto, cpu or cuda")
    if name == "cpu" or (name == "auto" and not torch.cuda.is_available()):
        return torch.device("cpu")
    if not torch.cuda.is_available():
        build = "a CPU-only build" if torch.version.cuda is None else f"built for CUDA {torch.version.cuda}"
        raise ConfigError(
            "device.no_cuda",
            f"{setting}=cuda, but torch {torch.__version__} ({build}) sees no CUDA device",
            "use cpu or auto, or install a CUDA build of torch on a machine with a GPU",
        )
    count = torch.cuda.device_count()
    if index >= count:
        raise ConfigError(
            "device.no_gpu_for_process",
            f"process with LOCAL_RANK={index} needs GPU {index}, but {count} CUDA device(s) are visible",
            f"launch at most {count} process(es) per machine (udt train --nproc, torchrun --nproc_per_node)",
        )
    return torch.device("cuda", index)
