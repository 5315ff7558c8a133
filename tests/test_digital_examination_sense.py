""""Digital" naming an examination by the examiner's finger ("digital exam", "digital rectal examination") or a
technique ("digital subtraction angiography"): no fingers examined. The digits' own structures keep the fingers
("the digital flexor tendon sheath")."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

FINGERS = "Fingers"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize("text", [
    "Low-lying placenta, inferior edge 1 cm from the internal os. No digital exam until previa is excluded.",
    "Digital rectal examination: enlarged, smooth prostate. Transabdominal prostate volume 58 ml.",
])
def test_a_digital_examination_names_no_fingers(parser: ReportParser, text: str) -> None:
    assert FINGERS not in labels_of(parser, text, "Organ_level")


def test_a_digital_structure_keeps_the_fingers(parser: ReportParser) -> None:
    text = "Swelling of the digital flexor tendon sheath of the index finger with fluid, 3 mm."
    assert FINGERS in labels_of(parser, text, "Organ_level")
