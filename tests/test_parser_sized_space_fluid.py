"""A space that holds fluid, measured before the fluid that fills it: "the olecranon bursa is distended to 3.4 x 1.8
cm with complex fluid". The bare "fluid" is a collection when it is placed in named anatomy within a few words; the
space's own size ("to 3.4 x 1.8 cm", four words of numbers and units) stood between them and parted the fluid from
its place, so the collection was lost. A size between them no longer counts towards the gap.

Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, lesions_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    "text",
    [
        "The olecranon bursa is distended to 3.4 x 1.8 cm with complex fluid and thick septa.",
        "Left elbow: olecranon bursa distended, 2.8 x 1.1 cm, anechoic fluid with a few septations.",
        "Prepatellar bursa distended to 25 x 9 mm with echogenic fluid.",
    ],
)
def test_sized_bursa_with_fluid_is_a_collection(parser: ReportParser, text: str) -> None:
    assert "fluid collection" in labels_of(parser, text, "Diagnosis")


def test_sized_lumen_with_fluid_is_no_collection(parser: ReportParser) -> None:
    # Near miss: a hollow organ's content, however measured, is not a collection.
    text = "The stomach is distended to 12 x 8 cm with fluid; no focal lesion."
    assert "fluid collection" not in labels_of(parser, text, "Diagnosis")


def test_sized_cyst_content_is_no_collection(parser: ReportParser) -> None:
    # Near miss: the fluid filling a cyst is its content.
    text = "Right ovary 3.1 x 2.0 x 2.2 cm with a 19 mm cyst filled with fluid."
    assert [d for _, d, _, _ in lesions_of(parser, text)] == ["cyst"]
