"""A slashed hedge abbreviation ("s/o", "f/s/o", "r/o") written after the diagnosis it doubts, at the end of its clause
("IMPRESSION: Intramural fibroid s/o.", "angiomyolipoma S/O."), hedges that diagnosis as "haematoma likely." does
(guideline: "angiomyolipoma S/O" hedges). Before, the full stop stayed glued to the last letter as an English initial
("o.", "O."), which hid both the cue and the sentence's end.

Guards: the abbreviation before a diagnosis still doubts what follows it, and only that; the stop after it ends the
sentence, so a finding in the next sentence stays asserted; German "o.B." (ohne Befund) still reads normal.
Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    "text",
    [
        "IMPRESSION:\n- Intramural fibroid s/o.\n- Cholelithiasis.",
        "Right kidney: 12 mm echogenic cortical lesion, angiomyolipoma S/O.",
        "Conclusion: posterior wall fibroid s/o, for follow-up in 6 months.",
    ],
)
def test_trailing_slashed_abbreviation_doubts_the_diagnosis_before_it(parser: ReportParser, text: str) -> None:
    assert reading_of(parser, text, "Diagnosis", "mass") == "uncertain"


def test_leading_abbreviation_still_doubts_what_follows(parser: ReportParser) -> None:
    text = "Uterus: 2 cm hypoechoic lesion in the posterior wall, s/o fibroid. Both ovaries normal."
    assert reading_of(parser, text, "Diagnosis", "mass") == "uncertain"
    assert reading_of(parser, text, "Diagnosis", "normal appearance") == "present"


def test_the_stop_after_the_abbreviation_ends_its_sentence(parser: ReportParser) -> None:
    # near miss: the cue looks back at the fibroid only, the cyst after the full stop is asserted
    text = "IMPRESSION: Intramural fibroid s/o. Left ovarian simple cyst 2 cm."
    assert reading_of(parser, text, "Diagnosis", "mass") == "uncertain"
    assert reading_of(parser, text, "Diagnosis", "cyst") == "present"


def test_german_normal_abbreviation_keeps_its_stops(parser: ReportParser) -> None:
    # near miss: "o.B." is no slashed abbreviation
    assert reading_of(parser, "Harnblase o.B. Nieren beidseits o.B.", "Diagnosis", "normal appearance") == "present"
