"""A "versus" before a measurement with its unit compares sizes, wherever the first size stands ("CSA 16 mm2 (vs 8 mm2
mid-arm)", "14 mm2 at the epicondyle vs 7 mm2 in mid-arm"): a nerve compared with itself elsewhere, no alternative
offered, so what follows is not hedged (class: a swollen nerve's hypoechoic value read as doubted).

Near misses: a differential "versus" between names ("endometrioma vs haemorrhagic cyst") still hedges, and so does
one before a bare number with no unit. Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    "text",
    [
        "Left ulnar nerve at the cubital tunnel: CSA 15 mm2 (vs 7 mm2 mid-arm), hypoechoic with loss of fascicles.",
        "Median nerve: CSA 13 mm² at the pisiform vs 8 mm² at the pronator, hypoechoic and swollen at the inlet.",
    ],
)
def test_versus_before_a_measurement_hedges_nothing(parser: ReportParser, text: str) -> None:
    assert reading_of(parser, text, "Echogenicity", "hypoechoic") == "present"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Left ovary: 4 cm lesion, endometrioma vs haemorrhagic cyst.", "Diagnosis", "cyst"),
        ("Right kidney: lesion of 2 cm, angiomyolipoma vs 2 hyperechoic cysts.", "Echogenicity", "hyperechoic"),
    ],
)
def test_differential_versus_still_hedges(parser: ReportParser, text: str, field: str, value: str) -> None:
    assert reading_of(parser, text, field, value) == "uncertain"
