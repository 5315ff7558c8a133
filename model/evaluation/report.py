"""Markdown tables in the layout of the paper's tables, confusion-matrix pictures and run comparison."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from model.evaluation.results import ClassificationScores, EvalResult
from udt.atomic import atomic_open
from udt.taxonomy import Taxonomy


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.2f}"


def _dim_headers(tax: Taxonomy | None, fields: Sequence[str]) -> list[str]:
    if tax is None:
        return list(fields)
    return [(lambda t: t[:1].upper() + t[1:])(tax.dimension(f).label) for f in fields]


def classification_table(results: Sequence[EvalResult], which: str = "zero_shot", tax: Taxonomy | None = None) -> str:
    """Rows: method x (Acc, Recall); columns: the nine dimensions then Avg (percent)."""
    rows: list[tuple[str, ClassificationScores]] = []
    for r in results:
        scores = getattr(r, which)
        if scores is not None:
            rows.append((r.name, scores))
    if not rows:
        return ""
    fields = [d.field for d in rows[0][1].dimensions]
    head = ["Method", "Metric", *_dim_headers(tax, fields), "Avg"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, scores in rows:
        by_field = {d.field: d for d in scores.dimensions}
        for metric, avg, attr in (
            ("Acc", scores.avg_accuracy, "accuracy"),
            ("Recall", scores.avg_recall, "macro_recall"),
        ):
            cells = [_pct(getattr(by_field[f], attr)) if f in by_field else "–" for f in fields]
            lines.append("| " + " | ".join([name, metric, *cells, _pct(avg)]) + " |")
    support = ["n"] + [str(d.n_samples) for d in rows[0][1].dimensions]
    lines.append("| " + " | ".join(["(samples)", *support, f"over {rows[0][1].dimensions_scored} dims"]) + " |")
    return "\n".join(lines) + "\n"


def retrieval_table(results: Sequence[EvalResult]) -> str:
    """Rows: method x gallery; columns: I→T then T→I recall@K, with the gallery size in its own column."""
    if not results or not results[0].retrieval:
        return ""
    ks = list(results[0].retrieval[0].image_to_text)
    head = ["Method", "Gallery (pairs)", *[f"I→T {k}" for k in ks], *[f"T→I {k}" for k in ks]]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in results:
        for g in r.retrieval:
            label = f"{g.gallery} (n={g.gallery_size}" + (f", seed {g.seed})" if g.seed is not None else ")")
            cells = [f"{g.image_to_text[k]:.3f}" for k in ks] + [f"{g.text_to_image[k]:.3f}" for k in ks]
            lines.append("| " + " | ".join([r.name, label, *cells]) + " |")
    return "\n".join(lines) + "\n"


def protocol_text(result: EvalResult) -> str:
    """The protocol as a bullet list (printed under the tables)."""
    p = result.protocol
    items = [
        f"split `{p.split}`, {p.n_pairs} image–text pairs",
        f"zero-shot prompts: {p.prompts}",
        f"text-side graphs: {p.text_graphs}",
        f"multi-label samples: {p.multi_label}",
        f"retrieval matches: {p.retrieval_matches}; ties: {p.ties}",
    ]
    if p.linear_probe:
        items.append(f"linear probe: {p.linear_probe}")
    return "".join(f"- {item}\n" for item in items)


def markdown_report(results: Sequence[EvalResult], tax: Taxonomy | None = None) -> str:
    """All tables for one or more runs, side by side."""
    parts = [
        "## Zero-shot multi-task classification (%, samples that have each dimension)\n",
        classification_table(results, "zero_shot", tax),
    ]
    parts += ["\n## Image–text retrieval (recall@K, gallery size beside each row)\n", retrieval_table(results)]
    probe = classification_table(results, "linear_probe", tax)
    if probe:
        parts += ["\n## Linear probing on frozen image features (%)\n", probe]
    if results:
        parts += ["\n## Protocol\n", protocol_text(results[0])]
    return "".join(parts)


def save_confusion_pngs(scores: ClassificationScores, out_dir: Path, prefix: str = "confusion") -> list[Path]:
    """One PNG per scored dimension: row-normalised confusion matrix with counts."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for dim in scores.dimensions:
        if not dim.confusion:
            continue
        cm = np.asarray(dim.confusion, dtype=float)
        norm = cm / np.clip(cm.sum(axis=1, keepdims=True), 1, None)
        n = len(dim.classes)
        size = max(4.0, 0.28 * n + 2)
        fig, ax = plt.subplots(figsize=(size + 2, size + 0.5))
        im = ax.imshow(norm, vmin=0, vmax=1, cmap="Blues")
        ax.set_xticks(range(n), dim.classes, rotation=90, fontsize=7)
        ax.set_yticks(range(n), dim.classes, fontsize=7)
        ax.set_xlabel("predicted")
        ax.set_ylabel("target")
        ax.set_title(
            f"{dim.field}: acc {_pct(dim.accuracy)}%, recall {_pct(dim.macro_recall)}% (n={dim.n_samples})", fontsize=9
        )
        if n <= 12:
            for i in range(n):
                for j in range(n):
                    if cm[i, j]:
                        ax.text(
                            j,
                            i,
                            int(cm[i, j]),
                            ha="center",
                            va="center",
                            fontsize=7,
                            color="white" if norm[i, j] > 0.5 else "black",
                        )
        fig.colorbar(im, ax=ax, fraction=0.046)
        fig.tight_layout()
        path = out_dir / f"{prefix}_{dim.field}.png"
        with atomic_open(path, "wb", encoding=None) as handle:
            fig.savefig(handle, format="png", dpi=110)
        plt.close(fig)
        written.append(path)
    return written
