"""Inventory (stop 31, quality113: restated lesions), the class fixed here: a referral's question that names a
lesion ("Question: nodule re.?").

The question is a history section ("Question:", termset.SECTION_KINDS), as "Clinical question:" and "Referral:"
were: it names what the scan is to look for, no lesion of its own. Before, it opened an unsized lesion which the
summary's measured one ("Assessment: ... dominant nodule re. caudal 17 mm") restated first, so the measured nodule
stayed beside it, a duplicate that took the position, hence the size and side, of a later gold lesion. Inside a line
the answer follows a "?": a heading may start there now (sentences._ITEM_MARKS), and "Answer:" opens the conclusion
("Question: what is the lesion behind the right lobe? Answer: a parathyroid adenoma", dev row j021, a guard).

Development rows (id, fragment, expected, got before the fix):
  nx002  "Li.: two small echo-poor nodules, 4 and 7 mm" (the 7 mm nodule)   7 mm left   17 mm right (dup.)

Tried and left: a sized summary restating the measured lesion before a hedged unmeasured one (a question without a
heading: "Question GP: swelling ..., Baker?"). It moved other reports' sizes off lesions written earlier, which the
scorer pairs first, and nh047's field-per-line nodule ("NODULE 1 LOCATION: ..." / "NODULE 1 SIZE: ...") is split
into an unsized and a sized lesion whose unsized half the gold quotes.

Rows are (organ, released diagnosis, side, largest size in mm) of each lesion finding, in report order.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

TH, KI, LI = "Thyroid gland", "Kidney and ureter", "Liver"

Row = tuple[str, list[Lesion]]

QUESTION_HEADINGS: list[Row] = [
    (
        "Referral: GP. Question: nodule left?\n"
        "Thyroid: left lobe, lower pole: solid nodule 14 x 10 x 9 mm. Right lobe: nodule 5 mm.\n"
        "Assessment: dominant nodule left 14 mm, TR4.",
        [(TH, "nodule", "left", 14.0), (TH, "nodule", "right", 5.0)],
    ),
]

# Guards: today's answers that must hold (an "Indication:" question, a size stated only in the summary).
GUARDS: list[Row] = [
    ("Findings: a cyst in the right kidney.\nImpression: right renal cyst, 14 mm.", [(KI, "cyst", "right", 14.0)]),
    (
        "Indication: ?renal cyst right.\nRight kidney: simple cyst 22 mm, upper pole. Left kidney: cyst 8 mm.\n"
        "Impression: right renal cyst 22 mm.",
        [(KI, "cyst", "right", 22.0), (KI, "cyst", "left", 8.0)],
    ),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), QUESTION_HEADINGS)
def test_question_heading_opens_no_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A question inside a line is answered after its "?": "Answer:" opens the conclusion there (sentences._ITEM_MARKS), as
# a heading after "." does; the answer names the lesion the findings placed beside a landmark (guard, dev row j021).
QUESTIONS: list[Row] = [
    (
        "Ultrasound: the thyroid shows a 9 mm cyst in the left lobe. Behind the lower pole of the left lobe lies a "
        "12 x 7 mm oval hypoechoic lesion. Question: what is the lesion behind the left lobe? "
        "Answer: a parathyroid adenoma.",
        [(TH, "cyst", "left", 9.0), ("Parathyroid glands", "nodule", "left", 12.0)],
    ),
    (
        "Referral: GP. Question: nodule left?\nThyroid: left lobe, lower pole: solid nodule 14 x 10 x 9 mm.\n"
        "Assessment: dominant nodule left 14 mm, TR4.",
        [(TH, "nodule", "left", 14.0)],
    ),
    (
        "Questions: renal cyst? stones?\nRight kidney: cyst 22 mm in the upper pole. No stones.",
        [(KI, "cyst", "right", 22.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUESTIONS)
def test_referral_question_names_no_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
