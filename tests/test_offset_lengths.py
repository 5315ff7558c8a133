"""A length saying how far a further lesion lies from the one before ("6 cm more distally", "6 cm downstream",
"1 cm distance from it") is no size of that lesion where its own length follows in the sentence; where none follows
the length measures it ("2nd pocket 1.2 cm more distally"), and a length closed by an adverb of direction with
another closing the next one measures one structure at two places (offset_lengths.py, trailing_directions.py).
Each passage is written for this file.
"""

from __future__ import annotations

import pytest

import udt


def _sizes(text: str) -> list[float]:
    return sorted(f.size_mm[0] for f in udt.parse_report(text).findings if f.kind == "lesion" and f.size_mm)


@pytest.mark.parametrize(
    ("text", "own", "offset"),
    [
        ("Right forearm: a well-defined subcutaneous lipoma 28 x 9 mm. A second similar lesion lies 4 cm more "
         "proximally, measuring up to 15 mm.", 15.0, 40.0),
        ("Left arm AV fistula: perianastomotic haematoma 30 x 12 mm. A second, smaller collection 5 cm downstream, "
         "11 mm, likely a seroma.", 11.0, 50.0),
        ("L breast: irregular hypoechoic mass at 2 o'clock, 14 mm. Another hypoechoic area at 4 o'clock, 2cm "
         "distance from it, size approx. 0.6cm.", 6.0, 20.0),
    ],
)
def test_offset_of_a_further_lesion_is_no_size(text: str, own: float, offset: float) -> None:
    sizes = _sizes(text)
    assert own in sizes
    assert offset not in sizes


@pytest.mark.parametrize(
    ("text", "size"),
    [
        # near misses: no own length follows, so the length measures the further lesion
        ("R calf: fluid pocket 2.4 x 1.0 cm in the subcutis. A second pocket 1.3cm more distally.", 13.0),
        ("R thigh: intramuscular collection 8.1 x 3.2 cm. Smaller satellite collection 1.8 cm further distally.",
         18.0),
    ],
)
def test_offset_with_no_own_length_measures_the_lesion(text: str, size: float) -> None:
    assert size in _sizes(text)


def test_a_fluid_depth_closed_by_posteriorly_stays_the_size() -> None:
    # near miss: "posteriorly" places a fluid's depth, not an offset
    assert 9.0 in _sizes("Small pericardial effusion 9 mm posteriorly, no tamponade.")
