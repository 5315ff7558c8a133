"""Which samples of a sharded split each rank and DataLoader worker reads in one epoch.

The epoch's sample sequence is the split's shards in an order drawn from ``(seed, epoch)``, each shard's samples in
stored order. The first ``world_size × batches_per_rank × batch_size`` positions are cut into equal contiguous
ranges, one per rank; a rank's range is cut into whole batches per worker. So:

- every rank runs the same number of steps (DDP needs it), whatever the shard sizes;
- within an epoch no sample is read for training twice, and the ones left out (fewer than
  ``world_size × batch_size``, the same tail the map-style sampler drops) change from epoch to epoch;
- a range boundary may fall inside a shard: both neighbours open that shard and each keeps its own part, which
  costs at most one extra shard read per worker and epoch.

Everything here is a pure function of the shard counts and ``(seed, epoch, world_size, num_workers, batch_size)``,
so every rank computes the same plan without talking to the others, and a resumed run recomputes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch


def shard_order(n_shards: int, seed: int, epoch: int) -> list[int]:
    """The epoch's shard permutation (same seed arithmetic as the map-style sampler's sample permutation)."""
    gen = torch.Generator().manual_seed(seed * 100_003 + epoch)
    return torch.randperm(n_shards, generator=gen).tolist()


@dataclass(frozen=True)
class EpochPlan:
    """The plan of one epoch; positions are indices into the epoch's sample sequence."""

    counts: tuple[int, ...]  # samples per shard, in index order
    order: tuple[int, ...]  # shard indices in this epoch's read order
    batch_size: int
    world_size: int
    num_workers: int

    @classmethod
    def build(
        cls, counts: Sequence[int], *, seed: int, epoch: int, batch_size: int, world_size: int = 1, num_workers: int = 0
    ) -> EpochPlan:
        return cls(
            counts=tuple(counts),
            order=tuple(shard_order(len(counts), seed, epoch)),
            batch_size=batch_size,
            world_size=world_size,
            num_workers=max(1, num_workers),
        )

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def batches_per_rank(self) -> int:
        return self.total // (self.batch_size * self.world_size)

    @property
    def dropped(self) -> int:
        """Samples of the split not read this epoch (fewer than ``world_size × batch_size``)."""
        return self.total - self.batches_per_rank * self.batch_size * self.world_size

    def worker_batches(self, worker: int) -> range:
        """The batches (indices within a rank's share) one worker produces; contiguous, near-equal counts."""
        n, w = self.batches_per_rank, self.num_workers
        return range(worker * n // w, (worker + 1) * n // w)

    def worker_span(self, rank: int, worker: int) -> tuple[int, int]:
        """``[start, stop)`` positions of one worker of one rank."""
        batches = self.worker_batches(worker)
        base = rank * self.batches_per_rank * self.batch_size
        return base + batches.start * self.batch_size, base + batches.stop * self.batch_size

    def rank_span(self, rank: int) -> tuple[int, int]:
        size = self.batches_per_rank * self.batch_size
        return rank * size, (rank + 1) * size

    def shard_starts(self) -> dict[int, int]:
        """Shard index -> position of its first sample in this epoch's sequence."""
        starts, pos = {}, 0
        for shard in self.order:
            starts[shard] = pos
            pos += self.counts[shard]
        return starts

    def shards_overlapping(self, span: tuple[int, int]) -> list[int]:
        """Shard indices (in read order) holding at least one position of ``span``."""
        start, stop = span
        starts = self.shard_starts()
        return [s for s in self.order if starts[s] < stop and starts[s] + self.counts[s] > start]


def resume_point(batch_counts: Sequence[int], consumed: int) -> tuple[list[int], int]:
    """Where a loader stood after delivering ``consumed`` batches: batches done per worker, and the next worker.

    ``torch.utils.data.DataLoader`` takes an ``IterableDataset``'s batches from its workers in cyclic order (0, 1,
    ..., skipping exhausted ones), so both follow from the workers' batch counts. A resumed loader again starts at
    its worker 0; mapping its worker ``p`` to plan worker ``(p + next) % n`` makes it continue the same cycle.
    """
    done = [0] * len(batch_counts)
    nxt, left = 0, consumed
    while left > 0 and any(d < c for d, c in zip(done, batch_counts, strict=True)):
        if done[nxt] < batch_counts[nxt]:
            done[nxt] += 1
            left -= 1
        nxt = (nxt + 1) % len(batch_counts)
    return done, nxt
