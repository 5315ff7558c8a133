"""Parser quality on the annotated corpora (tests/data/reports_gold.jsonl and the held-out set).

Prints per-dimension precision/recall/F1 of the asserted labels, micro-F1 over all dimensions, and the F1 of
negation (released values the report says are absent). Run: ``python benchmarks/parser_quality.py [--errors]``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "reports_gold.jsonl"


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(path: Path = GOLD, show_errors: bool = False) -> dict[str, float]:
    """Score the parser on a gold JSONL file; returns micro-F1 and negation F1."""
    from udt.parser import ReportParser

    parser = ReportParser()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    fields = parser.fields
    counts = {f: [0, 0, 0] for f in fields}
    neg = [0, 0, 0]
    for row, report in zip(rows, parser.pipe([(r["text"], r["id"]) for r in rows]), strict=False):
        for f in fields:
            gold, pred = set(row["labels"].get(f, [])), set(report.labels[f])
            counts[f][0] += len(gold & pred)
            counts[f][1] += len(pred - gold)
            counts[f][2] += len(gold - pred)
            if show_errors and gold != pred:
                print(f"{row['id']} {f}: missed {sorted(gold - pred)} extra {sorted(pred - gold)}")
        gold_neg = {tuple(x) for x in row.get("absent", [])}
        # Negation is scored on findings and descriptors; anatomy is where a finding was looked for.
        pred_neg = {(m.dimension, m.value) for m in report.mentions
                    if m.status == "absent" and m.value and m.dimension not in fields[1:3]}
        pred_neg -= {(f, v) for f in fields for v in report.labels[f]}
        neg[0] += len(gold_neg & pred_neg)
        neg[1] += len(pred_neg - gold_neg)
        neg[2] += len(gold_neg - pred_neg)
        if show_errors and gold_neg != pred_neg:
            print(f"{row['id']} absent: missed {sorted(gold_neg - pred_neg)} extra {sorted(pred_neg - gold_neg)}")
    print(f"{len(rows)} reports from {path.name}")
    print(f"{'dimension':<26}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}")
    total = [0, 0, 0]
    for f in fields:
        tp, fp, fn = counts[f]
        total = [a + b for a, b in zip(total, counts[f], strict=False)]
        p, r, f1 = _prf(tp, fp, fn)
        print(f"{f:<26}{p:>7.3f}{r:>7.3f}{f1:>7.3f}{tp + fn:>9}")
    p, r, micro = _prf(*total)
    print(f"{'micro (present labels)':<26}{p:>7.3f}{r:>7.3f}{micro:>7.3f}{total[0] + total[2]:>9}")
    np_, nr, nf = _prf(*neg)
    print(f"{'negation (absent values)':<26}{np_:>7.3f}{nr:>7.3f}{nf:>7.3f}{neg[0] + neg[2]:>9}")
    return {"micro_f1": micro, "negation_f1": nf}


HELDOUT = Path(__file__).resolve().parent / "data" / "reports_heldout.jsonl"

if __name__ == "__main__":
    # The development corpus (the parser was tuned on it) and the held-out corpus, written independently of the
    # parser and never used for tuning: the second figure is the honest estimate of generalisation.
    errors = "--errors" in sys.argv
    paths = [Path(a) for a in sys.argv[1:] if not a.startswith("--")] or [GOLD, HELDOUT]
    for i, path in enumerate(paths):
        if i:
            print()
        evaluate(path, show_errors=errors)
