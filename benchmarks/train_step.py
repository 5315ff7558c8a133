"""Training-step time on CPU: full Ultrasound-CLIP (graph + semantic loss) vs plain CLIP, same encoders and batch.

Everything a step does is timed: tokenisation, graph batch, soft labels, forward, backward, AdamW. Label records
are sampled from the taxonomy's released values (sparse, like US-365K). Runs are interleaved and the median is
reported, so a busy machine affects both sides alike. Target: overhead ≤ 15%.

    python benchmarks/train_step.py [--batch 32] [--steps 15] [--text tiny|minilm]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

import torch

import udt
from model.clip_model import UltrasoundCLIP
from model.config import TrainConfig
from model.losses import ClipLoss, SemanticLoss

# Fill rates roughly like US-365K (REFERENCE §3), by field position in the taxonomy's field order.
FILL = (0.5, 0.997, 0.997, 0.08, 0.02, 0.18, 0.16, 0.03, 0.08)


def sample_records(tax, n: int, seed: int = 0) -> tuple[list[dict[str, list[str]]], list[str]]:
    rng = random.Random(seed)
    records, captions = [], []
    for _ in range(n):
        rec = {}
        for field, rate in zip(tax.fields, FILL, strict=True):
            if rng.random() < rate:
                rec[field] = [rng.choice(tax.values(field)).us365k_label]
        records.append(rec)
        captions.append("ultrasound shows " + ", ".join(v[0] for v in rec.values()))
    return records, captions


def make_step(cfg: TrainConfig, tax, images, records, captions):
    torch.manual_seed(0)
    model = UltrasoundCLIP.build(cfg.model, tax)
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=1e-4, fused=True)
    clip_loss = ClipLoss()
    semantic = SemanticLoss() if cfg.loss.semantic_loss else None
    labeler = None
    if semantic is not None:
        from graphing import SoftLabeler

        labeler = SoftLabeler(tax)

    def step() -> float:
        t0 = time.perf_counter()
        tokens = model.tokenize(captions)
        graph = model.build_graphs(records)
        out = model(images, tokens["input_ids"], tokens["attention_mask"], graph)
        loss = clip_loss(out["image_features"], out["text_features"], out["logit_scale"])
        if semantic is not None:
            loss = loss + semantic(out["image_features"], out["text_features"], labeler.batch(records))
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)
        return time.perf_counter() - t0

    return step


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--steps", type=int, default=15)
    parser.add_argument("--text", default="tiny", help="text tower: tiny (default CPU config) or minilm")
    args = parser.parse_args()

    tax = udt.load_taxonomy()
    base = TrainConfig().model_copy(deep=True)
    base.model.text_encoder = args.text
    full = base.model_copy(deep=True)
    plain = base.model_copy(deep=True)
    plain.model.graph = False
    plain.loss.semantic_loss = False
    size = base.model.image_size
    images = torch.randn(args.batch, 3, size, size)
    records, captions = sample_records(tax, args.batch)

    steps = {"plain CLIP": make_step(plain, tax, images, records, captions),
             "full (graph + semantic)": make_step(full, tax, images, records, captions)}
    for fn in steps.values():  # warm-up
        fn()
        fn()
    times: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(args.steps):
        for name, fn in steps.items():
            times[name].append(fn())
    med = {name: statistics.median(t) for name, t in times.items()}
    print(f"device cpu, threads {torch.get_num_threads()}, batch {args.batch}, image {size}px, text tower {args.text}, "
          f"graph hidden {base.model.graph_hidden}, {args.steps} interleaved steps (median)")
    for name, value in med.items():
        print(f"  {name:26s} {value * 1000:8.1f} ms/step  {args.batch / value:8.1f} images/s")
    ratio = med["full (graph + semantic)"] / med["plain CLIP"]
    print(f"  overhead ratio full/plain = {ratio:.3f}  ({(ratio - 1) * 100:+.1f}%, target <= +15%)")


if __name__ == "__main__":
    main()
