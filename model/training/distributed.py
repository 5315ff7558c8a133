"""Process-group helpers: set-up from torchrun's environment, feature gathering, JSON gathering (no pickle)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

import torch
import torch.distributed as dist

from model.devices import resolve_device


@dataclass(frozen=True)
class DistInfo:
    """Where this process stands: rank, world size, local rank and the device it should use."""

    rank: int = 0
    world_size: int = 1
    local_rank: int = 0
    device: torch.device = field(default_factory=lambda: torch.device("cpu"))
    #: Whether ``setup`` started the process group (a caller that started its own keeps it after training).
    owns_group: bool = False

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def distributed(self) -> bool:
        return self.world_size > 1


def is_distributed() -> bool:
    return dist.is_available() and dist.is_initialized() and dist.get_world_size() > 1


def setup(device: str = "auto") -> DistInfo:
    """Initialise the process group when launched by torchrun (NCCL on GPU, gloo on CPU)."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    rank = int(os.environ.get("RANK", "0"))
    local = int(os.environ.get("LOCAL_RANK", "0"))
    dev = resolve_device(device, index=local, setting="run.device")
    use_cuda = dev.type == "cuda"
    if use_cuda:
        torch.cuda.set_device(dev)
    owns = world > 1 and not dist.is_initialized()
    if owns:
        dist.init_process_group(backend="nccl" if use_cuda else "gloo", rank=rank, world_size=world)
    return DistInfo(rank=rank, world_size=world, local_rank=local, device=dev, owns_group=owns)


def teardown(info: DistInfo) -> None:
    """Destroy the process group ``setup`` started; one the caller started before is the caller's to end."""
    if info.owns_group and dist.is_available() and dist.is_initialized():
        dist.destroy_process_group()


def gather_features(local: torch.Tensor) -> torch.Tensor:
    """All-gather ``local`` (B, D) along dim 0; the local slice keeps its autograd graph."""
    if not is_distributed():
        return local
    parts = [torch.empty_like(local) for _ in range(dist.get_world_size())]
    dist.all_gather(parts, local.detach().contiguous())
    parts[dist.get_rank()] = local
    return torch.cat(parts, dim=0)


def gather_tensor(local: torch.Tensor) -> torch.Tensor:
    """All-gather a tensor without gradient (e.g. label codes) along dim 0; every rank's shape must match."""
    if not is_distributed():
        return local
    parts = [torch.empty_like(local) for _ in range(dist.get_world_size())]
    dist.all_gather(parts, local.contiguous())
    return torch.cat(parts, dim=0)


def gather_json(obj: Any, device: torch.device | None = None) -> list[Any]:
    """All-gather a JSON-serialisable object from every rank (in rank order), without pickle."""
    if not is_distributed():
        return [obj]
    device = device or torch.device("cpu")
    payload = torch.tensor(list(json.dumps(obj).encode("utf-8")), dtype=torch.uint8, device=device)
    size = torch.tensor([payload.numel()], dtype=torch.long, device=device)
    sizes = [torch.zeros_like(size) for _ in range(dist.get_world_size())]
    dist.all_gather(sizes, size)
    longest = int(max(s.item() for s in sizes))
    padded = torch.zeros(longest, dtype=torch.uint8, device=device)
    padded[: payload.numel()] = payload
    parts = [torch.zeros_like(padded) for _ in sizes]
    dist.all_gather(parts, padded)
    out = []
    for part, part_size in zip(parts, sizes, strict=True):
        out.append(json.loads(bytes(part[: int(part_size.item())].cpu().tolist()).decode("utf-8")))
    return out


def any_flag(flag: bool, device: torch.device | None = None) -> bool:
    """True on every rank if ``flag`` is true on any rank (so all ranks stop together)."""
    if not is_distributed():
        return flag
    t = torch.tensor([1.0 if flag else 0.0], device=device or torch.device("cpu"))
    dist.all_reduce(t, op=dist.ReduceOp.MAX)
    return bool(t.item() > 0)


def barrier() -> None:
    if is_distributed():
        dist.barrier()
