"""Training-step time on CPU: full Ultrasound-CLIP (graph + semantic loss) vs plain CLIP, same encoders and batch.

The step is what the training process runs per batch (``model.training.loop.compute_loss`` + backward + AdamW):
forward of both towers, graph encoder and fusion, soft labels from the batch's label codes, CLIP + semantic loss,
backward, AdamW. The per-sample data work — tokenisation, the HeteroData graph batch with the graph encoder's index
plan, and the label codes — is done by ``TrainingCollate`` in the DataLoader workers, as in open_clip; it is timed
separately ("collate, in workers") for each variant and also reported added to the step. Label records are sampled
from the taxonomy's released values (sparse, like US-365K). The four variants (plain, +semantic loss, +graph, full)
run interleaved, one step each in turn, and medians of wall and CPU time (``time.process_time``, robust to other
processes on a shared machine) are reported, so a busy machine affects all sides alike. ``--breakdown`` adds the
isolated cost of each extra piece of the full step. Target: overhead ≤ 15%.

    python benchmarks/train_step.py [--batch 32] [--steps 30] [--text tiny|minilm] [--threads 1] [--breakdown]

"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

import torch

import udt
from model.clip_model import UltrasoundCLIP
from model.config import TrainConfig
from model.data.collate import TrainingCollate
from model.data.dataset import Sample
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


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds of one call."""
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def make_step(
    cfg: TrainConfig, tax, images, records, captions
) -> tuple[Callable[[], None], UltrasoundCLIP, Callable[[], object]]:
    """(training step on a collated batch, model, the collate call that made the batch)."""
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
    collate = TrainingCollate.for_model(model, cfg, tax, labeler)
    triples = zip(images, captions, records, strict=True)
    samples = [Sample(img, cap, rec, str(i), str(i)) for i, (img, cap, rec) in enumerate(triples)]

    def make_batch() -> object:
        return collate(samples)

    batch = make_batch()

    def step() -> None:
        out = model(batch.images, batch.input_ids, batch.attention_mask, batch.graph, batch.graph_plan)
        loss = clip_loss(out["image_features"], out["text_features"], out["logit_scale"])
        if semantic is not None:
            soft = labeler.from_codes(batch.label_codes)
            loss = loss + semantic(out["image_features"], out["text_features"], soft)
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)

    return step, model, make_batch


