"""Lesion sizes the development findings corpora left (wave r8rows).

Classes fixed, each with guards where the rule must not fire:
  * One collection measured in several places, each depth followed by the direction it was taken in ("pericardial
    effusion measuring 0.9 cm anteriorly and 1.7 cm posteriorly"): one collection sized by its deepest depth
    (fluid_depths.placed_depths); before, the first depth written sized it. Guards: depths with no direction after
    them, a distance ("lateral to"), and a solid lesion's sizes keep the first size.

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of

from udt.parser import ReportParser

HM, PL = "Heart and mediastinum", "Pleural space"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


# -- a collection's depths taken in several directions: the deepest ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ECHO LIMITED\nSmall-to-moderate pericardial effusion measuring 0.9 cm anteriorly and 1.7 cm posteriorly. "
         "No diastolic collapse of the right ventricle.",
         [(HM, "fluid collection", None, 17.0)]),
        ("Post-operative: a pericardial effusion, 11 mm inferiorly, 6 mm laterally, no tamponade physiology.",
         [(HM, "fluid collection", None, 11.0)]),
        ("Right pleural effusion of 2.1 cm laterally and 3.4 cm posteriorly, with debris.",
         [(PL, "fluid collection", "right", 34.0)]),
        # guard: a distance after the size ("lateral to") is no depth; the size before it stays
        ("Pericardial effusion 8 mm, 2 cm lateral to the apex.",
         [(HM, "fluid collection", None, 8.0)]),
    ],
)
def test_depths_in_directions(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guard: two sizes with no direction after each keep the first
        ("Pericardial effusion measuring 9 mm and 14 mm on previous studies.",
         [(HM, "fluid collection", None, 9.0)]),
        # guard: only the first depth followed by a direction
        ("Pericardial effusion 7 mm posteriorly and 12 mm.", [(HM, "fluid collection", None, 7.0)]),
    ],
)
def test_depths_without_directions(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected
