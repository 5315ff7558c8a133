"""An organ noun right before a contour word owns the contour ("testis contour irregular", "liver outline nodular"):
the organ's own outline, never a lesion's margin, even where the sentence goes on to a lesion in another clause
(guideline: margins are read for lesions only). A contour said of the lesion still is its margin. Passages written
for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ROWS = [
    ("Left testis contour irregular with a breach of the tunica; 12 mm hypoechoic haematoma at the lower pole.", []),
    ("Spleen contour lobulated; 9 mm echogenic haemangioma at the upper pole.", []),
    # the lesion's own contour
    ("Right kidney: 24 mm cyst with an irregular contour.", ["ill-defined/indistinct"]),
    ("Left breast 2 o'clock: 12 mm hypoechoic mass, contour irregular.", ["ill-defined/indistinct"]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_an_organ_noun_owns_the_contour_after_it(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Margins") == expected
