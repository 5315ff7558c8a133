"""A worksheet's answer offered in an empty box ("[ ] none", "( ) absent", "☐ possible") is not the writer's answer:
it denies or doubts nothing, so the option ticked after it is stated (checkboxes.offered_cues). A form's margin key
still names the margin when the value stands behind its ticked box ("Margin: [x] irregular": ill-defined, as
"Margin: irregular" is; margins.py _contour_key_before). Hand-written sentences, never corpus lines."""

from __future__ import annotations

import pytest
from parser_reading import labels_of, reading_of

from udt.parser import ReportParser

PA, IC, MARGINS, SHAPE = "PosteriorAcoustics", "InternalCharacteristics", "Margins", "Shape"

OFFERED_ANSWERS = [
    ("Lesion 1\n  Posterior: [ ] none [ ] enhancement [x] shadowing\n", PA, "shadowing", "present"),
    ("Calcifications: ( ) absent (x) microcalcifications", IC, "calcifications", "present"),
    ("Posterior features: ☐ none ☒ enhancement", PA, "enhancement", "present"),
    # near misses: the negative answer is the one ticked, or written in prose
    ("Posterior: [x] none [ ] enhancement [ ] shadowing", PA, "shadowing", None),
    ("Calcifications: [x] none [ ] microcalcifications", IC, "calcifications", "absent"),
    ("Calcifications: [ ] yes [x] no", IC, "calcifications", "absent"),
    ("No posterior shadowing (arrow).", PA, "shadowing", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), OFFERED_ANSWERS)
def test_an_offered_answer_denies_nothing(parser: ReportParser, text: str, field: str, value: str,
                                          expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


TICKED_MARGIN_KEYS = [
    ("Margin: [x] irregular [ ] circumscribed", MARGINS, ["ill-defined/indistinct"]),
    ("Margins: [x] lobulated", MARGINS, ["ill-defined/indistinct"]),
    ("Margin: [x] irregular [ ] circumscribed", SHAPE, []),
    # near misses: a shape key, and a margin key written without a box
    ("Shape: [x] irregular [ ] oval", SHAPE, ["irregular"]),
    ("Margin: irregular", MARGINS, ["ill-defined/indistinct"]),
]


@pytest.mark.parametrize(("text", "field", "expected"), TICKED_MARGIN_KEYS)
def test_a_margin_key_reads_past_its_ticked_box(parser: ReportParser, text: str, field: str,
                                                expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected
