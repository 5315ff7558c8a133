"""Pass rate of the generated spelling battery (``tests/spelling_battery_cases.py``), per axis and per kind.

A case passes when the parser's lesion findings, in report order, are exactly the expected (organ, diagnosis, side,
largest size in mm); "sizes" counts a case whose sequence of sizes alone is right. The asserting test
(``tests/test_spelling_battery.py``) leaves out the cases listed in ``LEFT_OUT``; this script reports all.

Run: ``python benchmarks/spelling_battery.py [--failures] [--kinds]``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from spelling_battery_cases import LEFT_OUT, Case, cases, matches


def run() -> None:
    from udt.parser import ReportParser

    parser = ReportParser()
    show_failures, show_kinds = "--failures" in sys.argv, "--kinds" in sys.argv
    battery = cases()
    texts = [c.text for c in battery]
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # (cases, all right, sizes right)
    failures: list[tuple[Case, list]] = []
    for case, report in zip(battery, parser.pipe(texts), strict=True):
        got = [
            (f.organ, f.diagnosis, f.laterality, max(f.size_mm) if f.size_mm else None)
            for f in report.findings
            if f.kind == "lesion"
        ]
        ok = matches(got, case.expected)
        sizes_ok = [g[3] for g in got] == [e[3] for e in case.expected]
        for key in (case.axis, f"{case.axis}/{case.kind}", "all"):
            t = tally[key]
            t[0] += 1
            t[1] += ok
            t[2] += sizes_ok
        if not ok:
            failures.append((case, got))
    print(f"{'axis':<44}{'cases':>6}{'right':>8}{'sizes':>8}")
    for key in sorted(tally, key=lambda k: (k == "all", k)):
        if "/" in key and not show_kinds:
            continue
        n, ok, sizes_ok = tally[key]
        print(f"{key:<44}{n:>6}{ok / n:>8.1%}{sizes_ok / n:>8.1%}")
    print(f"left out of the asserting test: {len(LEFT_OUT)}")
    if show_failures:
        for case, got in failures:
            mark = " (left out)" if case.id in LEFT_OUT else ""
            print(f"\n[{case.axis}/{case.kind}]{mark} {case.text!r}\n  want {list(case.expected)}\n  got  {got}")


if __name__ == "__main__":
    run()
