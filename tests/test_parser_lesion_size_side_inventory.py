"""Inventory (continued): the size and side of lesions in hand-written multi-organ passages, one table per class
of error found on new writers (passages written for this file, in the voices of dictation, worksheets, patients'
posts and translated reports). Each row gives a passage and the (organ, released diagnosis, side, largest size in
mm) of each lesion finding, in report order; near misses are rows that must not trigger the rule.

See ``tests/test_parser_findings_inventory.py`` for the conventions (``benchmarks/data/CORPUS_GUIDELINE.md``): the
size is the lesion's largest current dimension; the side is left/right/bilateral for paired organs and lateral
parts, None for midline sites.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

K, TH, AD, LN, AX, PT = "Kidney and ureter", "Thyroid gland", "Adnexa", "Lymph nodes", "Axilla", "Parathyroid glands"
LI, UT, PE, PL, SC, BR = "Liver", "Uterus", "Peritoneum mesentery and omentum", "Pleural space", "Scrotum", "Breast"

Row = tuple[str, list[Lesion]]


# 1. Fluid in the peritoneal cavity has no side: a quadrant or flank where the deepest pocket lies ("left lower
#    quadrant") is a region of one midline cavity (the ontology declares the peritoneum unpaired).
PERITONEAL_FLUID = [
    ("Moderate ascites, deepest pocket 6 cm in the left lower quadrant.", [(PE, "fluid collection", None, 60.0)]),
    ("Small volume ascites, 2.5 cm pocket in the right flank.", [(PE, "fluid collection", None, 25.0)]),
    ("Ascites: large, 9 cm deep in the LUQ and left paracolic gutter.", [(PE, "fluid collection", None, 90.0)]),
    ("There is free intraperitoneal fluid in the right paracolic gutter measuring 31 mm.",
     [(PE, "fluid collection", None, 31.0)]),
    # near misses: a pleural effusion and a kidney keep their side
    ("Right pleural effusion 4 cm deep. Mild ascites.",
     [(PL, "fluid collection", "right", 40.0), (PE, "fluid collection", None, None)]),
    ("Trace of ascites in the left lower quadrant. Left kidney: 12 mm cortical cyst.",
     [(PE, "fluid collection", None, None), (K, "cyst", "left", 12.0)]),
]


@pytest.mark.parametrize(("text", "expected"), PERITONEAL_FLUID)
def test_peritoneal_fluid_has_no_side(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# 2. A node measured on two axes ("11 mm short axis, 2.3 cm long axis") is one node whose size is both; its
#    largest is the long axis.
AXIS_SIZES = [
    ("Lt level IV node 11 mm short axis, 2.3 cm long axis, microcalcifications.", [(LN, None, "left", 23.0)]),
    ("Right axilla: node with short axis 9 mm and long axis 21 mm, cortex 4 mm.", [(AX, None, "right", 21.0)]),
    ("Left level III lymph node, 8 mm in short axis and 19 mm in long axis, loss of fatty hilum.",
     [(LN, None, "left", 19.0)]),
    ("Enlarged right level IB node, long axis 3.4 cm, short axis 1.6 cm.", [(LN, None, "right", 34.0)]),
    # near misses: one size stays the size; a cortex stays a part
    ("Right level II node 14 mm in short axis, necrotic.", [(LN, None, "right", 14.0)]),
    ("Left axilla: one node with a 5 mm cortex, 17 mm long.", [(AX, None, "left", 17.0)]),
]


@pytest.mark.parametrize(("text", "expected"), AXIS_SIZES)
def test_a_node_measured_on_two_axes(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# 3. A translated report names an unnamed formation and then, in brackets and hedged, what it may be
#    ("formation 23 mm (haemorrhagic cyst?)"): the same lesion, on the side of its organ, still unnamed.
HEDGED_NAME_IN_BRACKETS = [
    ("Left ovary 29x18 mm, in it formation with fine-mesh structure 23 mm (haemorrhagic cyst?).",
     [(AD, None, "left", 23.0)]),
    ("Right ovary 31x20 mm, in it anechogenic formation 18 mm with thin wall (follicular cyst?).",
     [(AD, None, "right", 18.0)]),
    ("Left testicle 40x22x26 mm, in the upper pole hypoechogenic formation 7x5 mm (seminoma?).",
     [(SC, None, "left", 7.0)]),
    ("Left ovary 27x16 mm, in it formation 21 mm (endometrioma?), avascular.", [(AD, None, "left", 21.0)]),
    # near misses: an asserted bracketed name still names it, right after the size too
    ("Left ovary: anechogenic formation 26 mm (cyst).", [(AD, "cyst", "left", 26.0)]),
    ("Right ovary: anechogenic formation 35 mm with thin walls (cyst).", [(AD, "cyst", "right", 35.0)]),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED_NAME_IN_BRACKETS)
def test_a_hedged_name_in_brackets(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# 4. "one" / "another" standing for the lesion just named, with a size of its own, is a second lesion of that kind
#    ("a 2cm fibroid ... and a smaller one, 11mm"; "another 1.4 cm in segment VI"; "the lower one ... 8mm").
PRONOUN_LESIONS = [
    ("There is a 2cm fibroid on the front wall and a smaller one, 11mm, at the back.",
     [(UT, "mass", None, 20.0), (UT, "mass", None, 11.0)]),
    ("Liver: hypoechoic SOL 2.3 x 2.0 cm in segment IVa; another 1.4 cm in segment VI.",
     [(LI, None, None, 23.0), (LI, None, None, 14.0)]),
    ("the left thyroid lobe has 2 nodules. the upper one is solid, 14mm. the lower one is spongiform, 6mm.",
     [(TH, "nodule", "left", 14.0), (TH, "nodule", "left", 6.0)]),
    ("Right kidney: 3.1 cm upper pole cyst and a second one of 9 mm at the lower pole.",
     [(K, "cyst", "right", 31.0), (K, "cyst", "right", 9.0)]),
    ("Uterus enlarged by several fibroids, largest 4.6 cm fundal intramural, another 2.1 cm posterior subserosal.",
     [(UT, "mass", None, 46.0), (UT, "mass", None, 21.0)]),
    ("Liver: 2 haemangiomas. One is 2 cm in segment 6, the other one is 9 mm in segment 2.",
     [(LI, "mass", None, 20.0), (LI, "mass", None, 9.0)]),
    # near misses: "one" as a count, one of a group measured as the group, and "another" with no size of its own,
    # make no new lesion
    ("Three cysts in the right kidney, the largest one 3 cm.", [(K, "cyst", "right", 30.0)]),
    ("Right kidney 11 cm with one thin septation in a 2.6 cm interpolar cyst.", [(K, "cyst", "right", 26.0)]),
    ("Gallbladder calculi: one, 16 mm, mobile, with shadowing.", [("Gallbladder and bile ducts", None, None, 16.0)]),
    ("One 8 mm cyst in the right kidney.", [(K, "cyst", "right", 8.0)]),
    ("Two cysts in the liver, one of 12 mm and one of 7 mm.", [(LI, "cyst", None, 12.0), (LI, "cyst", None, 7.0)]),
    ("Liver: 15 mm haemangioma. No other lesion; another scan in 6 months.", [(LI, "mass", None, 15.0)]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_LESIONS)
def test_one_or_another_with_its_own_size(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# 5. A summary headed by an abbreviation ("IMP:", "Dx:") or with spaces before its colon ("Impression   :") restates
#    the lesions the findings measured, also by a finer or broader concept ("polyp" ... "gallbladder polyp"): no
#    second, sizeless lesion.
SUMMARY_HEADINGS = [
    ("Spleen 10 cm with a 1.8 cm hypoechoic lesion.\nRight kidney 10.9 cm, 2.2 cm lower pole cyst.\n"
     "IMP: Indeterminate splenic lesion. Right renal cyst.",
     [("Spleen", None, None, 18.0), (K, "cyst", "right", 22.0)]),
    ("Liver: 2.3 cm hypoechoic lesion in segment 6.\nImp: liver lesion, ?metastasis. Needs CT.",
     [(LI, None, None, 23.0)]),
    ("Left ovary: 4.1 cm unilocular cyst with ground-glass echoes.\nDx: left ovarian endometrioma.",
     [(AD, "cyst", "left", 41.0)]),
    ("Gallbladder   : 2 cm polyp, no stones\nImpression   : Gallbladder polyp; surgical referral.",
     [("Gallbladder and bile ducts", None, None, 20.0)]),
    # a summary that names the lesion by a finer or broader concept than the findings did restates it too
    ("Left calf: occlusive thrombus in the peroneal veins.\nConclusion: left peroneal DVT.",
     [("Peripheral veins", None, "left", None)]),
    # near miss: a lesion first named in the summary stays a finding
    ("Liver 14 cm, normal.\nIMP: Small right pleural effusion.", [(PL, "fluid collection", "right", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SUMMARY_HEADINGS)
def test_summary_headings_restate_lesions(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# 6. A lesion named with its organ's name ("parathyroid adenoma", "renal calculus", "renal cyst") lies in that
#    organ, not in the organ the report was describing (a thyroid lobe behind which it lies, a spleen or bladder
#    key before it); a lesion whose organ is only typical ("haemangioma") stays where it is described.
ORGAN_IN_THE_NAME = [
    ("Thyroid: right lobe 5.0 cm, left lobe 4.6 cm. Behind the left lower pole a 12 mm oval hypoechoic nodule in "
     "keeping with a parathyroid adenoma.", [(PT, "nodule", "left", 12.0)]),
    ("Right thyroid lobe 4.8 cm with a 6 mm cyst. Posterior to the right lobe inferiorly, a 15 x 8 mm parathyroid "
     "adenoma.", [(TH, "cyst", "right", 6.0), (PT, "nodule", "right", 15.0)]),
    ("Spleen 11 cm with a 2 cm hypoechoic lesion.\nIMPRESSION: Splenic lesion. Left renal calculus.",
     [("Spleen", None, None, 20.0), (K, None, "left", None)]),
    ("Bladder: wall 3 mm, no stones. Right renal cyst of 2.1 cm at the upper pole.", [(K, "cyst", "right", 21.0)]),
    # near miss: a typical organ yields to the organ under description
    ("SPLEEN: a 9 mm echogenic focus, likely a haemangioma.", [("Spleen", "mass", None, 9.0)]),
]


@pytest.mark.parametrize(("text", "expected"), ORGAN_IN_THE_NAME)
def test_a_lesion_named_with_its_organ(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# 7. A bilateral summary restates the lesions of its diagnosis on each side, not an unnamed lesion beside them.
BILATERAL_SUMMARY = [
    ("Right testis: 7 mm hypoechoic lesion, avascular. Epididymal heads: right cyst 5 mm, left cyst 8 mm.\n"
     "Conclusion: Right testicular lesion, for markers. Bilateral epididymal cysts.",
     [(SC, None, "right", 7.0), (SC, "cyst", "right", 5.0), (SC, "cyst", "left", 8.0)]),
    # near miss: with no lesion of its diagnosis, a bilateral summary still names unnamed lesions
    ("Right ovary: 3 cm anechoic formation. Left ovary: 2 cm anechoic formation.\nConclusion: bilateral ovarian cysts.",
     [(AD, "cyst", "right", 30.0), (AD, "cyst", "left", 20.0)]),
]


@pytest.mark.parametrize(("text", "expected"), BILATERAL_SUMMARY)
def test_a_bilateral_summary_restates_its_own_diagnosis(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected
