"""A translated report's "liquid dark area" measured by its layer ("Left pleural cavity see liquid dark area, depth
about 2.2cm") is a fluid collection, as "liquid, layer 12 mm" is (udt.parser.senses: a bare "liquid" is a
collection where measured). An echo-free area of an organ sized as a lesion ("a liquid dark area about 3.1x2.4cm")
or one neither measured nor denied is not read as one. Passages written for this file."""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of, reading_of

from udt.parser import ReportParser

MEASURED: list[tuple[str, list[Lesion]]] = [
    (
        "Left pleural cavity see liquid dark area, depth about 2.2cm. Right pleural cavity no liquid dark area.",
        [("Pleural space", "fluid collection", "left", 22.0)],
    ),
    ("Pelvic cavity see liquid dark area, depth about 3.1cm.", [(None, "fluid collection", None, 31.0)]),
]

UNREAD: list[str] = [
    # an area sized as a lesion of the ovary: not the layer of a collection
    "Right ovary see a liquid dark area about 3.1x2.4cm, boundary clear.",
    # neither measured nor placed by a preposition
    "Left pleural cavity see liquid dark area.",
]


@pytest.mark.parametrize(("text", "expected"), MEASURED)
def test_a_measured_liquid_dark_area_is_a_collection(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize("text", UNREAD)
def test_an_unmeasured_or_lesion_sized_dark_area_is_no_collection(parser: ReportParser, text: str) -> None:
    assert reading_of(parser, text, "Diagnosis", "fluid collection") is None


def test_a_denied_liquid_dark_area_stays_absent(parser: ReportParser) -> None:
    assert reading_of(parser, "Left pleural cavity no liquid dark area.", "Diagnosis", "fluid collection") == "absent"
