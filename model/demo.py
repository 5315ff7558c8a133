"""The end-to-end demo: phantom data -> parsed reports -> Ultrasound-CLIP vs plain CLIP -> evaluation report.

``udt demo`` / ``make demo`` run :func:`run_demo`; on a 2-core CPU machine with no data it takes a few minutes.

>>> from model.demo import run_demo
>>> report = run_demo(out="runs/demo")        # doctest: +SKIP
>>> print(report.read_text()[:200])           # doctest: +SKIP
"""

from __future__ import annotations

import json
import platform
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from udt.atomic import atomic_open, atomic_write_text


class DemoConfig(BaseModel):
    """The demo's budget. Both models get exactly the same data, steps, batch size and seed."""

    model_config = ConfigDict(extra="forbid")

    out: str = "runs/demo"
    phantom_n: int = Field(1600, ge=16, description="phantom image–text pairs (all splits)")
    phantom_size: int = Field(96, ge=16)
    phantom_seed: int = 0
    phantom_dir: str | None = Field(None, description="phantom cache root (default .cache/phantom)")
    steps: int = Field(120, ge=1, description="optimizer steps per model")
    batch_size: int = Field(32, ge=2)
    lr: float = Field(1e-3, gt=0)
    seed: int = 0
    seeds: int = Field(2, ge=1, description="paired seeds (seed, seed+1, ...) per model, for the paired table")
    threads: int | None = Field(
        1, ge=1, description="torch CPU threads (1: steadiest and, on a busy 2-core machine, much the fastest)"
    )
    eval_n: int | None = Field(
        None, ge=16, description="None: the fixed evaluation phantom; a number: a smaller non-standard set (tests)"
    )
    probe: bool = True
    examples: str | None = Field(None, description="folder of example reports (default examples/reports)")
    overrides: dict[str, Any] = Field(default_factory=dict, description="extra TrainConfig keys for both runs")
    ontology: str | None = Field(None, description="ontology file for the phantom, training and evaluation")


RUNS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    # (directory, display name, TrainConfig differences); everything else is shared.
    (
        "ultrasound-clip",
        "Ultrasound-CLIP (graph + semantic loss)",
        {"model": {"graph": True}, "loss": {"semantic_loss": True}},
    ),
    (
        "clip-baseline",
        "plain CLIP (no graph, no semantic loss)",
        {"model": {"graph": False}, "loss": {"semantic_loss": False}},
    ),
)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        out[key] = _merge(out.get(key, {}), value) if isinstance(value, dict) else value
    return out


