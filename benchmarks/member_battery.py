"""The lesion-member battery (``tests/member_battery_cases.py``): lesions named without a lesion noun of their own,
after a plural or counted mention or a heading naming their kind ("two fibroids - one in the fundus 3.4 cm and
another ...", numbered lines under "Multiple nodules:", numbered table rows under a title, "Renal calculi: R 3 mm,
L 4 mm"). Prints, per layout, the share of cases whose lesion findings are all right (organ, diagnosis, side, size)
and the share whose sizes are; the asserting test (``tests/test_member_battery.py``) leaves out ``LEFT_OUT``.

Run: ``python benchmarks/member_battery.py [--failures]``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from member_battery_cases import LEFT_OUT, Case, cases, matches


def run() -> None:
    from udt.parser import ReportParser

    parser = ReportParser()
    battery = cases()
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # (cases, all right, sizes right)
    failures: list[tuple[Case, list]] = []
    for case, report in zip(battery, parser.pipe([c.text for c in battery]), strict=True):
        got = [
            (f.organ, f.diagnosis, f.laterality, max(f.size_mm) if f.size_mm else None)
            for f in report.findings
            if f.kind == "lesion"
        ]
        ok = matches(got, case.expected)
        sizes_ok = [g[3] for g in got] == [e[3] for e in case.expected]
        for key in (case.layout, "all"):
            t = tally[key]
            t[0] += 1
            t[1] += ok
            t[2] += sizes_ok
        if not ok:
            failures.append((case, got))
    print(f"{'layout':<40}{'cases':>6}{'right':>8}{'sizes':>8}")
    for key in sorted(tally, key=lambda k: (k == "all", k)):
        n, ok, sizes_ok = tally[key]
        print(f"{key:<40}{n:>6}{ok / n:>8.1%}{sizes_ok / n:>8.1%}")
    print(f"left out of the asserting test: {len(LEFT_OUT)}")
    if "--failures" in sys.argv:
        for case, got in failures:
            mark = " (left out)" if case.id in LEFT_OUT else ""
            print(f"\n[{case.layout}]{mark} {case.text!r}\n  want {list(case.expected)}\n  got  {got}")


if __name__ == "__main__":
    run()
