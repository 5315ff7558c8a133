"""Deterministic, resumable, rank-aware batch order.

The order of epoch ``e`` depends only on ``(seed, e)``, so a resumed run regenerates it and skips the batches
already consumed — no data is read to skip. Each rank takes an equal, disjoint share (the tail that does not
fill a global batch is dropped, as DDP needs equal step counts).
"""

from __future__ import annotations

from collections.abc import Iterator

import torch


class ResumableBatchSampler:
    """Yields lists of dataset indices for one rank; call :meth:`set_epoch` before iterating."""

    def __init__(self, size: int, batch_size: int, seed: int = 0, rank: int = 0, world_size: int = 1) -> None:
        self.size = size
        self.batch_size = batch_size
        self.seed = seed
        self.rank = rank
        self.world_size = world_size
        self.epoch = 0
        self.skip = 0

    def set_epoch(self, epoch: int, skip: int = 0) -> None:
        self.epoch = epoch
        self.skip = skip

    def __len__(self) -> int:
        return self.size // (self.batch_size * self.world_size)

    def __iter__(self) -> Iterator[list[int]]:
        gen = torch.Generator().manual_seed(self.seed * 100_003 + self.epoch)
        order = torch.randperm(self.size, generator=gen).tolist()
        global_batch = self.batch_size * self.world_size
        for b in range(self.skip, len(self)):
            chunk = order[b * global_batch : (b + 1) * global_batch]
            yield chunk[self.rank * self.batch_size : (self.rank + 1) * self.batch_size]
