"""Pass rate of the generated size-attachment battery (``tests/size_battery_cases.py``), per axis and per kind.

A case passes when the parser's lesion findings, in report order, are exactly the expected (organ, diagnosis, side,
largest size in mm); "sizes" counts a case whose sequence of sizes alone is right. The asserting test
(``tests/test_size_attachment_battery.py``) leaves out the cases listed in ``LEFT_OUT``; this script reports all.

Run: ``python benchmarks/size_battery.py [--failures] [--kinds]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from _battery_report import print_lesion_rates
from size_battery_cases import LEFT_OUT, cases, matches


def run() -> None:
    show_kinds = "--kinds" in sys.argv
    print_lesion_rates(
        cases(),
        lambda c: (c.axis, f"{c.axis}/{c.kind}") if show_kinds else (c.axis,),
        matches,
        LEFT_OUT,
        "--failures" in sys.argv,
    )


if __name__ == "__main__":
    run()
