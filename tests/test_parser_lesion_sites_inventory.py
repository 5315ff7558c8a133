"""Inventory: which organ and side a lesion is put in, for wordings of new writers (passages written for this file, in
the voices of locum dictation, worksheets, translated reports and figure legends). One table per class; each row
gives a passage and the (organ, released diagnosis, side, largest size in mm) of every lesion finding, in report
order; near misses are rows that must not trigger the rule.

Conventions as in ``tests/test_parser_findings_inventory.py`` (``benchmarks/data/CORPUS_GUIDELINE.md``): the side is
left/right/bilateral for paired organs and lateral parts, None for midline or segmental sites (a liver segment).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

K, TH, LI, SP, PL, UT = "Kidney and ureter", "Thyroid gland", "Liver", "Spleen", "Pleural space", "Uterus"

# 1. An organ named by an abbreviation that holds its side ("RK", "LK", "RTL", "LTL": the ontology's right kidney,
#    left thyroid lobe) is on that side although no side word stands next to it; a lesion it places is too.
SIDED_ABBREVIATIONS: list[tuple[str, list[Lesion]]] = [
    ("RK 11.2 cm. 9 mm cortical cyst, upper pole. LK 10.8 cm, normal.", [(K, "cyst", "right", 9.0)]),
    ("LK 10.4 cm with a 6 mm lower pole calculus, no hydronephrosis.", [(K, None, "left", 6.0)]),
    ("Kidneys: RK 10.9 cm, no hydro.\nLK 11.5 cm: 25 mm exophytic cyst at the upper pole.",
     [(K, "cyst", "left", 25.0)]),
    ("RTL 4.8 cm, containing a 12 mm solid nodule at the lower pole. LTL 4.5 cm, no nodule.",
     [(TH, "nodule", "right", 12.0)]),
    ("Thyroid: LTL 4.1 x 1.6 cm. Spongiform nodule 7 mm mid pole.", [(TH, "nodule", "left", 7.0)]),
    # near misses: a side word still decides; a lobe of the unpaired liver has no side
    ("RK normal. A 2 cm cyst in the left kidney.", [(K, "cyst", "left", 20.0)]),
    ("LK 11 cm, normal. Right kidney: 14 mm cyst.", [(K, "cyst", "right", 14.0)]),
    ("Right liver lobe: 2 cm haemangioma.", [(LI, "mass", None, 20.0)]),
]


@pytest.mark.parametrize(("text", "expected"), SIDED_ABBREVIATIONS)
def test_an_abbreviation_holding_its_side(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# 2. A lesion placed by a numbered liver segment ("in segment 8", "S7", "segment IVb") is in the liver, even in a report
#    that names other organs or described another organ in the sentences before (the segment is the only word that
#    says where it lies); it has no side.
LIVER_SEGMENT_PLACES: list[tuple[str, list[Lesion]]] = [
    ("Right kidney 10.8 cm, normal. A 2.4 cm hypoechoic lesion in segment 6.", [(LI, None, None, 24.0)]),
    ("Right pleural effusion, 3 cm deep. A 4.5 cm thick-walled collection in segment 8, likely an abscess.",
     [(PL, "fluid collection", "right", 30.0), (LI, "fluid collection", None, 45.0)]),
    ("The spleen measures 9 cm; a 15 mm cyst lies in S7.", [(LI, "cyst", None, 15.0)]),
    ("Left kidney shows a 1.2 cm echogenic focus at the mid pole. The liver is 14 cm; there is a 16 mm hypoechoic "
     "lesion in segment IVb.", [("Kidney and ureter", None, "left", 12.0), (LI, None, None, 16.0)]),
    ("Spleen 11 cm. Thick-walled collection in segment 7, 3 cm, with debris.", [(LI, "fluid collection", None, 30.0)]),
    ("Segment 2: 9 mm echogenic lesion, likely haemangioma. Right kidney 11 cm.", [(LI, None, None, 9.0)]),
    # near misses: a segment without a Couinaud number, or a number that is a measurement, places nothing
    ("Lower uterine segment 5 mm. A 2 cm fibroid in the fundus.", [(UT, "mass", None, 20.0)]),
    ("Right kidney: a 2 cm cyst in the upper segment.", [(K, "cyst", "right", 20.0)]),
    ("Spleen: 14 mm cyst at the lower pole. Liver normal.", [(SP, "cyst", None, 14.0)]),
]


@pytest.mark.parametrize(("text", "expected"), LIVER_SEGMENT_PLACES)
def test_a_numbered_liver_segment_places_a_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# 3. A diagnosis whose own words name its organ ("pleural effusion", "parathyroid adenoma", "renal cyst") is in that
#    organ, not in the organ the sentences before described, which cannot hold it (a pleural effusion after the liver
#    or the pericardium, a parathyroid adenoma behind a thyroid lobe); it takes its side from its own words or from
#    the landmark that places it. A diagnosis that names no organ ("haemangioma") still yields to the organ under
#    description.
PT, HM = "Parathyroid glands", "Heart and mediastinum"
ORGAN_IN_THE_NAME: list[tuple[str, list[Lesion]]] = [
    ("Spleen 11 cm. Small left pleural effusion.", [(PL, "fluid collection", "left", None)]),
    ("Pericardium: trace effusion. Right pleural effusion, 2 cm deep.",
     [(HM, "fluid collection", None, None), (PL, "fluid collection", "right", 20.0)]),
    ("Liver transplant: graft parenchyma homogeneous, 15 cm. Left pleural effusion of 25 mm depth.",
     [(PL, "fluid collection", "left", 25.0)]),
    ("Thyroid: right lobe 4.9 cm, left lobe 4.6 cm. Behind the left lower pole, a 12 mm oval hypoechoic parathyroid "
     "adenoma.", [(PT, "nodule", "left", 12.0)]),
    ("RIGHT THYROID LOBE: 5 cm. Enlarged parathyroid gland posterior to the lower pole, 14 mm.",
     [(PT, "nodule", "right", 14.0)]),
    ("SPLEEN: 13 cm, two small cysts, larger 7 mm. Incidental 15 mm renal cyst, left upper pole.",
     [(SP, "cyst", None, 7.0), (K, "cyst", "left", 15.0)]),
    ("Liver 15 cm, coarse. Incidental 2 cm renal cyst.", [(K, "cyst", None, 20.0)]),
    # ... also as the name a later word gives a lesion ("a nodule, in keeping with a parathyroid adenoma")
    ("Right thyroid lobe 4.8 cm. Behind its lower pole there is a 12 mm oval hypoechoic nodule, in keeping with a "
     "parathyroid adenoma.", [(PT, "nodule", "right", 12.0)]),
    ("Thyroid normal. Posterior to the left lobe, a 9 x 5 mm hypoechoic nodule, consistent with an enlarged "
     "parathyroid gland.", [(PT, "nodule", "left", 9.0)]),
    # near misses: the organ under description holds a lesion whose name states no organ; an organ named before
    # the lesion in its own sentence places it
    ("Pleural spaces clear. Spleen: 10 mm cyst.", [(SP, "cyst", None, 10.0)]),
    ("Right thyroid lobe: 14 mm solid nodule.", [(TH, "nodule", "right", 14.0)]),
    ("Left kidney: 12 mm cortical cyst at the upper pole.", [(K, "cyst", "left", 12.0)]),
    ("Right lobe: 14 mm nodule, in keeping with a colloid nodule.", [(TH, "nodule", "right", 14.0)]),
]


@pytest.mark.parametrize(("text", "expected"), ORGAN_IN_THE_NAME)
def test_a_diagnosis_that_names_its_organ(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# 4. A plural lesion word heading a line of its own ("Fibroids:", "NODULES:", "Cysts:") announces a list: each line
#    after it that gives a size and names no organ or lesion of its own ("F2 - fundal subserosal, 12 mm", "N1 - R mid:
#    14 mm", "2) lower pole 9 mm") is one lesion of that kind, with its own size and the side its line states.
BR = "Breast"
LESION_LISTS: list[tuple[str, list[Lesion]]] = [
    ("Fibroids:\n F1 - anterior intramural, 31 mm\n F2 - posterior subserosal, 14 x 12 mm\nOvaries normal.",
     [(UT, "mass", None, 31.0), (UT, "mass", None, 14.0)]),
    ("Thyroid: R lobe 4.6 cm, L lobe 4.2 cm.\nNodules:\nN1 - R upper pole: 12 x 8 mm, solid, hypoechoic.\nN2 - L mid: "
     "6 mm, spongiform.", [(TH, "nodule", "right", 12.0), (TH, "nodule", "left", 6.0)]),
    ("RIGHT KIDNEY: 11 cm.\nCysts:\n1) upper pole 22 mm\n2) lower pole 9 mm",
     [(K, "cyst", "right", 22.0), (K, "cyst", "right", 9.0)]),
    ("Liver 15 cm.\nLesions:\n- segment 6: 18 mm, hypoechoic\n- segment 2: 7 mm, echogenic",
     [(LI, None, None, 18.0), (LI, None, None, 7.0)]),
    ("Left breast.\nCysts:\n 3 o'clock, 8 mm\n 9 o'clock, 5 mm",
     [(BR, "cyst", "left", 8.0), (BR, "cyst", "left", 5.0)]),
    # near misses: a heading with its own words on the line, or a line that names an organ, ends no list
    ("Gallstones: multiple, largest 14 mm.\nCBD 5 mm.", [("Gallbladder and bile ducts", None, None, 14.0)]),
    ("Fibroids:\n F1 - anterior intramural, 31 mm\nEndometrium 7 mm.", [(UT, "mass", None, 31.0)]),
    ("Cysts:\nin the right kidney, 15 mm.", [(K, "cyst", "right", 15.0)]),
]


@pytest.mark.parametrize(("text", "expected"), LESION_LISTS)
def test_a_list_under_a_plural_lesion_heading(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# 5. After a heading that names a paired organ without a side ("Kidneys:", "Ovaries:", "Native kidneys:"), a bare side
#    word opening the text ("Kidneys: right 11 cm ...") or a later sentence ("Left 10.8 cm, ...") stands for that
#    side's organ: lesions of the sentences that follow, named without a side, are on it until another side is named.
AD, SC = "Adnexa", "Scrotum"
ELLIPTIC_SIDES: list[tuple[str, list[Lesion]] | object] = [
    ("Kidneys: right 11.0 cm, parenchyma 15 mm. Upper pole cyst 2.4 cm, simple. Left 11.3 cm, normal.",
     [(K, "cyst", "right", 24.0)]),
    ("Ovaries: left 3.1 x 2 cm. 22 mm simple cyst. Right 2.8 cm, normal.", [(AD, "cyst", "left", 22.0)]),
    ("Kidneys: left 10.2 cm, no hydronephrosis. Right 10.9 cm. Exophytic cyst at the lower pole, 31 mm.",
     [(K, "cyst", "right", 31.0)]),
    ("Testes: right 4.2 cm, homogeneous.\nLeft 4.4 cm. A 4 mm simple cyst at the upper pole.",
     [(SC, "cyst", "left", 4.0)]),
    # (a line with nothing the findings pass reads, a side and a volume in ml, heads what follows: side_headings.py)
    ("Testes: right 15 ml, homogeneous.\nLeft 16 ml. A 4 mm simple cyst at the upper pole.",
     [(SC, "cyst", "left", 4.0)]),
    # ... or opening the clause after a semicolon that holds the lesion
    ("Native kidneys: R 8.1 cm with two cortical cysts, largest 17 mm; L 8.5 cm, 21 mm exophytic cyst.",
     [(K, "cyst", "right", 17.0), (K, "cyst", "left", 21.0)]),
    ("Ovaries: R 2.9 cm, normal; L 3.4 cm, 25 mm haemorrhagic cyst.", [(AD, "cyst", "left", 25.0)]),
    # near misses: both sides measured leave the lesion unsided; a side named with the lesion wins
    ("Kidneys normal; 12 mm cyst in the spleen.", [(SP, "cyst", None, 12.0)]),
    ("Kidneys: right 11 cm, left 11.4 cm. 15 mm cortical cyst.", [(K, "cyst", None, 15.0)]),
    ("Kidneys: right 11 cm. A 2 cm cyst in the left kidney.", [(K, "cyst", "left", 20.0)]),
    ("Kidneys: normal size. Upper pole cyst 2.4 cm in the left kidney.", [(K, "cyst", "left", 24.0)]),
]


@pytest.mark.parametrize(("text", "expected"), ELLIPTIC_SIDES)
def test_a_bare_side_word_after_a_paired_organ(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# 6. A small joint named by its bare abbreviation ("2nd MCP", "1st MTP", "MCPs") is that joint, and places the effusion
#    or ganglion its line describes (not the joint or tendon of the line before).
FI, FO, KN = "Fingers", "Foot", "Knee"
JOINT_ABBREVIATIONS: list[tuple[str, list[Lesion]]] = [
    ("R wrist: dorsal ganglion 6 mm.\nR 2nd MCP: grey-scale synovitis grade 2. Effusion 3 mm.",
     [("Wrist and carpus", "cyst", "right", 6.0), (FI, "fluid collection", "right", 3.0)]),
    ("L 1st MTP: double contour present; effusion 3 mm.", [(FO, "fluid collection", "left", 3.0)]),
    ("Left 2nd and 3rd MCPs: small effusions, up to 3 mm.", [(FI, "fluid collection", "left", 3.0)]),
    ("R knee effusion 6 mm. L 1st MTP effusion 2 mm.",
     [(KN, "fluid collection", "right", 6.0), (FO, "fluid collection", "left", 2.0)]),
    # near miss: the spelt-out joint already places it
    ("Right second MCP joint: effusion 3 mm.", [(FI, "fluid collection", "right", 3.0)]),
]


@pytest.mark.parametrize(("text", "expected"), JOINT_ABBREVIATIONS)
def test_a_joint_named_by_its_abbreviation(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
