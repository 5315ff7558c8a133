"""An organ line without a colon, its measurement and then a bare normal sentence ("LK 12.0 cm. NAD.", "Left ovary
28 x 17 mm. Normal."): the normal sentence speaks of the organ opening the line, one side of a paired organ with no
finding beside a lesion on the other side (guideline: "normal appearance"). Passages written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ROWS = [
    ("RK 10.8 cm. 9 mm calculus interpolar region.\nLK 11.1 cm. NAD.", ["normal appearance"]),
    ("Right ovary 31 x 22 mm with a 19 mm simple cyst.\nLeft ovary 27 x 15 mm. Normal.", ["cyst", "normal appearance"]),
    # a normal sentence before the lesion of the same organ on the same line is one aspect, not the organ
    ("Liver 15.5 cm. Normal. 22 mm cyst in segment 4.", ["cyst"]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_bare_normal_after_an_organ_line_names_that_organ_normal(
    parser: ReportParser, text: str, expected: list[str]
) -> None:
    assert labels_of(parser, text, "Diagnosis") == expected
