"""A word of likeness may stand between a lesion pronoun and its size ("A second similar, 3 mm, on the same wall")
(udt.parser.pronoun_lesions._size_after).

The pronoun read a lesion only with commas, measuring words or a range between it and its size, so "a second
similar, 3 mm" was no lesion and the report lost the second polyp. "Similar" says the same as the pronoun: one more of
the kind just named. Passages written for this file.

Inventory (development findings corpora): os021.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

_GB = "Gallbladder and bile ducts"

LIKENED: list[tuple[str, list[Lesion]]] = [
    (
        "Gallbladder: 70 x 31 mm. On the anterior wall a hyperechoic parietal formation 5 mm without acoustic "
        "shadow, not displaced (polyp). A second similar, 3 mm, on the same wall.",
        [(_GB, None, None, 5.0), (_GB, None, None, 3.0)],
    ),
    # near misses: the pronoun read already; a likeness of an organ's look is no lesion
    (
        "Left breast: at 2 o'clock a simple cyst of 9 mm. A similar one, 4 mm, at 3 o'clock.",
        [("Breast", "cyst", "left", 9.0), ("Breast", "cyst", "left", 4.0)],
    ),
    (
        "Liver: a cyst of 14 mm in segment VII. Similar echogenicity of the spleen, 11 cm.",
        [("Liver", "cyst", None, 14.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIKENED)
def test_likeness_between_pronoun_and_size(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
