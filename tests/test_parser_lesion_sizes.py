"""Inventory: the size of each lesion, by error class, in new wordings written for this file (none copied from a
corpus). Each row: a class, a passage, and the lesion findings it should give in report order as (organ, released
diagnosis, side, largest size in mm). Per the corpus guideline a lesion's size is its largest current dimension;
lesions each given their own size are one finding each in the order written, a group given only its largest is
one finding.

The classes, with the development rows (multi-organ findings files) each fixed when written:
- shared unit: numbers sharing one unit after (or before) a plural lesion word are its members' sizes; plural words
  that are not "-s" of their label ("calculi", "stones"). o002, o071; the older gold of o004, o032, o046, o066,
  j008, n016 and i010 reads such a list as one lesion at its largest (the convention the guideline has dropped).
- verdict: an unsized diagnosis in a sentence giving a verdict ("FNA showed", "consistent with") names the measured
  lesion. o010, o020, o039, i040 (2), i041.
- container / largest member: a size before "and contains" measures the container; "the largest being a nodule"
  is the group. j027 (2), o026 (2).
- header unit: "Size (mm)" columns and "Lesions (cm)" headings. j005 (3); in the new writers' file mc004, mc033,
  mc050.
- side table: o002's side. condition: a state of a whole organ (udt:isOrganState) takes no lesion's pairing: m029, n013,
  o027, j033, i005, i015 (and j019, i016 lose a lucky pairing: their lesions, "observation" and "hypoechoic area",
  are not read as lesions; echo area below reads them).
- echo area: a region described by its echogenicity ("hypoechoic area", "echogenic focus", "hyperechoic inclusion",
  "observation") is a lesion: i016 (2), j019, j031, i025, n046, o048, o050, o060 and more.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

K, LI, TH, GB, SP, BR = "Kidney and ureter", "Liver", "Thyroid gland", "Gallbladder and bile ducts", "Spleen", "Breast"
SG, AD = "Salivary glands", "Adrenal glands"

ROWS: list[tuple[str, str, list[Lesion]]] = [
    # -- numbers sharing one unit after a plural lesion word: one lesion per number, in the order written
    (
        "shared unit",
        "Right kidney 11.2 cm with two cortical cysts of 7 and 15 mm.",
        [(K, "cyst", "right", 7.0), (K, "cyst", "right", 15.0)],
    ),
    (
        "shared unit",
        "Liver: three haemangiomas, 0.9, 1.6 and 2.3 cm, all in the right lobe.",
        [(LI, "mass", None, 9.0), (LI, "mass", None, 16.0), (LI, "mass", None, 23.0)],
    ),
    (
        "shared unit",
        "Left thyroid lobe: two spongiform nodules (4 & 6 mm).",
        [(TH, "nodule", "left", 4.0), (TH, "nodule", "left", 6.0)],
    ),
    (
        "shared unit",
        "Gallbladder contains stones measuring 12 and 8 mm.",
        [(GB, None, None, 12.0), (GB, None, None, 8.0)],
    ),
    ("shared unit", "Left lobe: 9 mm and 3 mm colloid cysts.", [(TH, "cyst", "left", 9.0), (TH, "cyst", "left", 3.0)]),
    ("shared unit", "Left kidney: 11 and 6 mm cortical cysts.", [(K, "cyst", "left", 11.0), (K, "cyst", "left", 6.0)]),
    #    near misses: one lesion's dimensions, a lesion word in the singular, a group given only its largest
    ("shared unit", "Left kidney: one cyst of 2.1 x 1.7 cm.", [(K, "cyst", "left", 21.0)]),
    ("shared unit", "Spleen: a cyst of 14 and 9 mm on two views.", [(SP, "cyst", None, 14.0)]),
    ("shared unit", "Right kidney: several small cysts, the largest 9 mm.", [(K, "cyst", "right", 9.0)]),
    # -- a plural that is not "-s" of its concept's label: "calculi", "foci", "stones" (calculus), "masses"
    (
        "plural words",
        "Left kidney: two lower pole calculi, 3 mm and 6 mm.",
        [(K, None, "left", 3.0), (K, None, "left", 6.0)],
    ),
    (
        "plural words",
        "Right kidney: non-obstructing stones of 4 mm and 7 mm.",
        [(K, None, "right", 4.0), (K, None, "right", 7.0)],
    ),
    (
        "plural words",
        "Liver: two solid masses of 3.1 cm and 1.2 cm.",
        [(LI, "mass", None, 31.0), (LI, "mass", None, 12.0)],
    ),
    ("plural words", "Left kidney: a 5 mm calculus at the lower pole.", [(K, None, "left", 5.0)]),
    # -- a verdict on a measured lesion (a test's "showed"/"confirmed", "consistent with") names it, not a second one
    (
        "verdict",
        "A 2.2 cm hypoechoic lesion in the right parotid. Core biopsy showed a Warthin tumour.",
        [(SG, "mass", "right", 22.0)],
    ),
    (
        "verdict",
        "Liver: 27 mm hypoechoic lesion in segment 6. MRI confirmed a haemangioma.",
        [(LI, "mass", None, 27.0)],
    ),
    ("verdict", "Left adrenal: a 19 mm lesion; the CT washout confirmed an adenoma.", [(AD, "mass", "left", 19.0)]),
    (
        "verdict",
        "Multiple hypoechoic liver lesions up to 3.3 cm, consistent with metastases.",
        [(LI, "mass", None, 33.0)],
    ),
    #    near miss: a verdict naming a lesion of its own size is a lesion of its own
    (
        "verdict",
        "Liver: 14 mm lesion in segment 2. CT also showed a 31 mm haemangioma in segment 7.",
        [(LI, None, None, 14.0), (LI, "mass", None, 31.0)],
    ),
    # -- a size followed by "and contains" / "with" measures the container (a lobe the ontology names no organ)
    (
        "container",
        "Thyroid: the left lobe measures 52 x 19 x 18 mm and contains two nodules, the larger 9 mm.",
        [(TH, "nodule", "left", 9.0)],
    ),
    (
        "container",
        "The right lobe measures 5.1 x 1.8 x 1.7 cm and contains a few tiny colloid nodules.",
        [(TH, "nodule", "right", None)],
    ),
    #    near miss: a size right before the lesion word is the lesion's
    ("container", "The left lobe contains a 2.6 cm nodule.", [(None, "nodule", "left", 26.0)]),
    # -- a group's largest member named with its own lesion word is the group, one lesion with the member's size
    (
        "largest member",
        "The uterus is bulky with several fibroids, the largest being a 5.2 cm subserosal fibroid.",
        [("Uterus", "mass", None, 52.0)],
    ),
    (
        "largest member",
        "Liver: multiple cysts, the biggest a septated cyst of 34 mm in segment 4.",
        [(LI, "cyst", None, 34.0)],
    ),
    #    near miss: a comma after "largest" closes the group's clause; the next lesion is its own
    (
        "largest member",
        "Spleen: 3 cysts, the largest 12 mm, and a further cyst of 6 mm at the hilum.",
        [(SP, "cyst", None, 12.0), (SP, "cyst", None, 6.0)],
    ),
    # -- a unit stated once in a header: a "Size (mm)" column (not a "Prior (mm)" one), a "Lesions (cm)" heading
    (
        "header unit",
        "| Site | Lesion | Size (mm) | Previous (mm) |\n|---|---|---|---|\n"
        "| Liver segment 3 | simple cyst | 15 | 12 |\n| Left kidney | angiomyolipoma | 9 | 9 |\n",
        [(LI, "cyst", None, 15.0), (K, "mass", "left", 9.0)],
    ),
    (
        "header unit",
        "FOCAL LESIONS (cm)\nSpleen upper pole cyst 1.4\nRight kidney interpolar cyst 2.9\n\nNo ascites.",
        [(SP, "cyst", None, 14.0), (K, "cyst", "right", 29.0)],
    ),
    (
        "header unit",
        "Thyroid nodules (mm):\n R mid    12 x 8 x 7   solid, TR4\n L lower  6 x 5 x 4    spongiform, TR1\n",
        [(TH, "nodule", "right", 12.0), (TH, "nodule", "left", 6.0)],
    ),
    #    near miss: a score after its label is no size ("TR4"), nor a number under no unit header
    ("header unit", "Left lobe nodule, TI-RADS 4.", [(TH, "nodule", "left", None)]),
    # -- a whole organ's state (udt:isOrganState: hydronephrosis, steatosis) is no lesion, so it takes no lesion's
    #    place: the stone is the kidney's one lesion
    (
        "condition",
        "Left kidney: moderate hydronephrosis, pelvis AP 16 mm, due to an 8 mm stone at the PUJ.",
        [(K, None, "left", 8.0)],
    ),
    ("condition", "Liver: diffuse steatosis. A 12 mm haemangioma in segment 5.", [(LI, "mass", None, 12.0)]),
    #    and a lesion after it and a comma is no name of it: the organ's stones stay stones, each with its size
    (
        "condition",
        "LT KIDNEY 11.4 cm, mild hydronephrosis, VUJ stone 6mm, 2 upper pole stones 3mm & 5mm.",
        [(K, None, "left", 6.0), (K, None, "left", 3.0), (K, None, "left", 5.0)],
    ),
    ("condition", "Spleen: splenomegaly, 15.8 cm, with two small cysts, the larger 7 mm.", [(SP, "cyst", None, 7.0)]),
    # -- a region described by its echogenicity ("hypoechoic area", "echogenic focus", "hyperechoic inclusion") is a
    #    lesion of unstated nature, which takes its size
    (
        "echo area",
        "Left testis 4.0 x 2.1 cm with a poorly defined hypoechoic area at the lower pole, 9 mm.",
        [("Scrotum", None, "left", 9.0)],
    ),
    (
        "echo area",
        "Spleen 11 cm with three hypoechoic foci of 4, 6 and 8 mm.",
        [(SP, None, None, 4.0), (SP, None, None, 6.0), (SP, None, None, 8.0)],
    ),
    ("echo area", "Right kidney: hyperechoic inclusion 5 mm with acoustic shadow.", [(K, None, "right", 5.0)]),
    #    near misses: a region inside a lesion is a part of it, a diagnosis right after names it; a denied one is
    #    nothing
    ("echo area", "Spleen: an 8 mm echogenic focus, probably a haemangioma.", [(SP, "mass", None, 8.0)]),
    ("echo area", "Left kidney: 28 mm cyst with a small echogenic focus in its wall.", [(K, "cyst", "left", 28.0)]),
    ("echo area", "Liver: no hypoechoic area. Spleen normal.", []),
    # -- a side table whose row names the lesions and holds one size in each side's cell
    (
        "side table",
        "KIDNEYS\n              RIGHT            | LEFT\nLength (cm):  10.1             | 10.9\n"
        "Stones:       4 mm upper pole  | 7 mm interpolar\n",
        [(K, None, "right", 4.0), (K, None, "left", 7.0)],
    ),
    # -- an organ's wall measured where it opens its clause or is called thick: the organ's, not the lesion's size;
    #    a wall that places a lesion ("on the left wall") leaves the size to the lesion
    ("organ wall", "GB: numerous small calculi, wall 4 mm, no pericholecystic fluid.", [(GB, None, None, None)]),
    ("organ wall", "Gallbladder packed with stones; wall thickness 5 mm.", [(GB, None, None, None)]),
    ("organ wall", "Gallbladder: a 14 mm stone in the neck with a thickened wall of 6 mm.", [(GB, None, None, 14.0)]),
    ("organ wall", "Bladder: wall 7 mm, trabeculated. A 2.2 cm stone at the base.", [("Bladder", None, None, 22.0)]),
    ("organ wall", "Bladder: a sessile polyp on the right lateral wall 9 mm.", [("Bladder", None, None, 9.0)]),
    # -- a size in a sentence of its own continues the last lesion only while the site in force is that lesion's organ:
    #    after a heading that moved to another organ it is that organ's measurement
    (
        "moved site",
        "LIVER: a haemangioma in segment 6.\nSPLEEN:\nLength: 10.5 cm, homogeneous.",
        [(LI, "mass", None, None)],
    ),
    (
        "moved site",
        "Gallbladder: a small polyp.\nRIGHT KIDNEY: 10.8 cm.\nSize 2.1 cm, anechoic.",
        [(GB, None, None, None)],
    ),
    ("moved site", "Liver: a cyst in segment 6.\nSize: 21 mm, anechoic.", [(LI, "cyst", None, 21.0)]),
    # -- a finding seen before and measured now, in the present tense, is this scan's; in the past tense, history
    (
        "history measured now",
        "RIGHT KIDNEY: 11.0 cm. The previously seen cyst measures 2.1 cm (was 1.9 cm), anechoic.",
        [(K, "cyst", "right", 21.0)],
    ),
    ("history measured now", "The previously seen cyst measured 2.1 cm at that time. Kidneys normal today.", []),
]


@pytest.mark.parametrize(("kind", "text", "expected"), ROWS, ids=[f"{k}-{n}" for n, (k, _, _) in enumerate(ROWS)])
def test_lesion_sizes(parser: ReportParser, kind: str, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


def test_an_organ_state_is_a_finding_about_the_organ(parser: ReportParser) -> None:
    findings = parser.parse("Right kidney: mild hydronephrosis, AP 12 mm.").findings
    assert [(f.kind, f.concept, f.laterality, f.size_mm) for f in findings] == [
        ("structure", "hydronephrosis", "right", [12.0])
    ]
