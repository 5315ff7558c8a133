"""Ablation on the phantom: plain CLIP, + semantic loss, + graph, full Ultrasound-CLIP, over several seeds.

Each variant trains with the same budget (steps, batch, lr, data) on the phantom's case-level train split and is
evaluated on its case-level test split: mean ± std over seeds of the average zero-shot accuracy over the nine
dimensions and of R@10 both ways (full test split; the gallery size is printed beside it). Figures are
reported as measured — the benchmark is not tuned until it agrees with the paper.

    python benchmarks/ablation.py                 # 3 seeds, default budget
    python benchmarks/ablation.py --steps 100 --seeds 0 1   # a reduced budget
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

VARIANTS: tuple[tuple[str, bool, bool], ...] = (
    # (name, graph, semantic loss)
    ("plain CLIP", False, False),
    ("+ semantic loss", False, True),
    ("+ graph", True, False),
    ("full Ultrasound-CLIP", True, True),
)


def _mean_std(values: list[float]) -> tuple[float, float]:
    return statistics.fmean(values), (statistics.stdev(values) if len(values) > 1 else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=1000, help="optimizer steps per run (all variants)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-4)
    parser.add_argument("--phantom-n", type=int, default=1600)
    parser.add_argument("--phantom-size", type=int, default=96)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--out", default="runs/ablation")
    parser.add_argument("--json", dest="json_out", default=None, help="also write the raw figures here")
    args = parser.parse_args(argv)

    import udt
    from model.demo import DemoConfig, _phantom, train_config
    from model.evaluation import evaluate
    from model.training.api import train

    tax = udt.load_taxonomy()
    demo = DemoConfig(
        out=args.out,
        phantom_n=args.phantom_n,
        phantom_size=args.phantom_size,
        steps=args.steps,
        batch_size=args.batch_size,
        lr=args.lr,
    )
    data = _phantom(demo)
    print(
        f"phantom {data}; budget {args.steps} steps x batch {args.batch_size}, lr {args.lr}; seeds {args.seeds}",
        file=sys.stderr,
    )
    rows: dict[str, list[dict[str, float]]] = {}
    gallery = 0
    start = time.perf_counter()
    for name, graph, semantic in VARIANTS:
        for seed in args.seeds:
            cfg = demo.model_copy(update={"seed": seed})
            slug = name.replace(" ", "_").replace("+", "plus")
            run_dir = Path(args.out) / f"{slug}-seed{seed}"
            t0 = time.perf_counter()
            train(
                train_config(
                    cfg,
                    run_dir,
                    {"model": {"graph": graph}, "loss": {"semantic_loss": semantic}, "run": {"progress": "off"}},
                )
            )
            result = evaluate(run_dir, data, "test", name=name, probe=False, seed=0, taxonomy=tax)
            full = result.retrieval[0]
            gallery = full.gallery_size
            row = {
                "seed": seed,
                "avg_acc": result.zero_shot.avg_accuracy or 0.0,
                "avg_recall": result.zero_shot.avg_recall or 0.0,
                "i2t_r10": full.image_to_text["R@10"],
                "t2i_r10": full.text_to_image["R@10"],
                "seconds": time.perf_counter() - t0,
            }
            rows.setdefault(name, []).append(row)
            print(
                f"  {name:<22} seed {seed}: AvgAcc {100 * row['avg_acc']:.2f}  I→T R@10 {row['i2t_r10']:.3f}  "
                f"T→I R@10 {row['t2i_r10']:.3f} (gallery {gallery})  [{row['seconds']:.0f} s]",
                file=sys.stderr,
            )

    print(
        f"\nAblation on the phantom test split ({len(args.seeds)} seeds, {args.steps} steps x batch "
        f"{args.batch_size}; retrieval gallery = full test split, n={gallery} pairs)\n"
    )
    print(f"| variant | zero-shot AvgAcc (%) | AvgRecall (%) | I→T R@10 (n={gallery}) | T→I R@10 (n={gallery}) |")
    print("|---|---|---|---|---|")
    summary = {}
    for name, _, _ in VARIANTS:
        stats = {k: _mean_std([r[k] for r in rows[name]]) for k in ("avg_acc", "avg_recall", "i2t_r10", "t2i_r10")}
        summary[name] = stats
        print(
            f"| {name} | {100 * stats['avg_acc'][0]:.2f} ± {100 * stats['avg_acc'][1]:.2f} "
            f"| {100 * stats['avg_recall'][0]:.2f} ± {100 * stats['avg_recall'][1]:.2f} "
            f"| {stats['i2t_r10'][0]:.3f} ± {stats['i2t_r10'][1]:.3f} "
            f"| {stats['t2i_r10'][0]:.3f} ± {stats['t2i_r10'][1]:.3f} |"
        )
    base, full = summary["plain CLIP"], summary["full Ultrasound-CLIP"]
    for key, label in (("avg_acc", "AvgAcc"), ("i2t_r10", "I→T R@10"), ("t2i_r10", "T→I R@10")):
        gain = full[key][0] - base[key][0]
        spread = full[key][1] + base[key][1]
        ratio = full[key][0] / base[key][0] if base[key][0] else float("inf")
        verdict = "beyond" if gain > spread else "within"
        print(f"full vs plain {label}: {gain:+.4f} (ratio {ratio:.2f}x; {verdict} the summed seed std {spread:.4f})")
    # Chance levels, for scale: uniform guessing over each dimension's released values, and K / gallery.
    chance_acc = statistics.fmean(1 / len(tax.values(f)) for f in tax.fields)
    print(f"chance: AvgAcc ~{100 * chance_acc:.1f}% (single-label), R@10 = {10 / max(gallery, 1):.3f}")
    print(f"total wall time {time.perf_counter() - start:.0f} s")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({"gallery_size": gallery, "rows": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
