"""The lesion-member battery (``tests/member_battery_cases.py``): lesions named without a lesion noun of their own,
after a plural or counted mention or a heading naming their kind ("two fibroids - one in the fundus 3.4 cm and
another ...", numbered lines under "Multiple nodules:", numbered table rows under a title, "Renal calculi: R 3 mm,
L 4 mm"). Prints, per layout, the share of cases whose lesion findings are all right (organ, diagnosis, side, size)
and the share whose sizes are; the asserting test (``tests/test_member_battery.py``) leaves out ``LEFT_OUT``.

Run: ``python benchmarks/member_battery.py [--failures]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from _battery_report import print_lesion_rates
from member_battery_cases import LEFT_OUT, cases, matches


def run() -> None:
    print_lesion_rates(cases(), lambda c: (c.layout,), matches, LEFT_OUT, "--failures" in sys.argv, title="layout")


if __name__ == "__main__":
    run()
