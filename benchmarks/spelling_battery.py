"""Pass rate of the generated spelling battery (``tests/spelling_battery_cases.py``), per axis and per kind.

A case passes when the parser's lesion findings, in report order, are exactly the expected (organ, diagnosis, side,
largest size in mm); "sizes" counts a case whose sequence of sizes alone is right. The asserting test
(``tests/test_spelling_battery.py``) leaves out the cases listed in ``LEFT_OUT``; this script reports all.

Run: ``python benchmarks/spelling_battery.py [--failures] [--kinds]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from _battery_report import run_axis_kind_battery
from spelling_battery_cases import LEFT_OUT, cases, matches


def run() -> None:
    run_axis_kind_battery(cases(), matches, LEFT_OUT, sys.argv)


if __name__ == "__main__":
    run()
