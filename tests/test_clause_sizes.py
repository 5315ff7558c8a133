"""A size in a placed lesion's clause measures that lesion, not the next lesion of another coordinated clause
(udt.parser.clause_sizes).

"A fibroadenoma in the left breast at 3 o'clock measuring 15 mm and a cyst in the right breast": the size followed
the clock position, so neither a lesion nor a measured organ stood right before it, and it went to the cyst. Near
misses: a size opening the next clause ("...; 15 mm cyst") and an organ's own measurement stay as they were.
Passages written for this file.

Inventory (development findings corpora): mg035, ow019.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

CLAUSE_SIZES: list[tuple[str, list[Lesion]]] = [
    (
        "BREASTS: a fibroadenoma in the left breast at 3 o'clock measuring 15 mm and a cyst in the right breast at "
        "9 o'clock measuring 6 mm.",
        [("Breast", "mass", "left", 15.0), ("Breast", "cyst", "right", 6.0)],
    ),
    (
        "A fibroadenoma in the left breast at 3 o'clock measuring 15 mm and a simple cyst in the right breast.",
        [("Breast", "mass", "left", 15.0), ("Breast", "cyst", "right", None)],
    ),
    (
        "A fibroadenoma in the left breast at 3 o'clock, 15 mm, and a cyst in the right breast at 9 o'clock, 6 mm.",
        [("Breast", "mass", "left", 15.0), ("Breast", "cyst", "right", 6.0)],
    ),
    # near misses: the size opens the next lesion's clause; each lesion sized beside its own word
    (
        "A fibroadenoma in the left breast at 3 o'clock; 6 mm simple cyst in the right breast.",
        [("Breast", "mass", "left", None), ("Breast", "cyst", "right", 6.0)],
    ),
    (
        "A 2 cm lipoma of the left forearm and a 1 cm lipoma over the right scapula.",
        [("Soft tissues", "mass", "left", 20.0), ("Soft tissues", "mass", "right", 10.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_SIZES)
def test_size_measures_the_lesion_of_its_own_clause(parser: ReportParser, text: str,
                                                    expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
