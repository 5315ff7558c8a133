"""A side abbreviation glossed once with its English side word ("(re = right, li = left)", "right (re)") is in use
as a side in the whole report: glossed_abbreviations.py."""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser

BR = "Breast"
KI = "Kidney and ureter"

_TABLE = ("\n| No | Side | Clock | Size (mm) | Comment |\n"
          "| 1 | li | 2 h | 9 x 6 | oval hypoechoic nodule, circumscribed |\n"
          "| 2 | re | 10 h | 5 x 4 | anechoic simple cyst |")

GLOSSED = [
    # a legend under the title, then the abbreviations bare in a table's side column
    ("BREAST US - tabular report (re = right, li = left)" + _TABLE, 9, (BR, "left")),
    ("BREAST US - tabular report (re = right, li = left)" + _TABLE, 5, (BR, "right")),
    # the abbreviation bracketed right after the English word
    ("Renal US, sides given as right (re) and left (li)\n| Pole | Side | Finding |\n"
     "| upper | li | cortical cyst 18 mm |\n| lower | re | no lesion |", 18, (KI, "left")),
    # the English word bracketed right after the abbreviation
    ("Breast sonography; sides abbreviated re (right) and li (left).\nSimple cyst li 7 mm at 3 o'clock.", 7,
     (BR, "left")),
]


@pytest.mark.parametrize(("text", "size", "expected"), GLOSSED)
def test_glossed_abbreviation_is_a_side(parser: ReportParser, text: str, size: float, expected: tuple) -> None:
    assert lesion_of_size(parser, text, size) == expected


NOT_GLOSSED = [
    # a colon is no gloss: "Re:" is a letter's "regarding"
    ("Re: breast lump, tabular report" + _TABLE, 9, (BR, None)),
    # set equal to a word that is no side
    ("BREAST US - tabular report (re = regarding)" + _TABLE, 9, (BR, None)),
    # a bracket after the abbreviation that holds no side word is an aside, not a gloss
    ("BREAST US re (lump referral from GP)" + _TABLE, 5, (BR, None)),
]


@pytest.mark.parametrize(("text", "size", "expected"), NOT_GLOSSED)
def test_no_side_without_a_gloss(parser: ReportParser, text: str, size: float, expected: tuple) -> None:
    assert lesion_of_size(parser, text, size) == expected
