"""Spoken dictation transcribed raw (udt.parser.dictation): punctuation and line breaks spoken as words, numbers in
words, and the homophones a speech recogniser writes ("write kidney", "sist", "plural effusion", "a for millimetre
focus", "too nodules"). Passages written for this file.

Rows: a dictated passage and the lesion findings it should give, in report order: (organ, released diagnosis,
side, largest size in mm), read as from the written report.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, labels_of, lesions_of

from udt.parser import ReportParser
from udt.parser import termset as ts
from udt.parser.dictation import Dictation

Row = tuple[str, list[Lesion]]

# 1. Sizes in words: "point" decimals, "nought/oh" digits after a point, "hundred and", a unit after the number.
SIZES_IN_WORDS: list[Row] = [
    (
        "liver ultrasound full stop new line a twelve millimetre hypo echoic lesion in segment seven full stop",
        [("Liver", None, None, 12.0)],
    ),
    (
        "spleen full stop new line there is a splenic sist measuring two point four centimetres full stop",
        [("Spleen", "cyst", None, 24.0)],
    ),
    (
        "new line gallbladder colon three stones comma the largest nought point nine centimetres full stop new line",
        [("Gallbladder and bile ducts", None, None, 9.0)],
    ),
    (
        "left breast colon a simple cyst of one point oh five centimetres at two o'clock full stop new line",
        [("Breast", "cyst", "left", 10.5)],
    ),
]

# 2. Homophones of side, lesion and size words: "write", "sist", "plural", "for millimetre", "too/to" counts.
HOMOPHONES: list[Row] = [
    (
        "write ovary colon a sist of thirty one millimetres full stop new line left ovary normal full stop",
        [("Adnexa", "cyst", "right", 31.0)],
    ),
    (
        "new line a for millimetre calculus in the lower pole of the write kidney full stop new line bladder normal "
        "full stop",
        [("Kidney and ureter", None, "right", 4.0)],
    ),
    (
        "chest full stop new line a small write plural effusion measuring two centimetres in depth full stop",
        [("Pleural space", "fluid collection", "right", 20.0)],
    ),
    (
        "left kidney colon there are to simple sists measuring one point two and nought point six centimetres full "
        "stop new line",
        [("Kidney and ureter", "cyst", "left", 12.0), ("Kidney and ureter", "cyst", "left", 6.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIZES_IN_WORDS + HOMOPHONES)
def test_a_dictated_report_is_read_in_its_written_form(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


def test_the_evidence_points_at_the_words_as_dictated(parser: ReportParser) -> None:
    text = "new line the write kidney contains a simple sist full stop new line no free fluid full stop"
    report = parser.parse(text)
    spans = {(m.dimension, m.text) for m in report.mentions}
    assert ("Organ_level", "write kidney") in spans
    assert ("Diagnosis", "simple sist") in spans
    assert all(text[m.start : m.end] == m.text for m in report.mentions)


# 3. Written text is never rewritten: "comma", "colon", "write", "to" keep their meaning without spoken punctuation,
#    and the bowel's colon stays an organ in dictation.
WRITTEN_TEXT = [
    "Sigmoid colon: wall 5 mm. Right kidney normal.",
    "Referred to clinic. Two cysts in the liver, 1.2 and 0.8 cm.",
]


@pytest.mark.parametrize("text", WRITTEN_TEXT)
def test_written_text_is_left_as_it_is(text: str) -> None:
    assert Dictation(ts.DEFAULT_TERMSET).written_form(text) is None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "the sigmoid colon is thickened full stop new line impression colon colitis full stop",
            "the sigmoid colon is thickened.\nimpression: colitis.",
        ),
        (
            "referred to clinic full stop new line segment six lesion full stop",
            "referred to clinic.\nsegment six lesion.",
        ),
        ("volume four hundred and twenty mils full stop new line", "volume 420 ml.\n"),
    ],
)
def test_spoken_marks_and_numbers_are_written(text: str, written: str) -> None:
    form = Dictation(ts.DEFAULT_TERMSET).written_form(text)
    assert form is not None and form.text == written


def test_dictated_organs_are_labelled(parser: ReportParser) -> None:
    text = (
        "thyroid full stop new line write lobe colon too nodules comma the larger one point one centimetres full "
        "stop new line"
    )
    assert labels_of(parser, text, "Diagnosis") == ["nodule"]
