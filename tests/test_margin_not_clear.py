"""A margin word said "not clear" (ontology synonyms). Non-native English reports put the negation after the noun:
"border not clear", "boundary not clear" say what "unclear border" does, an ill-defined margin, where "boundary
clear" alone is a well-defined one. Passages written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ROWS = [
    ("- Right lobe: have 1 nodule hypoechoic 11x8mm, border not clear, have micro calcification. TIRADS 5.",
     ["ill-defined/indistinct"]),
    ("Left breast 2 o'clock: hypoechoic mass 1.4x1.1cm, shape irregular, boundary not clear.",
     ["ill-defined/indistinct"]),
    ("Thyroid right lobe: solid nodule 9 mm, margins not clear, no calcification.", ["ill-defined/indistinct"]),
    # near misses: a clear boundary, and a structure that is not clearly seen
    ("Left breast 2 o'clock: oval mass 1.2 cm, boundary clear, parallel orientation.", ["well-defined"]),
    ("Pancreas: tail not clearly seen because of bowel gas. Head and body normal.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_margin_not_clear_is_ill_defined(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Margins") == expected