def train_config(cfg: DemoConfig, run_out: Path, differences: dict[str, Any]) -> dict[str, Any]:
    """The TrainConfig mapping of one demo run (shared budget + the run's differences)."""
    shared = {
        "data": {
            "path": None,
            "phantom_n": cfg.phantom_n,
            "phantom_size": cfg.phantom_size,
            "phantom_seed": cfg.phantom_seed,
            "phantom_dir": cfg.phantom_dir,
        },
        "optim": {
            "batch_size": cfg.batch_size,
            "max_steps": cfg.steps,
            "lr": cfg.lr,
            "warmup_steps": min(10, max(cfg.steps // 10, 0)),
        },
        "run": {
            "out": str(run_out),
            "seed": cfg.seed,
            "device": "cpu",
            "threads": cfg.threads,
            "progress": "auto",
            "log_every": max(1, min(5, cfg.steps // 20 or 1)),
        },
    }
    return _merge(_merge(shared, cfg.overrides), differences)


def _phantom(cfg: DemoConfig, taxonomy: Any) -> Path:
    from model.config import config_from_dict
    from model.training.run_dir import ensure_phantom

    return ensure_phantom(config_from_dict(train_config(cfg, Path(cfg.out), {})), taxonomy)


def parse_examples(folder: Path, out_file: Path) -> list[dict[str, Any]]:
    """Parse every ``*.txt`` report in ``folder`` with ``udt.parse_report``; write JSON lines; return rows."""
    import udt

    rows = []
    for path in sorted(folder.glob("*.txt")):
        report = udt.parse_report(path.read_text(encoding="utf-8"), source=str(path))
        labels = {k: v for k, v in report.labels.items() if v}
        rows.append(
            {"file": path.name, "labels": labels, "findings": len(report.findings), "warnings": len(report.warnings)}
        )
    with atomic_open(out_file, "w") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    return rows


def _savefig(fig: Any, path: Path) -> Path:
    with atomic_open(path, "wb", encoding=None) as handle:
        fig.savefig(handle, format="png", dpi=110)
    return path


def plot_loss_curves(runs: list[tuple[str, Path]], path: Path) -> Path:
    """Total and CLIP loss per step of each run (from ``metrics.jsonl``)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(11, 4))
    for name, run_dir in runs:
        rows = [
            json.loads(line)
            for line in (run_dir / "metrics.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        steps = [r for r in rows if "step" in r and "loss" in r]
        axes[0].plot([r["step"] for r in steps], [r["loss"] for r in steps], label=name)
        axes[1].plot([r["step"] for r in steps], [r.get("clip_loss", r["loss"]) for r in steps], label=name)
    axes[0].set_title("training loss (CLIP + λ·semantic)")
    axes[1].set_title("CLIP (InfoNCE) part")
    for ax in axes:
        ax.set_xlabel("step")
        ax.legend(fontsize=8)
    fig.tight_layout()
    _savefig(fig, path)
    plt.close(fig)
    return path


def plot_soft_labels(records: list[dict[str, list[str]]], path: Path, taxonomy: Any) -> Path:
    """Heatmap of ``graphing.SoftLabeler`` on a batch of label records."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from graphing import SoftLabeler

    matrix = SoftLabeler(taxonomy, on_unknown="warn").batch(records).numpy()
    fig, ax = plt.subplots(figsize=(6.5, 5.5))
    im = ax.imshow(matrix, vmin=0, vmax=1, cmap="viridis")
    ax.set_title(f"soft-label targets S (batch of {len(records)} phantom samples)")
    ax.set_xlabel("sample j")
    ax.set_ylabel("sample i")
    fig.colorbar(im, ax=ax, fraction=0.046)
    fig.tight_layout()
    _savefig(fig, path)
    plt.close(fig)
    return path


def draw_sample_graph(record: dict[str, list[str]], path: Path, taxonomy: Any) -> Path:
    """The hetero graph of one label record (graphing's drawing helper)."""
    from graphing import ConceptVocabulary, build_hetero_batch, draw_graph

    vocab = ConceptVocabulary(taxonomy)
    data = build_hetero_batch([record], taxonomy, vocab=vocab, on_unknown="warn")
    return draw_graph(data, path, vocab, title="label graph of one test sample")


def _richest(records: list[dict[str, list[str]]]) -> dict[str, list[str]]:
    return max(records, key=lambda r: sum(1 for v in r.values() if v))


def run_demo(
    out: str | Path = "runs/demo", *, config: DemoConfig | None = None, log: Callable[[str], None] = print
) -> Path:
    """Run the whole pipeline and write ``OUT/report.md``; returns its path.

    Steps: generate (or reuse) the training phantom and the fixed evaluation phantom; parse the example reports;
    train Ultrasound-CLIP and a plain-CLIP baseline with the same budget, for ``seeds`` paired seeds (the two
    arms of one seed share initial weights and batch order); score every run on the evaluation phantom; write
    the comparison of the first seed's runs, the paired table over seeds, loss curves, a soft-label heatmap and
    a sample graph picture.
    """
    import udt
    from model.data import open_dataset
    from model.evaluation import evaluate, markdown_report, write_evaluation
    from model.evaluation.eval_phantom import cached_evaluation_phantom
    from model.training.api import train

    cfg = (config or DemoConfig()).model_copy(update={"out": str(out)})
    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    tax = udt.load_taxonomy(cfg.ontology)
    if cfg.threads:  # phantom generation and evaluation run in this process too
        import torch

        torch.set_num_threads(cfg.threads)
    timings: dict[str, float] = {}
    start = time.perf_counter()

    t0 = time.perf_counter()
    data = _phantom(cfg, tax)
    cache_root = Path(cfg.phantom_dir) if cfg.phantom_dir else Path.cwd() / ".cache"
    eval_data, eval_split = cached_evaluation_phantom(
        cache_root / "eval-phantom", tax, size=cfg.phantom_size, n=cfg.eval_n
    )
    timings["phantom"] = time.perf_counter() - t0
    log(f"[demo] training phantom: {data}; evaluation phantom: {eval_data}")

    examples = Path(cfg.examples) if cfg.examples else Path(__file__).resolve().parents[1] / "examples" / "reports"
    parsed: list[dict[str, Any]] = []
    t0 = time.perf_counter()
    if examples.is_dir():
        parsed = parse_examples(examples, out / "parsed_reports.jsonl")
        log(f"[demo] parsed {len(parsed)} example reports from {examples}")
    else:
        log(f"[demo] no example reports at {examples}; skipping the parsing step")
    timings["parse_examples"] = time.perf_counter() - t0

    runs: list[tuple[str, Path]] = []
    results = []
    scores: dict[str, list[dict[str, float]]] = {name: [] for _, name, _ in RUNS}
    timings["train"] = timings["evaluate"] = 0.0
    for offset in range(cfg.seeds):
        seed = cfg.seed + offset
        seeded = cfg.model_copy(update={"seed": seed})
        for dirname, name, diff in RUNS:
            run_out = out / (dirname if offset == 0 else f"{dirname}-seed{seed}")
            t0 = time.perf_counter()
            log(f"[demo] training {name}, seed {seed}: {cfg.steps} steps x batch {cfg.batch_size}")
            run_dir = Path(train(train_config(seeded, run_out, diff), taxonomy=tax))
            timings["train"] += time.perf_counter() - t0
            t0 = time.perf_counter()
            result = evaluate(
                run_dir,
                eval_data,
                eval_split,
                name=name,
                probe=cfg.probe and offset == 0,
                probe_data=data,
                probe_split="train",
                seed=cfg.seed,
                taxonomy=tax,
            )
            timings["evaluate"] += time.perf_counter() - t0
            scores[name].append(_headline(result))
            if offset == 0:
                runs.append((name, run_dir))
                results.append(result)
    write_evaluation(results, out / "eval", tax)
    paired = paired_table(scores, baseline=RUNS[1][1], arm=RUNS[0][1])
    paired += _chance_line(results[0].zero_shot, tax)

    t0 = time.perf_counter()
    test_records = [dict(r.labels) for r in open_dataset(data, split="test", image_size=16, taxonomy=tax).records]
    batch = test_records[:24]
    plot_loss_curves(runs, out / "loss_curves.png")
    plot_soft_labels(batch, out / "soft_labels.png", tax)
    draw_sample_graph(_richest(batch), out / "sample_graph.png", tax)
    timings["figures"] = time.perf_counter() - t0
    timings["total"] = time.perf_counter() - start

    report = out / "report.md"
    text = _report_text(cfg, data, parsed, runs, results, timings, tax, markdown_report)
    text = text.replace(_PAIRED_SLOT, _paired_section(cfg, eval_data, eval_split, paired), 1)
    atomic_write_text(report, text)
    log(f"[demo] done in {timings['total']:.0f} s — report: {report.resolve()}")
    return report


_PAIRED_SLOT = "<!-- paired table -->"


def _headline(result: Any) -> dict[str, float]:
    full = result.retrieval[0]
    return {
        "AvgAcc": result.zero_shot.avg_accuracy or 0.0,
        "AvgRecall": result.zero_shot.avg_recall or 0.0,
        "I→T R@10": full.image_to_text["R@10"],
        "T→I R@10": full.text_to_image["R@10"],
    }


def paired_table(scores: dict[str, list[dict[str, float]]], *, baseline: str, arm: str) -> str:
    """Markdown: per metric, each seed's ``arm - baseline`` (points), the mean, the 95% t-interval, the sign count."""
    from model.evaluation.paired import paired_deltas

    seeds = len(scores[baseline])
    lines = [
        f"| metric | {baseline} | {arm} | paired Δ per seed (pts) | mean Δ | 95% t-interval | seeds with a gain |",
        "|---|---|---|---|---|---|---|",
    ]
    for metric in scores[baseline][0]:
        base = [100 * r[metric] for r in scores[baseline]]
        other = [100 * r[metric] for r in scores[arm]]
        stat = paired_deltas(other, base)
        lo, hi = stat["ci95"]
        interval = f"[{lo:+.2f}, {hi:+.2f}]" if lo is not None else "n/a (one seed)"
        lines.append(
            f"| {metric} | {sum(base) / seeds:.2f} | {sum(other) / seeds:.2f} | "
            + ", ".join(f"{d:+.2f}" for d in stat["deltas"])
            + f" | {stat['mean']:+.2f} | {interval} | {stat['positive']}/{seeds} |"
        )
    return "\n".join(lines) + "\n"


def _chance_line(zero_shot: Any, tax: Any) -> str:
    """Majority-class and uniform chance of the zero-shot AvgAcc on the evaluated set, for scale."""
    from model.evaluation.paired import majority_chance

    majority = majority_chance(zero_shot)
    uniform = [1 / len(tax.values(f)) for f in majority]
    if not majority:
        return ""
    return (
        f"\nChance AvgAcc on this set: majority class {100 * sum(majority.values()) / len(majority):.1f}%, uniform "
        f"{100 * sum(uniform) / len(uniform):.1f}% (per-dimension numbers in the tables below).\n"
    )


def _paired_section(cfg: DemoConfig, eval_data: Path, split: str, table: str) -> str:
    standard = "the fixed evaluation phantom" if cfg.eval_n is None else "a small NON-STANDARD evaluation set"
    return (
        f"\n## Paired comparison over {cfg.seeds} seed(s)\n\n"
        f"Both models of one seed share initial weights and batch order. Scored on {standard} (`{eval_data}`, "
        f"split {split}; its own generator seed, every dimension stated, never trained or tuned on); text-side "
        "graphs at test time come from `udt parse` of the caption. Percent / points. The demo's budget is small "
        f"({cfg.steps} steps, {cfg.seeds} seeds): for the full protocol (≥ 5 seeds) run `benchmarks/ablation.py`.\n\n"
        + table
    )


def _report_text(
    cfg: DemoConfig,
    data: Path,
    parsed: list[dict[str, Any]],
    runs: list[tuple[str, Path]],
    results: list[Any],
    timings: dict[str, float],
    tax: Any,
    markdown_report: Callable[..., str],
) -> str:
    lines = [
        "# udt demo: Ultrasound-CLIP vs plain CLIP on phantom data\n",
        f"Training phantom: `{data}` ({cfg.phantom_n} pairs, {cfg.phantom_size}px, seed {cfg.phantom_seed}); "
        f"train split. Budget per model: {cfg.steps} steps x batch {cfg.batch_size}, lr {cfg.lr}, "
        f"seeds {cfg.seed}..{cfg.seed + cfg.seeds - 1}, CPU. "
        f"Machine: {platform.machine()}, {platform.python_version()}. "
        f"Wall time: {timings['total']:.0f} s.\n",
        "Runs: " + ", ".join(f"`{p}` ({n})" for n, p in runs) + "\n",
        "The phantom is synthetic and small: these numbers show the pipeline works end to end, not how the method "
        "compares on US-365K.\n",
        _PAIRED_SLOT,
        f"\n## The first seed's runs on the evaluation phantom (seed {cfg.seed})\n",
        markdown_report(results, tax),
        "\n## Training\n",
        "![loss curves](loss_curves.png)\n",
        "\n## Soft labels and graphs\n",
        "Soft-label targets of a test batch (graphing.SoftLabeler, ontology-derived similarities; a dimension "
        "unknown in either sample is left out):\n",
        "![soft labels](soft_labels.png)\n",
        "The label graph of one test sample (graphing.build_hetero_batch):\n",
        "![sample graph](sample_graph.png)\n",
        "\nConfusion matrices per dimension: `eval/<run>/zero_shot_confusion_*.png`; raw numbers: `eval/eval.json`.\n",
    ]
    if parsed:
        lines.append("\n## Example reports parsed (udt.parse_report)\n")
        table = ["| report | labels | findings |", "|---|---|---|"]
        for row in parsed:
            labels = "; ".join(f"{k}: {', '.join(v)}" for k, v in row["labels"].items()) or "–"
            table.append(f"| {row['file']} | {labels} | {row['findings']} |")
        lines.append("\n".join(table) + "\n")  # one block: blank lines would split the table
    lines.append("\n## Wall time (s)\n")
    lines.append("".join(f"- {k}: {v:.1f}\n" for k, v in timings.items()))
    return "\n".join(lines)
