"""A report's title line names the study and its reason (udt.parser.study_titles): a lesion word there makes no
finding of its own; the body's measured lesions are the findings. Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, labels_of, lesions_of

from udt.parser import ReportParser
from udt.parser.study_titles import title_end

Row = tuple[str, list[Lesion]]

TITLES: list[Row] = [
    (
        "THYROID ULTRASOUND - NODULE SURVEILLANCE\nRight lobe: 14 mm solid isoechoic nodule, lower pole.\n"
        "Left lobe normal.",
        [("Thyroid gland", "nodule", "right", 14.0)],
    ),
    (
        "Renal US (known right renal cyst)\nRight kidney 10.9 cm with a 27 mm simple cyst at the upper pole.",
        [("Kidney and ureter", "cyst", "right", 27.0)],
    ),
    (
        "Breast clinic review - left breast abscess\nLeft breast 3 o'clock: 19 mm thick-walled collection.\n"
        "No further collection.",
        [("Breast", "fluid collection", "left", 19.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_a_lesion_in_the_study_title_makes_no_finding(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


def test_the_title_is_still_read_for_labels(parser: ReportParser) -> None:
    text = "Renal US (known right renal cyst)\nRight kidney 10.9 cm with a 27 mm simple cyst."
    assert labels_of(parser, text, "Diagnosis") == ["cyst"]


@pytest.mark.parametrize(
    "text",
    [
        "Liver: 2 cm cyst in segment 6\nSpleen normal.",  # a template line, not a title
        "Simple cyst in the right ovary 3 cm.\nUterus normal.",  # a sentence
        "Right ovarian cyst\nUterus normal.",  # no study word
        "Renal ultrasound",  # nothing after it
    ],
)
def test_a_first_line_that_is_no_title(text: str) -> None:
    assert title_end(text) == 0
