"""Collections the multiorgan findings guideline files that the parser left: a plural stand-in noun after a contrast
modifier is a group of further lesions of the kind just named, each size after it one of them
(udt.parser.pronoun_lesions). Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

PLURAL_STAND_INS: list[Row] = [
    (
        "Right breast, 9 o'clock: an irregular collection 3.9 x 2.2 cm with debris. Two smaller daughter pockets "
        "of 7 mm and 10 mm lie beside it.",
        [("Breast", "fluid collection", "right", 39.0), ("Breast", "fluid collection", "right", 7.0),
         ("Breast", "fluid collection", "right", 10.0)],
    ),
    (
        "Left breast: abscess cavity 28 mm at 2 o'clock. Further pockets of 6 mm and 8 mm nearer the nipple.",
        [("Breast", "fluid collection", "left", 28.0), ("Breast", "fluid collection", "left", 6.0),
         ("Breast", "fluid collection", "left", 8.0)],
    ),
]

GUARDS: list[Row] = [
    # a pocket of the fluid itself, not a further lesion: no contrast modifier before the noun
    (
        "Left breast: abscess cavity 28 mm at 2 o'clock, its pockets up to 28 mm deep.",
        [("Breast", "fluid collection", "left", 28.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_STAND_INS)
def test_a_plural_stand_in_after_a_contrast_modifier_is_a_group(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_a_plural_stand_in_without_a_modifier_is_a_part(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
