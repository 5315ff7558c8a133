"""A region noun ("zone", "focus", "area") likened to the lesion before it, after a word that adds one more, is a
lesion of its own with its own size (udt.parser.likened_regions): "Second similar small zone cranially, 5mm", "a
smaller 9 mm similar focus in segment VI". Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

LIKENED_REGIONS: list[Row] = [
    (
        "Right testicle: in the upper pole a hypoechoic zone 12x9mm with increased flow. A second similar small zone "
        "caudally, 4mm.",
        [("Scrotum", None, "right", 12.0), ("Scrotum", None, "right", 4.0)],
    ),
    (
        "Liver: a 3.2 cm hyperechoic, well-defined lesion in segment 8; a smaller 8 mm similar focus in segment 5.",
        [("Liver", None, None, 32.0), ("Liver", None, None, 8.0)],
    ),
    (
        "Spleen 11 cm. In the lower pole a hypoechoic area of 15 mm. Another similar area near the hilum, 6 mm.",
        [("Spleen", None, None, 15.0), ("Spleen", None, None, 6.0)],
    ),
]

# Near misses: no adding word before the likening one, or a likeness that describes no second region.
NOT_LIKENED: list[Row] = [
    (
        "Liver: hyperechoic focus 12 mm in segment 6. No similar focus elsewhere.",
        [("Liver", None, None, 12.0)],
    ),
    (
        "Liver: hyperechoic area 12 mm in segment 6, similar appearance to before.",
        [("Liver", None, None, 12.0)],
    ),
    (
        "Liver: hyperechoic area 12 mm in segment 6, similar in size to the previous study.",
        [("Liver", None, None, 12.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIKENED_REGIONS + NOT_LIKENED)
def test_a_likened_region_is_a_lesion_of_its_own(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
