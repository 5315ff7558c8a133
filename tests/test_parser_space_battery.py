"""The generated space battery (benchmarks/space_battery.py): fluid and collections in a peritoneal space, a pelvic
recess or under an abdominal region heading are the peritoneum's, a subcutaneous wound collection placed by the
rectus sheath is the abdominal wall's, and abbreviated organ headings (RO/LO, RK/LK, GB, RT/LT lobe, POD) name their
organ and side. Cases of the classes not handled yet are listed in ``space_battery.LEFT`` and left out here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import space_battery

import udt

CASES = [c for c in space_battery.cases() if c.id not in space_battery.LEFT]


def test_battery_is_well_formed() -> None:
    """Ids are unique, every left case exists, and each axis keeps most of its cases asserted."""
    all_ids = {c.id for c in space_battery.cases()}
    assert all_ids >= space_battery.LEFT
    assert {c.axis for c in space_battery.cases()} == {"space", "recess", "region", "abbrev", "wall", "inline", "hard"}
    assert len(CASES) >= 0.9 * len(all_ids)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_space_battery(case: space_battery.Case) -> None:
    report = udt.parse_report(case.text)
    assert space_battery.check(case, report.findings) == [], case.text
