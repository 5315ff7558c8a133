"""How often two annotators of one multi-organ findings corpus agree on each lesion's size and side.

The issue's bar for the parser is 90% of lesions with the right size and side. Whether that bar is near the
ceiling of the task depends on how well two careful readers of the guideline agree; this script scores a second,
independent annotation (``benchmarks/data/agreement/<corpus>.second.jsonl``: one ``{"id", "findings"}`` line per
report, written blind from the texts and the guideline alone) against the corpus's gold exactly as the parser is
scored (``_parser_scoring.score_findings``), in both directions, since either annotator may be taken as gold.

Prints figures only, never texts, so it may run on sealed corpora.

Run: ``python benchmarks/annotator_agreement.py [CORPUS.jsonl ...]`` (default: every corpus with a second
annotation).
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from _parser_scoring import ROOT, load_rows, score_findings

SECOND = ROOT / "benchmarks" / "data" / "agreement"


def as_reading(findings: list[dict[str, Any]]) -> SimpleNamespace:
    """An annotator's findings shaped like a parsed report's, so the parser's scorer reads them."""
    return SimpleNamespace(
        findings=[
            SimpleNamespace(
                kind="lesion",
                organ=f["organ"],
                diagnosis=f.get("diagnosis"),
                size_mm=f.get("size_mm"),
                laterality=f.get("side"),
                concept=None,
            )
            for f in findings
        ]
    )


def agreement(corpus: Path, second: Path) -> None:
    first = {row["id"]: row for row in load_rows(corpus)}
    other = {row["id"]: row for row in load_rows(second)}
    ids = [i for i in first if i in other]
    print(f"{corpus.name}: {len(ids)} reports annotated twice")
    for gold, reading, name in ((first, other, "corpus gold vs second"), (other, first, "second vs corpus gold")):
        s = score_findings([gold[i] for i in ids], [as_reading(reading[i]["findings"]) for i in ids])
        print(
            f"  {name:<22} {s.lesions:>4} lesions, {s.matched:>4} paired; size {s.size_right}/{s.size_total} = "
            f"{s.size_right / s.size_total:.1%}, side {s.side_right}/{s.side_total} = "
            f"{s.side_right / s.side_total:.1%}"
        )


def main(argv: list[str]) -> None:
    seconds = sorted(SECOND.glob("*.second.jsonl"))
    corpora = [Path(a) for a in argv] or [ROOT / "benchmarks" / "data" / p.name.replace(".second", "") for p in seconds]
    for corpus in corpora:
        second = SECOND / corpus.name.replace(".jsonl", ".second.jsonl")
        if not second.exists():
            sys.exit(f"no second annotation of {corpus.name}: expected {second}")
        agreement(corpus, second)


if __name__ == "__main__":
    main(sys.argv[1:])