def median_ms(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(s[0] for s in samples) * 1e3, statistics.median(s[1] for s in samples) * 1e3


def breakdown(model: UltrasoundCLIP, tax, records, text_dim: int, repeats: int) -> dict[str, tuple[float, float]]:
    """Isolated (wall, CPU) ms of the pieces the full step adds on top of plain CLIP."""
    from graphing import SoftLabeler

    assert model.graph_encoder is not None and model.fusion is not None
    encoder, fusion = model.graph_encoder, model.fusion
    batch = len(records)
    graph = model.build_graphs(records)
    labeler = SoftLabeler(tax)
    text = torch.randn(batch, text_dim, requires_grad=True)
    image = torch.nn.functional.normalize(torch.randn(batch, text_dim), dim=-1).requires_grad_()
    graph_params = [p for p in [*encoder.parameters(), *fusion.parameters()]]
    for p in graph_params:
        p.grad = torch.zeros_like(p)
    opt = torch.optim.AdamW(graph_params, lr=1e-4, fused=True)
    out = encoder(graph)
    detached = [t.detach() for t in out]

    def graph_fwd_bwd() -> None:
        o = encoder(graph)
        (o.vector.sum() + o.nodes.sum()).backward()

    def fusion_fwd_bwd() -> None:
        fusion(text, detached[0], detached[1], detached[2], detached[3]).sum().backward()

    codes = torch.from_numpy(labeler.codes(records))

    def semantic_fwd_bwd() -> None:
        txt = torch.nn.functional.normalize(text, dim=-1)
        SemanticLoss()(image, txt, labeler.from_codes(codes)).backward()

    pieces = {
        "graph batch (build_hetero_batch, in workers)": lambda: model.build_graphs(records),
        "graph encoder index plan": lambda: encoder.plan(graph),
        "graph encoder fwd+bwd (incl. plan)": graph_fwd_bwd,
        "fusion fwd+bwd": fusion_fwd_bwd,
        "label codes (SoftLabeler.codes, in workers)": lambda: labeler.codes(records),
        "soft labels (SoftLabeler.from_codes)": lambda: labeler.from_codes(codes),
        "semantic loss fwd+bwd (incl. labels)": semantic_fwd_bwd,
        f"AdamW on graph+fusion params ({sum(p.numel() for p in graph_params) / 1e6:.2f}M)": opt.step,
    }
    result = {}
    for name, fn in pieces.items():
        for _ in range(3):
            fn()
        result[name] = median_ms([timed(fn) for _ in range(repeats)])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--text", default="tiny", help="text tower: tiny (default CPU config) or minilm")
    parser.add_argument("--threads", type=int, default=1, help="torch intra-op threads (1: steadiest on a shared box)")
    parser.add_argument("--breakdown", action="store_true", help="also time the extra pieces of the full step")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    tax = udt.load_taxonomy()
    base = TrainConfig().model_copy(deep=True)
    base.model.text_encoder = args.text
    configs = {}
    for name, graph, semantic in (("plain CLIP", False, False), ("+ semantic loss", False, True),
                                  ("+ graph", True, False), ("full (graph + semantic)", True, True)):
        cfg = base.model_copy(deep=True)
        cfg.model.graph = graph
        cfg.loss.semantic_loss = semantic
        configs[name] = cfg
    size = base.model.image_size
    images = torch.randn(args.batch, 3, size, size)
    records, captions = sample_records(tax, args.batch)

    built = {name: make_step(cfg, tax, images, records, captions) for name, cfg in configs.items()}
    steps = {name: step for name, (step, _, _) in built.items()}
    collates = {name: make for name, (_, _, make) in built.items()}
    for fn in steps.values():  # warm-up
        fn()
        fn()
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in steps}
    collate_samples: dict[str, list[tuple[float, float]]] = {name: [] for name in steps}
    for _ in range(args.steps):
        for name, fn in steps.items():
            samples[name].append(timed(fn))
            collate_samples[name].append(timed(collates[name]))
    med = {name: median_ms(s) for name, s in samples.items()}
    collate_med = {name: median_ms(s) for name, s in collate_samples.items()}
    print(f"device cpu, threads {torch.get_num_threads()}, batch {args.batch}, image {size}px, text tower {args.text}, "
          f"graph hidden {base.model.graph_hidden}, {args.steps} interleaved steps (median wall / CPU)")
    plain_wall, plain_cpu = med["plain CLIP"]
    for name, (wall, cpu) in med.items():
        print(f"  {name:26s} {wall:7.1f} ms wall {cpu:7.1f} ms CPU  {args.batch / wall * 1e3:7.1f} images/s  "
              f"overhead {(wall / plain_wall - 1) * 100:+6.1f}% wall {(cpu / plain_cpu - 1) * 100:+6.1f}% CPU")
    wall, cpu = med["full (graph + semantic)"]
    print(f"  overhead ratio full/plain = {wall / plain_wall:.3f} wall, {cpu / plain_cpu:.3f} CPU (target <= 1.15)")
    print("collate, in the DataLoader workers (tokens, graph batch, label codes; median wall / CPU ms):")
    for name, (w, c) in collate_med.items():
        print(f"  {name:26s} {w:7.2f} ms wall {c:7.2f} ms CPU")
    cw, cc = collate_med["full (graph + semantic)"]
    pw, pc = collate_med["plain CLIP"]
    print(f"  with collate counted in the step (num_workers=0): full/plain = {(wall + cw) / (plain_wall + pw):.3f} "
          f"wall, {(cpu + cc) / (plain_cpu + pc):.3f} CPU")
    if args.breakdown:
        print("isolated pieces of the full step (median wall / CPU ms):")
        model = built["full (graph + semantic)"][1]
        for name, (w, c) in breakdown(model, tax, records, base.model.embed_dim, max(args.steps, 50)).items():
            print(f"  {name:46s} {w:7.3f} {c:7.3f}")


if __name__ == "__main__":
    main()
