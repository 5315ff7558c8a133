"""What the pixels allow, per dimension: a supervised CNN ceiling vs raw-pixel logistic regression vs CLIP features.

All three are trained on the training phantom's train split and scored on a held set: by default the fixed
evaluation phantom (its own seed, every dimension stated, so each dimension is scored on hundreds of images), or
``--held-split test`` for the training phantom's own (case-disjoint, sparsely labelled) test split:
- **supervised CNN**: the conv image tower (``model.conv_tower``, the CPU default of ``udt train``) with one linear
  head per dimension, trained with cross-entropy on the stated dimensions — a ceiling for what a tower of this size
  can read from the images at this budget;
- **raw pixels**: logistic regression on the images downsampled to 24×24 grey levels;
- **CLIP features** (``--run RUN``, repeatable): logistic regression on the frozen image features of trained runs.

Accuracy is scored with the evaluation's multi-label rule; chance is the majority class of the held split.

    python benchmarks/probe_ceiling.py [--run runs/demo/ultrasound-clip] [--steps 300] [--phantom-n 1600]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F


def _images_and_labels(ds) -> tuple[torch.Tensor, list[dict]]:
    images, labels = [], []
    for i in range(len(ds)):
        sample = ds[i]
        if hasattr(sample, "image"):
            images.append(sample.image)
            labels.append(dict(sample.labels))
    return torch.stack(images), labels


def _first_targets(targets: dict, n: int) -> dict[str, torch.Tensor]:
    """Per field, a (n,) class index of each sample's first value, -1 where the dimension is unknown."""
    out = {}
    for field, (rows, sets) in targets.items():
        t = torch.full((n,), -1, dtype=torch.long)
        for r, s in zip(rows, sets, strict=True):
            t[r] = s[0]
        out[field] = t
    return out


def supervised_cnn(train_x, train_t, test_x, n_classes, steps: int, batch: int, seed: int) -> dict[str, torch.Tensor]:
    """Train the conv tower + per-dimension heads; return per-field predictions on ``test_x``."""
    from model.conv_tower import ConvImageTower

    torch.manual_seed(seed)
    tower = ConvImageTower()
    heads = torch.nn.ModuleDict({f: torch.nn.Linear(tower.hidden_size, c) for f, c in n_classes.items()})
    params = [*tower.parameters(), *heads.parameters()]
    opt = torch.optim.AdamW(params, lr=2e-3, weight_decay=1e-4)
    gen = torch.Generator().manual_seed(seed)
    tower.train()
    for _ in range(steps):
        idx = torch.randint(0, len(train_x), (batch,), generator=gen)
        feats = tower(train_x[idx])
        loss = torch.zeros(())
        for field, head in heads.items():
            target = train_t[field][idx]
            keep = target >= 0
            if keep.any():
                loss = loss + F.cross_entropy(head(feats[keep]), target[keep])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
    tower.eval()
    with torch.no_grad():
        feats = torch.cat([tower(test_x[i : i + 128]) for i in range(0, len(test_x), 128)])
        return {field: head(feats).argmax(1) for field, head in heads.items()}


