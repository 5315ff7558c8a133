"""A length closed by a direction word and a comma, then the lesion's own size ("a second collection 2 cm proximal,
11 mm") is a distance, not the lesion's size (trailing_directions.py). Guards: a direction before a noun ("7 mm
distal ureteric stone"), a fluid's depth at a place followed by words, and a duct's calibre at several places keep
their sizes. Each passage is written for this file.
"""

from __future__ import annotations

import pytest

import udt


def _sizes(text: str) -> list[float]:
    return [f.size_mm[0] for f in udt.parse_report(text).findings if f.size_mm]


@pytest.mark.parametrize(
    ("text", "size", "distance"),
    [
        ("Graft: haematoma 35 x 12 mm at the heel of the anastomosis; a second collection 3 cm distal, 14 mm, "
         "anechoic.", 14.0, 30.0),
        ("Right calf: intramuscular haematoma 45 x 20 mm. A smaller one 4 cm proximal, 12 mm, with septations.",
         12.0, 40.0),
    ],
)
def test_trailing_direction_is_a_distance(text: str, size: float, distance: float) -> None:
    sizes = _sizes(text)
    assert size in sizes
    assert distance not in sizes


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("Left kidney: a 7 mm distal ureteric stone with mild hydronephrosis.", 7.0),
        ("Pericardium: small effusion 6 mm posterior, no diastolic collapse.", 6.0),
        ("CBD 7 mm proximal, 4 mm distal. Gallbladder: 9 mm stone.", 7.0),
    ],
)
def test_direction_that_is_no_distance_keeps_the_size(text: str, size: float) -> None:
    assert size in _sizes(text)
