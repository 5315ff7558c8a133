"""The side of the part a case presents with reaches the later lesions of that part that name no side of their own:
presented_sides.py."""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser

BR, SC, ST, K = "Breast", "Scrotum", "Soft tissues", "Kidney and ureter"

PRESENTED = [
    # an age and a complaint, the organ named with its side; the scan's lesions after it name no side
    ("A 41-year-old woman presented with a firm lump in the right breast. Ultrasound at 10 o'clock, 4 cm from the "
     "nipple, showed an oval hypoechoic mass of 17 x 11 mm with circumscribed margins.", 17, (BR, "right")),
    ("Teaching case. A 28-year-old man with a painless left testicular swelling. B-mode showed a 12 mm hypoechoic "
     "intratesticular mass with internal vascularity.", 12, (SC, "left")),
    # "of 63 years" names the age; the thigh's lipoma lies under the skin, in a sentence of no side
    ("Soft tissue US. Patient of 63 years with swelling of the posterior left thigh. In the subcutaneous fat there "
     "is an oval hyperechoic lesion of 3,2 x 1,4 cm without flow, compatible with lipoma.", 32, (ST, "left")),
    # the report moves to the other side only after the lesion: the lesion before keeps the presented side
    ("Case: a 36-year-old woman presented with a tender lump in the left breast. Ultrasound at 3 o'clock showed an "
     "irregular collection of 29 x 18 mm with debris. A 6 mm simple cyst was seen in the right breast.",
     29, (BR, "left")),
]


@pytest.mark.parametrize(("text", "size", "expected"), PRESENTED)
def test_presented_side_reaches_unsided_lesion(parser: ReportParser, text: str, size: float,
                                               expected: tuple) -> None:
    assert lesion_of_size(parser, text, size) == expected


def test_lesion_after_the_other_side_keeps_none(parser: ReportParser) -> None:
    # the right breast is named between the presentation and the cyst: the report has moved on, its side is open
    text = ("A 52-year-old woman with a lump in the left breast. The right breast shows fibroglandular tissue only. "
            "At 2 o'clock there is a 7 mm simple cyst.")
    assert lesion_of_size(parser, text, 7)[1] != "left"


def test_own_clause_side_is_kept(parser: ReportParser) -> None:
    # the lesion's own sentence names its side: the presentation's never overrides it
    text = ("A 45-year-old woman presented with a lump in the left breast. An 8 mm simple cyst lies in the right "
            "breast at 9 o'clock.")
    assert lesion_of_size(parser, text, 8) == (BR, "right")


def test_organ_the_presentation_does_not_name_gets_no_side(parser: ReportParser) -> None:
    # "left breast" says nothing of the kidney's side
    text = ("A 60-year-old woman presented with a lump in the left breast. Incidentally, a 14 mm cortical cyst was "
            "seen in the kidney.")
    assert lesion_of_size(parser, text, 14) == (K, None)


def test_two_sides_in_the_presentation_give_none(parser: ReportParser) -> None:
    # the presentation names both sides: it presents no one side
    text = ("A 38-year-old woman with pain in the left breast and a lump in the right breast. Ultrasound at "
            "10 o'clock showed a 9 mm oval hypoechoic mass.")
    assert lesion_of_size(parser, text, 9)[1] is None


def test_past_operation_names_no_presented_organ(parser: ReportParser) -> None:
    # "right hemicolectomy for colon cancer": the side is the operation's, not the colon's words, and no complaint
    text = ("A 61-year-old man had a right hemicolectomy for colon cancer two years ago. Surveillance ultrasound "
            "showed a 15 mm hypoechoic lesion in the colon wall.")
    assert lesion_of_size(parser, text, 15)[1] is None


def test_sentence_with_a_size_is_no_presentation(parser: ReportParser) -> None:
    # a sentence measuring a lesion reports the scan, whose lesions the usual rules place
    text = ("A 55-year-old man with a 3 cm right renal mass on CT. Ultrasound: a 22 mm echogenic lesion is seen in "
            "the kidney.")
    assert lesion_of_size(parser, text, 22)[1] is None


def test_region_of_one_abdomen_gives_no_side(parser: ReportParser) -> None:
    # "right lower quadrant pain": a quadrant's side is no organ's laterality
    text = ("Patient 9 years old, right lower quadrant pain since yesterday. The appendix is non-compressible, "
            "diameter 8 mm, with a 5 mm appendicolith at its base.")
    assert lesion_of_size(parser, text, 5)[1] is None


def test_indication_line_presents_the_side(parser: ReportParser) -> None:
    # "Indication:" keys the reason for the scan: its one side is the examined part's
    text = ("SCROTAL ULTRASOUND\nIndication: painful swelling of the left testis.\nFindings: the testis contains a "
            "9 mm hypoechoic avascular area in the lower pole. Epididymis normal.")
    assert lesion_of_size(parser, text, 9) == (SC, "left")
