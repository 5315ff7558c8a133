"""Data-loading rate on CPU: WebDataset shards vs the map-style folder reader, read + decode to 224 px.

Builds N synthetic 800×600 JPEG "scans" (speckle texture, ~US-365K file size) with captions and labels, as a
manifest folder and as shards (``write_shards``), then times one process, no workers, reading every pair both
ways and decoding it with the same ``ImageTextDataset`` code. Prints pairs per CPU-second for each and the ratio,
and the cores a GPU at a given images/s would need to be fed.

    python benchmarks/shard_read.py [--n 200] [--repeat 3] [--gpu-rate 700]

On a local disk the two readers should cost about the same (decode dominates); shards pay off on shared or network
storage, where one sequential read per shard replaces one open + read per image. That is not measured here.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

import numpy as np
from PIL import Image


def cpu_seconds(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def make_folder(root: Path, n: int) -> Path:
    rng = np.random.default_rng(0)
    (root / "images").mkdir(parents=True)
    rows = []
    for i in range(n):
        # Speckle correlated over a few pixels inside a sector, black outside: JPEG sizes like real scans.
        coarse = rng.rayleigh(60, size=(150, 200)).clip(0, 255).astype(np.uint8)
        speckle = np.asarray(Image.fromarray(coarse).resize((800, 600), Image.BICUBIC))
        yy, xx = np.mgrid[0:600, 0:800]
        sector = (np.abs(np.arctan2(xx - 400, yy + 50)) < 0.6) & (yy > 30) & (yy < 560)
        buf = io.BytesIO()
        scan = Image.fromarray(np.where(sector, speckle, 0).astype(np.uint8)).convert("RGB")
        scan.save(buf, format="JPEG", quality=90)
        (root / "images" / f"scan{i:05d}.jpg").write_bytes(buf.getvalue())
        rows.append({"image": f"images/scan{i:05d}.jpg", "caption": "Hypoechoic thyroid nodule.",
                     "case_id": f"c{i // 4}", "split": "train",
                     "labels": {"Diagnosis": ["nodule"], "Organ_level": ["Thyroid gland"]}})
    (root / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return root


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--gpu-rate", type=float, default=700.0, help="images/s one GPU trains at (an estimate)")
    args = ap.parse_args()

    import torch

    import udt
    from model.data import ImageTextDataset, collate, make_loader, open_dataset
    from model.data.shard_stream import open_shards
    from model.data.shards import write_shards

    torch.set_num_threads(1)
    tax = udt.load_taxonomy()
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_folder(Path(tmp) / "folder", args.n)
        write_shards(folder, Path(tmp) / "shards", shard_size=100, taxonomy=tax, derive_labels=False)
        mapped = open_dataset(folder, split="train", image_size=224, taxonomy=tax, derive_labels=False)
        stream = open_shards(Path(tmp) / "shards", "train", partial(ImageTextDataset, image_size=224), batch_size=50)
        size_mb = sum(p.stat().st_size for p in (folder / "images").iterdir()) / 1e6

        def read_folder() -> None:
            for _ in make_loader(mapped, batch_size=50, shuffle=False):  # the same collate as the shard path
                pass

        def read_shards() -> None:
            for _ in stream.loader(collate):
                pass

        # Alternate the two readers and count this process's CPU seconds: on a shared machine, wall time
        # measures the neighbours as much as the code.
        t_folder, t_shards = float("inf"), float("inf")
        for _ in range(args.repeat):
            t_folder = min(t_folder, cpu_seconds(read_folder))
            t_shards = min(t_shards, cpu_seconds(read_shards))
    n_shards = len(stream.stream.plan().order)
    used = len(stream) * 50  # batches per epoch × batch size
    folder_rate, shard_rate = len(mapped) / t_folder, used / t_shards
    print(f"{args.n} synthetic 800x600 JPEGs ({size_mb / args.n * 1000:.0f} kB each), decoded to 224 px, "
          f"1 process, 1 thread, CPU seconds, best of {args.repeat} alternated runs")
    print(f"  map-style folder reader : {folder_rate:7.1f} pairs per CPU-s")
    ratio = shard_rate / folder_rate
    print(f"  WebDataset shards ({n_shards})  : {shard_rate:7.1f} pairs per CPU-s   (ratio shards/folder {ratio:.2f}x)")
    print(f"  cores to feed one GPU at {args.gpu_rate:.0f} images/s (estimate): {args.gpu_rate / shard_rate:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
