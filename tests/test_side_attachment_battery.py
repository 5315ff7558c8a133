"""The generated side battery (benchmarks/side_battery.py): each passage's lesions get the organ and side the corpus
guideline asks for, for every side form, place, span, unpaired organ, landmark and multi-organ list the templates
build. Cases of the classes not handled yet are listed in ``side_battery.LEFT`` and left out here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import side_battery

import udt

CASES = [c for c in side_battery.cases() if c.id not in side_battery.LEFT]


def test_battery_is_well_formed() -> None:
    """Ids are unique, every left case exists, and each axis keeps most of its cases asserted."""
    all_ids = {c.id for c in side_battery.cases()}
    assert all_ids >= side_battery.LEFT
    axes = {c.axis for c in side_battery.cases()}
    assert axes == {
        "form",
        "where",
        "hold",
        "unpaired",
        "landmark",
        "multi",
        "composite",
        "style",
        "neighbour",
        "region",
        "barelobe",
        "node",
        "heading",
        "bilines",
        "impression",
        "scope",
    }
    assert len(CASES) >= 0.9 * len(all_ids)


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c.id for c in CASES],
)
def test_side_battery(case: side_battery.Case) -> None:
    report = udt.parse_report(case.text)
    assert side_battery.check(case, report.findings) == [], case.text
