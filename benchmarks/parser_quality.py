"""Parser quality on the annotated corpora (development, held-out, error-class and multi-organ findings sets).

Per corpus: per-dimension precision/recall/F1 of the asserted labels and of negation, micro-F1 over all dimensions,
negation F1 and uncertainty F1 (on corpora that annotate hedges), and for corpora with ``"findings"`` gold, the
share of gold lesions given the right size (largest dimension in mm, ±0.5) and the right side. Scoring rules are in
``_parser_scoring.py``, shared with ``parser_vs_context.py``. Each gold lesion is paired with the parsed finding of
its organ and diagnosis written nearest its quote (``--pairing position``, the default); ``--pairing first`` gives
the earlier rounds' pairing (the first such finding in report order), to compare with their figures.

Run: ``python benchmarks/parser_quality.py [--errors] [--pairing position|first] [FILE.jsonl ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _parser_scoring import (
    ALL_CORPORA,
    GOLD,
    KINDS,
    PAIRINGS,
    annotates_uncertainty,
    dimension_tables,
    load_rows,
    prf,
    reading_of,
    score_findings,
    score_report,
    total,
)


def evaluate(path: Path = GOLD, show_errors: bool = False, pairing: str = "position") -> dict[str, float]:
    """Score the parser on a gold JSONL file; prints the tables and returns the headline F1s (``pairing``: how gold
    lesions are paired with parsed findings, see ``_parser_scoring.match_findings``)."""
    from udt.parser import ReportParser

    parser = ReportParser()
    rows = load_rows(path)
    fields = parser.fields
    reports = list(parser.pipe([(r["text"], r["id"]) for r in rows]))
    readings = [reading_of(r) for r in reports]
    counts = [score_report(row, reading, fields) for row, reading in zip(rows, readings, strict=True)]
    if show_errors:
        _print_errors(rows, readings, fields)
    tables = dimension_tables(rows, readings, fields)
    print(f"{len(rows)} reports from {path.name}")
    head = f"{'P':>7}{'R':>7}{'F1':>7}{'support':>9}"
    print(f"{'dimension':<26}{head}   {'neg P':>7}{'neg R':>7}{'neg F1':>7}{'support':>9}")
    for f in fields:
        tp, fp, fn = tables["present"][f]
        line = f"{f:<26}" + "".join(f"{x:>7.3f}" for x in prf(tp, fp, fn)) + f"{tp + fn:>9}"
        if f in tables["negation"]:
            ntp, nfp, nfn = tables["negation"][f]
            scores = "".join(f"{x:>7.3f}" for x in prf(ntp, nfp, nfn)) if ntp + nfp + nfn else f"{'–':>21}"
            line += "   " + scores + f"{ntp + nfn:>9}"
        print(line)
    result: dict[str, float] = {}
    names = {"present": "micro (present labels)", "negation": "negation (absent values)",
             "uncertainty": "uncertainty (hedged)"}
    for kind in KINDS:
        if kind == "uncertainty" and not annotates_uncertainty(rows):
            print(f"{names[kind]:<26}   (not annotated in this corpus)")
            continue
        tp, fp, fn = total(counts, kind)
        p, r, f1 = prf(tp, fp, fn)
        print(f"{names[kind]:<26}{p:>7.3f}{r:>7.3f}{f1:>7.3f}{tp + fn:>9}")
        result[f"{kind}_f1"] = f1
    if any("findings" in row for row in rows):
        s = score_findings(rows, reports, pairing)
        size = s.size_right / s.size_total if s.size_total else float("nan")
        side = s.side_right / s.side_total if s.side_total else float("nan")
        print(f"findings: {s.lesions} gold lesions, {s.matched} matched to a parsed finding; "
              f"right size {s.size_right}/{s.size_total} = {size:.1%}, right side {s.side_right}/{s.side_total} "
              f"= {side:.1%} ({pairing} pairing)")
        if show_errors:
            for e in s.errors:
                print(f"  {e}")
        result["size_right"], result["side_right"] = size, side
    return result


def _print_errors(rows, readings, fields) -> None:
    for row, reading in zip(rows, readings, strict=True):
        for f in fields:
            gold, pred = set(row["labels"].get(f, [])), reading.labels.get(f, set())
            if gold != pred:
                print(f"{row['id']} {f}: missed {sorted(gold - pred)} extra {sorted(pred - gold)}")
        asserted = {(f, v) for f in fields for v in reading.labels.get(f, ())}
        for key, status in (("absent", "absent"), ("uncertain", "uncertain")):
            gold_set = {tuple(x) for x in row.get(key, [])}
            pred_set = {(d, v) for d, v, s in reading.mentions if s == status and d not in fields[1:3]} - asserted
            if gold_set != pred_set and (key == "absent" or "uncertain" in row):
                print(f"{row['id']} {key}: missed {sorted(gold_set - pred_set)} extra {sorted(pred_set - gold_set)}")


if __name__ == "__main__":
    # Every corpus by default. The parser was tuned on the development ones; the blind final corpus (written blind
    # to the parser and to the other corpora, never tuned on) is the honest estimate of generalisation.
    args = sys.argv[1:]
    errors = "--errors" in args
    pairing = "position"
    if "--pairing" in args:
        at = args.index("--pairing")
        if at + 1 >= len(args) or args[at + 1] not in PAIRINGS:
            sys.exit(f"--pairing takes one of: {', '.join(PAIRINGS)}")
        pairing = args[at + 1]
        del args[at : at + 2]
    defaults = [p for p in ALL_CORPORA if p.exists()]
    paths = [Path(a) for a in args if not a.startswith("--")] or defaults
    for i, path in enumerate(paths):
        if i:
            print()
        evaluate(path, show_errors=errors, pairing=pairing)
