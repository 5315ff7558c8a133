"""A telegraphic outline statement ("Lateral epicondyle cortex irregular", "Cortex of the first metatarsal
irregular") describes a bone's cortex or an organ's surface, not a lesion's shape (margins.py,
_telegraphic_outline_subject). The corpora label such a cortex no Shape, whether or not a verb stands between.
Hand-written sentences, never corpus lines."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

SHAPE = "Shape"

OUTLINES = [
    ("Lateral epicondyle cortex irregular.", []),
    ("Cortex of the first metatarsal head irregular.", []),
    ("Medial malleolus: cortex irregular with a small erosion.", []),
    ("Greater tuberosity: the cortex is irregular.", []),
    # near misses: the shape word qualifies a lesion or is said of it
    ("Irregular hypoechoic mass with spiculated margins, 14 mm.", ["irregular"]),
    ("A 3 cm mass, irregular, in the cortex of the kidney.", ["irregular"]),
    ("Oval hypoechoic nodule of 9 mm in the left lobe.", ["oval"]),
]


@pytest.mark.parametrize(("text", "expected"), OUTLINES)
def test_a_telegraphic_outline_has_no_lesion_shape(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, SHAPE) == expected