def raw_pixels(images: torch.Tensor) -> torch.Tensor:
    grey = images.mean(1, keepdim=True)
    small = F.adaptive_avg_pool2d(grey, 24).flatten(1)
    return (small - small.mean(0)) / small.std(0).clamp_min(1e-6)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phantom-n", type=int, default=1600)
    parser.add_argument("--size", type=int, default=96)
    parser.add_argument(
        "--held-split", default=None, help="score on this split of the training phantom instead of the eval phantom"
    )
    parser.add_argument("--steps", type=int, default=300, help="supervised CNN steps")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--run", action="append", default=[], help="a trained run whose frozen image features to probe")
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads (1: robust on a shared machine)")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)

    import udt
    from model.data import open_dataset
    from model.demo import DemoConfig, _phantom
    from model.evaluation.classification import score_dimension, summarise
    from model.evaluation.linear_probe import linear_probe_scores
    from model.evaluation.targets import dimension_targets

    start = time.perf_counter()
    tax = udt.load_taxonomy()
    data = _phantom(DemoConfig(phantom_n=args.phantom_n, phantom_size=args.size), tax)
    train_x, train_labels = _images_and_labels(open_dataset(data, "train", image_size=args.size, taxonomy=tax))
    if args.held_split:
        held, held_split, held_name = data, args.held_split, f"training phantom's {args.held_split} split"
    else:
        from model.evaluation.eval_phantom import cached_evaluation_phantom

        held, held_split = cached_evaluation_phantom(Path(".cache") / "eval-phantom", tax, size=args.size)
        held_name = "evaluation phantom"
    test_x, test_labels = _images_and_labels(open_dataset(held, held_split, image_size=args.size, taxonomy=tax))
    train_targets = dimension_targets(tax, train_labels)
    test_targets = dimension_targets(tax, test_labels)
    names = {f: [c.label for c in tax.values(f)] for f in tax.fields}
    print(
        f"train: {data} ({len(train_x)} images); held: {held_name} {held} ({len(test_x)} images); {args.size}px",
        file=sys.stderr,
    )

    columns: dict[str, dict[str, float | None]] = {}
    t0 = time.perf_counter()
    preds = supervised_cnn(
        train_x,
        _first_targets(train_targets, len(train_x)),
        test_x,
        {f: len(names[f]) for f in tax.fields},
        args.steps,
        args.batch_size,
        args.seed,
    )
    cnn = summarise(
        [
            score_dimension(f, names[f], preds[f][list(test_targets[f][0])], test_targets[f][1])
            for f in tax.fields
        ]
    )
    columns[f"supervised CNN ({args.steps} steps)"] = {d.field: d.accuracy for d in cnn.dimensions}
    print(f"supervised CNN trained in {time.perf_counter() - t0:.0f} s", file=sys.stderr)

    pixels = linear_probe_scores(
        raw_pixels(train_x), train_targets, raw_pixels(test_x), test_targets, names, weight_decay=1e-3, seed=args.seed
    )
    columns["raw-pixel logistic regression"] = {d.field: d.accuracy for d in pixels.dimensions}

    for run in args.run:
        from model.clip_model import UltrasoundCLIP

        model = UltrasoundCLIP.from_pretrained(run)

        def encode(x: torch.Tensor, m=model) -> torch.Tensor:
            return torch.cat([m.encode_image(x[i : i + 128]) for i in range(0, len(x), 128)])

        probe = linear_probe_scores(
            encode(train_x), train_targets, encode(test_x), test_targets, names, weight_decay=1e-3, seed=args.seed
        )
        columns[f"CLIP features: {Path(run).name}"] = {d.field: d.accuracy for d in probe.dimensions}

    majority = {}
    for field in tax.fields:
        _rows, sets = test_targets[field]
        if sets:
            counts: dict[int, int] = {}
            for s in sets:
                counts[s[0]] = counts.get(s[0], 0) + 1
            majority[field] = max(counts.values()) / len(sets)

    heads = list(columns)
    print(f"\nPer-dimension accuracy (%) on the {held_name} (n = samples stating the dimension)\n")
    print("| dimension | n | majority | " + " | ".join(heads) + " |")
    print("|---|---|---|" + "---|" * len(heads))
    for field in tax.fields:
        n = len(test_targets[field][0])
        cells = [f"{100 * columns[h][field]:.1f}" if columns[h][field] is not None else "–" for h in heads]
        maj = f"{100 * majority[field]:.1f}" if field in majority else "–"
        print(f"| {field} | {n} | {maj} | " + " | ".join(cells) + " |")
    means = []
    for h in heads:
        vals = [v for v in columns[h].values() if v is not None]
        means.append(f"{100 * statistics.fmean(vals):.1f}" if vals else "–")
    maj_mean = f"{100 * statistics.fmean(majority.values()):.1f}" if majority else "–"
    print(f"| **mean** | | {maj_mean} | " + " | ".join(means) + " |")
    print(f"\ntotal wall time {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
