"""Hedges that meet a term or a section the context pass reads on its own.

A diagnosis named by its rank among the doubts ("the leading diagnosis is an endometrioma", "an abscess is the
working diagnosis"): the hedge ends on the noun "diagnosis", itself a (generic) mention, and was dropped as a cue
overlapping it (ranked_diagnoses.py). Near misses: a diagnosis called final or plain stays asserted, and "the leading
edge" ranks no diagnosis.

A discussion or teaching point whose first sentence turns to the case after a semicolon ("...is a known pitfall;
this is likely an infected thyroglossal duct cyst"): the lesson ends at the semicolon, and the clause after it
weighs the case's own lesion (sentences._lesson_turns). Near miss: a second general clause stays a lesson.

A row names the report-level reading of one value, as the corpus scoring reads it: "present" (labelled), "absent" or
"uncertain" (a mention with that status and no label), or None. No row is a corpus sentence."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

DX, SHAPE = "Diagnosis", "Shape"

RANKED = [
    ("Right adnexa: 3.5 cm unilocular lesion with uniform low-level echoes. The leading diagnosis is an "
     "endometrioma; follow-up in 8 weeks.", DX, "cyst", "uncertain"),
    ("Tender 4 cm hypoechoic area in the wound with debris. Working diagnosis: abscess. Aspiration booked.",
     DX, "fluid collection", "uncertain"),
    ("Lobulated subcutaneous lesion of the back, 3 cm, no flow; a lipoma remains the preferred diagnosis.",
     DX, "mass", "uncertain"),
    ("Heterogeneous 5 cm area in the rectus sheath after the fall; a haematoma was our working diagnosis.",
     DX, "fluid collection", "uncertain"),
    # near misses: a settled or plain diagnosis is asserted; "leading edge" ranks nothing
    ("Tender 4 cm hypoechoic area in the wound with debris. The final diagnosis is an abscess.",
     DX, "fluid collection", "present"),
    ("The leading edge of the mass is lobulated, 2.4 cm, with internal flow.", SHAPE, "lobulated", "present"),
    ("The leading edge of the mass is lobulated, 2.4 cm, with internal flow.", DX, "mass", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), RANKED)
def test_ranked_diagnosis_hedges(parser: ReportParser, text: str, field: str, value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


LESSON_TURNS = [
    ("Case: 7-year-old boy with a painless lump below the hyoid. US shows a 2 cm well-defined midline lesion with "
     "posterior enhancement and no flow. Discussion: internal debris can make such lesions look solid; this is "
     "probably an infected thyroglossal duct cyst.", DX, "cyst", "uncertain"),
    ("Case: 40-year-old woman, lump in the right breast. US: 12 mm oval circumscribed hypoechoic lesion. "
     "Teaching point: circumscribed lesions are usually benign; here a fibroadenoma is most likely.",
     DX, "mass", "uncertain"),
    # near miss: both clauses teach, so nothing after the semicolon is the case's
    ("Case: 40-year-old woman, lump in the right breast. US: 12 mm oval circumscribed hypoechoic nodule. "
     "Teaching point: circumscribed lesions are usually benign; an abscess has a thick wall and debris.",
     DX, "fluid collection", None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), LESSON_TURNS)
def test_lesson_turns_to_its_case(parser: ReportParser, text: str, field: str, value: str,
                                  reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading
