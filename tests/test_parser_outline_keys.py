"""An organ's outline stated as a key and its value is no lesion's shape, when the key stands right before the
shape word in a comma list ("spleen enlarged, surface nodular, echotexture coarse") or behind a typed form's dot
leader ("Surface .......... irregular"); a lesion's own shape word in the same lists is still read (margins.py,
_shape_of_no_lesion and _telegraphic_outline_subject). Hand-written sentences, never corpus lines."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

SHAPE = "Shape"

OUTLINE_KEYS = [
    ("Liver: shrunken, left lobe 6.2 cm, surface nodular, echotexture coarse.", []),
    ("Spleen enlarged, capsule irregular, no focal lesion.", []),
    ("LIVER\nSize ............ 13 cm\nSurface ......... nodular\nFocal lesion .... none", []),
    ("Liver surface = irregular; portal vein patent.", []),
    # near misses: the shape word is said of a lesion, or a wall is only the place of a listed lesion
    ("Uterus: fibroid, posterior wall, round, well circumscribed, 3 cm.", ["round"]),
    ("Lesion ............ irregular, 2.1 cm, segment 6.", ["irregular"]),
    ("Liver: coarse, a 2 cm lobulated hypoechoic mass in segment 4.", ["lobulated"]),
]


@pytest.mark.parametrize(("text", "expected"), OUTLINE_KEYS)
def test_an_outline_key_gives_no_lesion_shape(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, SHAPE) == expected
