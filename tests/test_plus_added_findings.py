""""plus" adds a finding of its own: the hedge or negation before it does not reach past it ("cannot exclude a full
thickness component' plus 'fluid in the subacromial bursa'", "possible small abscess plus a 2 cm simple cyst"), as
"and a" already ends a cue's scope (termset._TERMINATE).

Guards: the cue still covers what stands before "plus", and a finding after it that is hedged in its own words
stays doubted. Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

from parser_reading import reading_of

from udt.parser import ReportParser


def test_hedge_stops_at_plus(parser: ReportParser) -> None:
    text = "Liver: possible small abscess in segment 6 plus a 2 cm simple cyst in the left lobe."
    assert reading_of(parser, text, "Diagnosis", "fluid collection") == "uncertain"
    assert reading_of(parser, text, "Diagnosis", "cyst") == "present"


def test_quoted_hedge_stops_at_plus(parser: ReportParser) -> None:
    text = ("the report says 'partial thickness tear of supraspinatus, cannot exclude a full thickness component' "
            "plus 'fluid in the subacromial bursa'. is that bad?")
    assert reading_of(parser, text, "Diagnosis", "fluid collection") == "present"


def test_negation_stops_at_plus(parser: ReportParser) -> None:
    text = "Pelvis: no free fluid plus a 3 cm simple cyst in the right ovary."
    assert reading_of(parser, text, "Diagnosis", "fluid collection") == "absent"
    assert reading_of(parser, text, "Diagnosis", "cyst") == "present"


def test_finding_after_plus_hedged_in_its_own_words(parser: ReportParser) -> None:
    # near miss: "plus" ends the first cue, the second hedge doubts its own finding
    text = "Right breast: probable fibroadenoma at 10 o'clock plus a possible small cyst at 2 o'clock."
    assert reading_of(parser, text, "Diagnosis", "mass") == "uncertain"
    assert reading_of(parser, text, "Diagnosis", "cyst") == "uncertain"
