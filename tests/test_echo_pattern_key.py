""""Echo pattern" is a template key of the echogenicity dimension, as "Echotexture" is: its value names the echo level
("Echo pattern: complex, mixed" is mixed echogenicity, "Echo pattern: hypoechoic" hypoechoic).

Near misses: a bare "echo" key ("ECHO: normal left ventricular function", an echocardiogram's line) stays no key (it
was tried and hurt reports), and "echo pattern" without a value gives nothing. Each passage is written for this file
(not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

FIELD = "Echogenicity"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lesion 1: 10 o'clock | 22 x 15 mm | Shape: oval | Echo pattern: complex, mixed | Posterior: none",
         ["mixed echogenicity"]),
        ("Mass: 3 cm, Echopattern: hyperechoic, Margin: circumscribed.", ["hyperechoic"]),
    ],
)
def test_echo_pattern_key_gives_its_value(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, FIELD) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ECHO: increased left ventricular wall thickness.",
        "The echo pattern of the lesion was reviewed with the radiologist.",
    ],
)
def test_bare_echo_or_valueless_pattern_gives_nothing(parser: ReportParser, text: str) -> None:
    assert labels_of(parser, text, FIELD) == []
