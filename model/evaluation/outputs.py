"""Write an evaluation to disk: ``eval.json``, ``report.md`` and confusion-matrix PNGs per run."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from model.evaluation.report import markdown_report, save_confusion_pngs
from model.evaluation.results import EvalResult
from udt.atomic import atomic_write_text
from udt.taxonomy import Taxonomy


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_") or "run"


def unique_names(results: Sequence[EvalResult]) -> list[EvalResult]:
    """Give runs with equal names a numeric suffix so the comparison table tells them apart."""
    seen: dict[str, int] = {}
    out = []
    for r in results:
        count = seen.get(r.name, 0)
        seen[r.name] = count + 1
        out.append(r if count == 0 else r.model_copy(update={"name": f"{r.name}#{count + 1}"}))
    return out


def write_evaluation(results: Sequence[EvalResult], out_dir: str | Path, tax: Taxonomy | None = None) -> Path:
    """``out_dir/eval.json`` ({"runs": [...]}), ``out_dir/report.md`` and ``out_dir/<run>/confusion_*.png``.

    Returns the path of ``report.md``.
    """
    out = Path(out_dir)
    results = unique_names(results)
    for r in results:
        run_dir = out / _slug(r.name)
        save_confusion_pngs(r.zero_shot, run_dir, prefix="zero_shot_confusion")
        if r.linear_probe is not None:
            save_confusion_pngs(r.linear_probe, run_dir, prefix="linear_probe_confusion")
        atomic_write_text(run_dir / "eval.json", r.model_dump_json(indent=2) + "\n")
    payload = {"runs": [json.loads(r.model_dump_json()) for r in results]}
    atomic_write_text(out / "eval.json", json.dumps(payload, indent=2) + "\n")
    title = "# Evaluation: " + ", ".join(r.name for r in results) + "\n\n"
    report = out / "report.md"
    atomic_write_text(report, title + markdown_report(results, tax))
    return report
