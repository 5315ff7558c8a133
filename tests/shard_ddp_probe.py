"""torchrun helper for tests/test_shards.py (not a test): each rank streams a shard split for some epochs through
the training loop's loader and rank 0 writes the keys every rank saw, per epoch, as JSON.

Run: python -m torch.distributed.run --standalone --nproc_per_node=2 tests/shard_ddp_probe.py SHARDS OUT EPOCHS
"""

from __future__ import annotations

import json
import sys
from functools import partial
from pathlib import Path


def main(shards: str, out: str, epochs: int) -> None:
    from model.data import ImageTextDataset, collate
    from model.data.shard_stream import open_shards
    from model.training import distributed as D

    info = D.setup("cpu")
    assert info.world_size == 2, "launch with --nproc_per_node=2"
    source = open_shards(
        shards, "train", partial(ImageTextDataset, image_size=16), batch_size=4, seed=3,
        rank=info.rank, world_size=info.world_size, num_workers=2,
    )
    seen = []
    for epoch in range(epochs):
        source.set_epoch(epoch)
        keys = [k for batch in source.loader(collate) for k in batch.keys]
        seen.append({"rank_keys": D.gather_json(keys), "batches": D.gather_json(len(keys) // 4)})
    if info.is_main:
        Path(out).write_text(json.dumps({"epochs": seen, "per_rank_batches": len(source)}), encoding="utf-8")
    D.teardown(info)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
