"""A teaching case's closing moral under "Lesson:" / "Lessons learned:" is a general statement, not this patient's
finding: the sites it warns about are not labelled (round 7, history2). Passages written for this file.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def _organs(parser: ReportParser, text: str) -> set[str]:
    return set(parser.parse(text).labels.get("Organ_level", []))


def test_lesson_sites_are_not_labelled(parser: ReportParser) -> None:
    text = ("Groin duplex after femoral angiography: a 4.1 cm haematoma in the right groin, no pseudoaneurysm. "
            "Lesson: a high puncture may bleed into the retroperitoneum.")
    organs = _organs(parser, text)
    assert "Hip groin and buttock" in organs  # the case's own finding stays
    assert "Retroperitoneum and great vessels" not in organs


def test_plural_lesson_heading(parser: ReportParser) -> None:
    text = ("Groin duplex: a 3 cm haematoma in the left groin. "
            "Lessons learned: a groin bleed may track into the retroperitoneum.")
    assert "Retroperitoneum and great vessels" not in _organs(parser, text)


def test_near_miss_case_site_without_lesson_stays(parser: ReportParser) -> None:
    # the same site told as this case's finding, with no lesson heading, is labelled
    text = ("Groin duplex: a 3 cm haematoma in the left groin. A second haematoma lies in the retroperitoneum, "
            "5 cm.")
    assert "Retroperitoneum and great vessels" in _organs(parser, text)
