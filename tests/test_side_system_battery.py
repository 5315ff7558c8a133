"""The generated battery of side systems of other languages and title sides (benchmarks/side_system_battery.py):
every case outside ``side_system_battery.LEFT`` gets the side the corpus guideline asks for."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import side_system_battery

import udt

CASES = [c for c in side_system_battery.cases() if c.id not in side_system_battery.LEFT]


def test_battery_is_well_formed() -> None:
    all_ids = [c.id for c in side_system_battery.cases()]
    assert len(all_ids) == len(set(all_ids))
    assert set(all_ids) >= side_system_battery.LEFT


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_side_system_case(case: side_system_battery.Case) -> None:
    assert side_system_battery.check(case, udt.parse_report(case.text).findings) == []
