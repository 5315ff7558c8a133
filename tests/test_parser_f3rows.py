"""Lesions lost in counted lists, rows and tables: each member of a counted group given its own size is a lesion of
its own (the corpus guideline), however the count is written. Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

# A count before a plural node word across up to four descriptors (announced_groups._COUNT_BEFORE), or a
# multiplication sign after a node word or a lesion word followed by a comma (multiplied_counts.py).
COUNTED_MEMBERS: list[Row] = [
    (
        "Left neck: below the gland lie two further enlarged level IV nodes measuring 1.6 and 0.9 cm, without hila.",
        [("Lymph nodes", None, "left", 16.0), ("Lymph nodes", None, "left", 9.0)],
    ),
    (
        "Right axilla: three new rounded hypoechoic cortical nodes of 12, 10 and 8 mm.",
        [("Axilla", None, "right", 12.0), ("Axilla", None, "right", 10.0), ("Axilla", None, "right", 8.0)],
    ),
    (
        "Right level III node x2: 13 mm & 9 mm, both round.",
        [("Lymph nodes", None, "right", 13.0), ("Lymph nodes", None, "right", 9.0)],
    ),
    (
        "Liver: simple cyst x2, 18 mm and 6 mm.",
        [("Liver", "cyst", None, 18.0), ("Liver", "cyst", None, 6.0)],
    ),
]

GUARDS: list[Row] = [
    # a decimal comma after the sign is a dimension, not a count
    ("Liver: simple cyst 3 x2,5 cm.", [("Liver", "cyst", None, 30.0)]),
    # a singular node with one size stays one
    ("Right neck: a rounded level III node measuring 1.4 cm, and two normal level II nodes.",
     [("Lymph nodes", None, "right", 14.0)]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_MEMBERS)
def test_each_counted_member_with_its_size_is_a_lesion(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_no_count_where_none_is_written(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
