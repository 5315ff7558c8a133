"""Paired-seed ablation on the phantom: plain CLIP against full Ultrasound-CLIP (and optional arms).

Protocol (issue 12):
- every arm trains with the same budget on the training phantom's train split; arms of one seed share their
  initial weights (shared modules are built first, from the same seed) and their batch order (the sampler is
  seeded by the run seed);
- every run is scored on a fixed *evaluation phantom* — its own generator seed (``EVAL_SEED``), generator version
  recorded, every dimension stated, all of its pairs (≥ 1,500 pairs, ≥ 400 cases) — never used for tuning;
- zero-shot classification (AvgAcc, macro AvgRecall, per dimension) and retrieval R@10 both ways on the whole
  evaluation gallery; graph arms are scored with and without the graph at test time, and test-time text graphs
  come from ``udt parse`` of the caption, never from the true labels;
- deltas against plain CLIP per seed, their mean, a 95% t-interval over seeds and the sign count; the
  majority-class and uniform chance levels of each dimension.

    python benchmarks/ablation.py --seeds 5 --variants plain,full --json benchmarks/results/ablation.json
    python benchmarks/ablation.py --seeds 2 --variants plain,full,graph,semantic,labels-text --steps 100
    python benchmarks/ablation.py --select-lambda 1,5 --select-only    # λ on the training phantom's valid split

λ (the semantic-loss weight) is never chosen on the evaluation phantom: ``--select-lambda`` trains the full model
once per candidate (seed 0, same budget) and keeps the best AvgAcc on the *training* phantom's ``valid`` split;
``--lambda`` fixes it (e.g. to a value selected that way earlier, recorded in the JSON).

Arms: ``plain`` (no graph, no semantic loss), ``full`` (graph + semantic loss), ``graph``, ``semantic`` and
``labels-text`` (plain CLIP trained on the caption followed by its serialised labels; tested on the caption
followed by its *parsed* labels).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ARMS: dict[str, dict[str, Any]] = {
    "plain": {"model": {"graph": False}, "loss": {"semantic_loss": False}},
    "full": {"model": {"graph": True}, "loss": {"semantic_loss": True}},
    "graph": {"model": {"graph": True}, "loss": {"semantic_loss": False}},
    "semantic": {"model": {"graph": False}, "loss": {"semantic_loss": True}},
    "labels-text": {"model": {"graph": False}, "loss": {"semantic_loss": False}, "data": {"caption_labels": True}},
}
METRICS = ("avg_acc", "avg_recall", "i2t_r10", "t2i_r10")


def _scores(result: Any) -> dict[str, Any]:
    full = result.retrieval[0]
    zs = result.zero_shot
    return {
        "avg_acc": zs.avg_accuracy or 0.0,
        "avg_recall": zs.avg_recall or 0.0,
        "i2t_r10": full.image_to_text["R@10"],
        "t2i_r10": full.text_to_image["R@10"],
        "gallery": full.gallery_size,
        "per_dimension": {d.field: {"acc": d.accuracy, "recall": d.macro_recall} for d in zs.dimensions},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5, help="number of seeds (0..N-1), paired across arms")
    parser.add_argument("--variants", default="plain,full", help=f"comma list of {', '.join(ARMS)} (plain first)")
    parser.add_argument("--steps", type=int, default=400, help="optimizer steps per run (every arm)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--train-n", type=int, default=1600, help="pairs in the training phantom (all splits)")
    parser.add_argument("--size", type=int, default=96, help="phantom and model image size")
    parser.add_argument(
        "--eval-n", type=int, default=None, help="smoke runs only: a smaller, non-standard evaluation set"
    )
    parser.add_argument("--out", default="runs/ablation")
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads (1: robust on a shared machine)")
    parser.add_argument("--json", dest="json_out", default=None, help="write the figures here (JSON)")
    parser.add_argument("--lambda", dest="lam", type=float, default=None, help="semantic-loss weight λ (fixed)")
    parser.add_argument("--select-lambda", default=None, help="comma list of λ to choose from on the valid split")
    parser.add_argument("--select-only", action="store_true", help="stop after choosing λ")
    parser.add_argument("--lambda-from", default=None, help="use the λ chosen by an earlier --select-only run (JSON)")
    args = parser.parse_args(argv)
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = [v for v in variants if v not in ARMS]
    if unknown or "plain" not in variants:
        parser.error(f"--variants must include plain and name only {', '.join(ARMS)} (got {args.variants})")
    if args.seeds < 1:
        parser.error("--seeds must be at least 1")
    variants = ["plain"] + [v for v in variants if v != "plain"]

    import torch

    import udt
    from model.demo import DemoConfig, _merge, _phantom, train_config
    from model.evaluation import evaluate
    from model.evaluation.eval_phantom import cached_evaluation_phantom
    from model.evaluation.paired import majority_chance, paired_deltas
    from model.phantom import EVAL_GENERATOR_VERSION
    from model.training.api import train
    from udt.atomic import atomic_write_text

    torch.set_num_threads(args.threads)
    start = time.perf_counter()
    tax = udt.load_taxonomy()
    out = Path(args.out)
    demo = DemoConfig(
        out=str(out),
        phantom_n=args.train_n,
        phantom_size=args.size,
        steps=args.steps,
        batch_size=args.batch_size,
        lr=args.lr,
        threads=args.threads,
        overrides={"model": {"image_size": args.size}, "run": {"progress": "off"}},
    )
    train_data = _phantom(demo, tax)
    eval_root = Path(".cache") / "eval-phantom"
    eval_data, eval_split = cached_evaluation_phantom(eval_root, tax, n=args.eval_n, size=args.size)
    eval_records = json.loads((eval_data / "full_data.json").read_text(encoding="utf-8"))
    from model.data import open_dataset
    from model.phantom import EVAL_SEED

    eval_ds = open_dataset(eval_data, split=eval_split, image_size=16, taxonomy=tax)
    cases = len(set(eval_ds.case_ids))
    print(
        f"train phantom {train_data}; eval phantom {eval_data} ({len(eval_ds)} pairs, {cases} cases, seed "
        f"{EVAL_SEED}, generator v{EVAL_GENERATOR_VERSION}, {len(eval_records)} records); budget {args.steps} steps x "
        f"batch {args.batch_size}, lr {args.lr}; seeds 0..{args.seeds - 1}; arms {', '.join(variants)}",
        file=sys.stderr,
    )

    lam = args.lam
    selection: dict[str, Any] | None = None
    if args.lambda_from:
        selection = json.loads(Path(args.lambda_from).read_text(encoding="utf-8"))["lambda_selection"]
        lam = float(selection["chosen"])
    if args.select_lambda:
        grid = [float(x) for x in args.select_lambda.split(",") if x.strip()]
        valid_scores = {}
        for value in grid:
            run_dir = out / f"select-lambda{value:g}"
            diff = _merge(ARMS["full"], {"loss": {"semantic_weight": value}, "run": {"progress": "off"}})
            train(train_config(demo.model_copy(update={"seed": 0}), run_dir, diff), taxonomy=tax)
            result = evaluate(run_dir, train_data, "valid", name=f"λ={value:g}", probe=False, seed=0, taxonomy=tax)
            valid_scores[f"{value:g}"] = _scores(result)["avg_acc"]
            print(f"  λ={value:g}: valid AvgAcc {100 * valid_scores[f'{value:g}']:.2f}", file=sys.stderr)
        lam = max(grid, key=lambda v: valid_scores[f"{v:g}"])
        selection = {"split": "valid of the training phantom", "seed": 0, "valid_avg_acc": valid_scores, "chosen": lam}
        print(f"chosen λ = {lam:g} (on the training phantom's valid split)", file=sys.stderr)
        if args.select_only:
            if args.json_out:
                atomic_write_text(Path(args.json_out), json.dumps({"lambda_selection": selection}, indent=1) + "\n")
            return 0
    arms = {k: dict(v) for k, v in ARMS.items()}
    if lam is not None:
        for name in ("full", "semantic"):
            arms[name] = _merge(arms[name], {"loss": {"semantic_weight": lam}})

    runs: dict[str, list[dict[str, Any]]] = {v: [] for v in variants}
    no_graph: dict[str, list[dict[str, Any]]] = {}
    chance: dict[str, float] = {}
    for seed in range(args.seeds):
        for name in variants:
            t0 = time.perf_counter()
            run_dir = out / f"{name}-seed{seed}"
            cfg = demo.model_copy(update={"seed": seed})
            train(train_config(cfg, run_dir, _merge(arms[name], {"run": {"progress": "off"}})), taxonomy=tax)
            trained = time.perf_counter() - t0
            result = evaluate(
                run_dir, eval_data, eval_split, name=name, probe=False, seed=0, taxonomy=tax, also_without_graph=True
            )
            row = {"seed": seed, **_scores(result), "train_seconds": trained}
            if not chance:
                chance = majority_chance(result.zero_shot)
            if result.zero_shot_without_graph is not None:
                alone = result.model_copy(
                    update={"zero_shot": result.zero_shot_without_graph, "retrieval": result.retrieval_without_graph}
                )
                no_graph.setdefault(name, []).append({"seed": seed, **_scores(alone)})
            row["seconds"] = time.perf_counter() - t0
            runs[name].append(row)
            print(
                f"  seed {seed} {name:<12} AvgAcc {100 * row['avg_acc']:.2f} AvgRecall {100 * row['avg_recall']:.2f} "
                f"I→T R@10 {row['i2t_r10']:.3f} T→I R@10 {row['t2i_r10']:.3f} (gallery {row['gallery']}) "
                f"[{row['seconds']:.0f} s]",
                file=sys.stderr,
            )

    paired: dict[str, Any] = {}
    base = runs["plain"]
    for name in variants[1:]:
        entry: dict[str, Any] = {
            m: paired_deltas([r[m] for r in runs[name]], [r[m] for r in base]) for m in METRICS
        }
        entry["per_dimension"] = {
            field: {
                key: paired_deltas(
                    [r["per_dimension"][field][key] or 0.0 for r in runs[name]],
                    [r["per_dimension"][field][key] or 0.0 for r in base],
                )
                for key in ("acc", "recall")
            }
            for field in tax.fields
        }
        if name in no_graph:
            entry["without_graph_at_test"] = {
                m: paired_deltas([r[m] for r in no_graph[name]], [r[m] for r in base]) for m in METRICS
            }
        paired[name] = entry

    def _mean(rows: list[dict[str, Any]], key: str) -> float:
        return statistics.fmean(r[key] for r in rows)

    summary = {
        name: {
            "runs": rows,
            "mean": {m: _mean(rows, m) for m in METRICS},
            **({"without_graph_at_test": {"runs": no_graph[name]}} if name in no_graph else {}),
        }
        for name, rows in runs.items()
    }
    uniform = {f: 1 / len(tax.values(f)) for f in tax.fields}
    wall = time.perf_counter() - start
    payload = {
        "eval": {
            "pairs": len(eval_ds),
            "cases": cases,
            "seed": EVAL_SEED,
            "generator_version": EVAL_GENERATOR_VERSION,
            "standard": args.eval_n is None,
            "coverage": "every dimension stated (vascularity on the colour-Doppler images)",
            "path": str(eval_data),
        },
        "train": {
            "phantom": str(train_data),
            "split": "train",
            "steps": args.steps,
            "batch_size": args.batch_size,
            "lr": args.lr,
            "image_size": args.size,
            "seeds": list(range(args.seeds)),
            "semantic_weight": lam if lam is not None else "config default",
            "lambda_selection": selection,
        },
        "chance": {
            "majority": chance,
            "uniform": uniform,
            "majority_avg": statistics.fmean(chance.values()) if chance else None,
            "uniform_avg": statistics.fmean(uniform.values()),
        },
        "paired": paired,
        "variants": summary,
        "wall_seconds": wall,
    }
    _print_tables(payload, variants, tax.fields)
    if args.json_out:
        atomic_write_text(Path(args.json_out), json.dumps(payload, indent=1) + "\n")
    return 0


def _fmt(stat: dict[str, Any], scale: float) -> str:
    lo, hi = stat["ci95"]
    interval = f"[{scale * lo:+.2f}, {scale * hi:+.2f}]" if lo is not None else "[n/a]"
    return f"{scale * stat['mean']:+.2f} {interval} ({stat['positive']}/{stat['n']} > 0)"


def _print_tables(payload: dict[str, Any], variants: list[str], fields: tuple[str, ...]) -> None:
    ev, tr = payload["eval"], payload["train"]
    print(
        f"\nPaired ablation: {len(tr['seeds'])} seeds, {tr['steps']} steps x batch {tr['batch_size']} on the training "
        f"phantom; scored on the evaluation phantom (seed {ev['seed']}, generator v{ev['generator_version']}, "
        f"{ev['pairs']} pairs, {ev['cases']} cases, every dimension stated; retrieval gallery = all {ev['pairs']} "
        f"pairs). Wall time {payload['wall_seconds']:.0f} s.\n"
    )
    print("| arm | AvgAcc (%) | AvgRecall (%) | I→T R@10 | T→I R@10 |")
    print("|---|---|---|---|---|")
    for name in variants:
        mean = payload["variants"][name]["mean"]
        print(
            f"| {name} | {100 * mean['avg_acc']:.2f} | {100 * mean['avg_recall']:.2f} | {mean['i2t_r10']:.3f} "
            f"| {mean['t2i_r10']:.3f} |"
        )
    print("\nPaired difference against plain (mean [95% t-interval over seeds] (seeds with a gain)):\n")
    print("| arm | ΔAvgAcc (pts) | ΔAvgRecall (pts) | ΔI→T R@10 (pts) | ΔT→I R@10 (pts) |")
    print("|---|---|---|---|---|")
    for name, entry in payload["paired"].items():
        print(f"| {name} | " + " | ".join(_fmt(entry[m], 100) for m in METRICS) + " |")
        if "without_graph_at_test" in entry:
            g = entry["without_graph_at_test"]
            print(f"| {name}, no graph at test | " + " | ".join(_fmt(g[m], 100) for m in METRICS) + " |")
    chance = payload["chance"]
    print("\nPer dimension (accuracy %: plain mean; paired Δ per arm); chance = majority class / uniform:\n")
    print("| dimension | chance maj./unif. | plain | " + " | ".join(f"Δ {n}" for n in payload["paired"]) + " |")
    print("|---|---|---|" + "---|" * len(payload["paired"]))
    plain_runs = payload["variants"]["plain"]["runs"]
    for field in fields:
        accs = [r["per_dimension"][field]["acc"] for r in plain_runs if r["per_dimension"][field]["acc"] is not None]
        plain_mean = f"{100 * statistics.fmean(accs):.1f}" if accs else "–"
        maj = chance["majority"].get(field)
        deltas = " | ".join(_fmt(e["per_dimension"][field]["acc"], 100) for e in payload["paired"].values())
        maj_text = f"{100 * maj:.1f}" if maj is not None else "–"
        print(f"| {field} | {maj_text} / {100 * chance['uniform'][field]:.1f} | {plain_mean} | {deltas} |")
    print(
        f"\nchance AvgAcc: majority class {100 * (chance['majority_avg'] or 0):.1f}%, uniform "
        f"{100 * chance['uniform_avg']:.1f}%; R@10 chance = {10 / max(ev['pairs'], 1):.4f}"
    )


if __name__ == "__main__":
    sys.exit(main())
