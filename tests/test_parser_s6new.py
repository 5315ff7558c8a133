"""Table-driven tests: size and side classes of the development file reports_multiorgan_findings_72 (ids ``oo…``),
fixed by wave helper s6new. Every passage is new wording, not the corpus's.

1. An "other side" word that restates or is opposite to a side said in its own sentence (oo015, oo045):
   "Left: contralateral side with two such cysts" under a kidneys line that opened on the right named the side
   opposite to the left heading (right); "On the right, ... a cyst; a second lies in the contralateral choroid
   plexus" took the side opposite to an earlier sentence's left part (right). A pointer right after a side word
   (only a colon, comma, dash or "the" between) restates it; a side said earlier in the pointer's own sentence is
   the one it is opposite to; "contralateral" before a part of an organ that has no side of its own (the brain's
   choroid plexus) points at the side opposite to the last side word.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


KI, AD, NB = "Kidney and ureter", "Adnexa", "Neonatal brain and spine"
# 1. "other side" words after a side stated in the same sentence: (passage, lesions expected, in order)
OTHER_SIDE_WORDS = [
    (
        "Kidneys: right 10,9 cm, one simple cyst at the lower pole, 18 mm. Left: contralateral side with a cyst of "
        "9 mm, no hydronephrosis.",
        [(KI, "cyst", "right", 18.0), (KI, "cyst", "left", 9.0)],
    ),
    (
        "Cranial ultrasound via the anterior fontanelle. The left caudothalamic groove shows an echogenic focus of "
        "5 x 3 mm.\nOn the right, the choroid plexus holds a 4 mm cyst; another, 2 mm, is seen in the contralateral "
        "choroid plexus.",
        [(NB, None, "left", 5.0), (NB, "cyst", "right", 4.0), (NB, "cyst", "left", 2.0)],
    ),
]
# Guards: the pointer opposite to the organ's side stated in an earlier sentence, as before.
OTHER_SIDE_GUARDS = [
    (
        "Right kidney: 11 cm with a 14 mm upper pole cyst. The contralateral kidney has a 7 mm cyst.",
        [(KI, "cyst", "right", 14.0), (KI, "cyst", "left", 7.0)],
    ),
    (
        "Left ovary: 3.1 cm dermoid cyst. Right iliac fossa unremarkable. The other ovary shows a 12 mm follicular "
        "cyst.",
        [(AD, "cyst", "left", 31.0), (AD, "cyst", "right", 12.0)],
    ),
]


@pytest.mark.parametrize(("text", "lesions"), OTHER_SIDE_WORDS + OTHER_SIDE_GUARDS)
def test_other_side_words(parser: ReportParser, text: str, lesions: list[Lesion]) -> None:
    assert lesions_of(parser, text) == lesions


SP, TH = "Spleen", "Thyroid gland"
# 2. The Chinese conclusion heading rendered "Ultrasound Tips:" (oo026-oo028): its numbered restatements named the
# measured lesions above ("anechoic area 0.8 cm" -> "Spleen cyst") and were no new unsized findings of their own.
TIPS_HEADINGS = [
    (
        "Ultrasound Description:\nSpleen: thickness 3.9cm, inside an anechoic area 0.8cm, clear boundary.\n"
        "Right kidney: normal.\nUltrasound Tips:\n1. Spleen cyst",
        [(SP, "cyst", None, 8.0)],
    ),
    (
        "Ultrasound Description:\nThyroid: left lobe, a hypoechoic nodule 0.9x0.6cm, irregular shape, with punctate "
        "strong echoes.\nUltrasound tips: Left thyroid lobe solid nodule (TI-RADS 5)",
        [(TH, "nodule", "left", 9.0)],
    ),
]


@pytest.mark.parametrize(("text", "lesions"), TIPS_HEADINGS)
def test_tips_headings(parser: ReportParser, text: str, lesions: list[Lesion]) -> None:
    assert lesions_of(parser, text) == lesions


BR, WR = "Breast", "Wrist and carpus"
# 3. "ditto" followed by a size (oo027: "at 4 o'clock ditto, 0.5cm"): one more lesion of the kind just named, with
# that size; its size had no lesion and the lesion was lost.
DITTOS = [
    (
        "Left breast: at 1 o'clock, a hypoechoic nodule 0.8x0.5cm, oval, parallel; at 3 o'clock ditto, 0.6cm.",
        [(BR, "nodule", "left", 8.0), (BR, "nodule", "left", 6.0)],
    ),
    (
        "Liver: at segment 7 a cyst of 14 mm; segment 2 ditto, 6 mm.",
        [("Liver", "cyst", None, 14.0), ("Liver", "cyst", None, 6.0)],
    ),
]
# Guard: a "ditto" that repeats a description, with no size after it in its clause, is no lesion of its own.
DITTO_GUARDS = [
    (
        "Right wrist: dorsal ganglion 1.6 x 1.0 cm, multiloculated, no flow. Second ganglion 0.4 cm at the capitate, "
        "ditto.",
        [(WR, "cyst", "right", 16.0), (WR, "cyst", "right", 4.0)],
    ),
]


@pytest.mark.parametrize(("text", "lesions"), DITTOS + DITTO_GUARDS)
def test_dittos(parser: ReportParser, text: str, lesions: list[Lesion]) -> None:
    assert lesions_of(parser, text) == lesions


LIV, SPL = "Liver", "Spleen"
# 4. "others" measured one by one after a group's largest (oo036: "the largest 4.2 x 3.8 cm in the right lobe;
# others measure 2.9 cm (segment 8), 1.6 cm and 1.1 cm"): each size is one more lesion of the group; the sizes had
# no lesion word and were lost.
OTHERS_LISTS = [
    (
        "Liver: at least four hypoechoic lesions with a halo, the largest 3.6 x 3.1 cm in segment 7; others measure "
        "2.2 cm (segment 4), 1.4 cm and 0.9 cm.",
        [(LIV, None, None, 36.0), (LIV, None, None, 22.0), (LIV, None, None, 14.0), (LIV, None, None, 9.0)],
    ),
    (
        "Spleen 12 cm with three hypoechoic lesions, the largest 21 mm; the others 12 mm and 8 mm.",
        [(SPL, None, None, 21.0), (SPL, None, None, 12.0), (SPL, None, None, 8.0)],
    ),
]
# Guard: "others" without a size after it names no lesion ("no others seen"; "the others are cystic").
OTHERS_GUARDS = [
    (
        "Liver: two hyperechoic lesions in the right lobe, 7 and 9 mm, likely haemangiomas; no others seen.",
        [(LIV, None, None, 7.0), (LIV, None, None, 9.0)],
    ),
]


@pytest.mark.parametrize(("text", "lesions"), OTHERS_LISTS + OTHERS_GUARDS)
def test_others_lists(parser: ReportParser, text: str, lesions: list[Lesion]) -> None:
    assert lesions_of(parser, text) == lesions


PN, ST, KID = "Peripheral nerves", "Soft tissues", "Kidney and ureter"
# 5. "both" before the two ends of one thing (oo049: "in continuity with the nerve at both poles") is no side; and a
# figure legend's first sentence is its title, whose one side the lesions described after it take (oo047, oo049:
# "Fig. 9.14 Intramuscular myxoma of the right vastus lateralis ... (a) ... a well-defined hypoechoic mass"). (The
# title's own unsized lesion stays a finding where the description does not restate its name.)
ENDS_AND_LEGENDS = [
    (
        "Fig. 6.2 Neurofibroma of the sciatic nerve in the right thigh. (a) Longitudinal: a fusiform hypoechoic mass "
        "3.1 x 1.2 cm, tapering into the nerve at both ends. (b) Power Doppler: minimal flow.",
        [(PN, "mass", "right", None), (PN, "mass", "right", 31.0)],
    ),
    (
        "Fig. 2 Intramuscular myxoma of the left gastrocnemius in a 61-year-old man. (a) Longitudinal image: an "
        "ovoid hypoechoic mass within the muscle, 3.8 cm in length, with a thin fat rim. (b) Power Doppler: no flow.",
        [(ST, "mass", "left", 38.0)],
    ),
    ("Right kidney 11 cm with simple cysts at both poles, 12 mm and 9 mm.",
     [(KID, "cyst", "right", 12.0), (KID, "cyst", "right", 9.0)]),
]
# Guards: a legend that names the other side too keeps its own sides; a legend with no side gives none.
LEGEND_GUARDS = [
    (
        "Fig. 3 Ganglion of the left wrist. (a) A 14 mm anechoic cyst at the dorsal wrist. (b) The right wrist, "
        "scanned for comparison, shows a 6 mm cyst.",
        [("Wrist and carpus", "cyst", "left", None), ("Wrist and carpus", "cyst", "left", 14.0),
         ("Wrist and carpus", "cyst", "right", 6.0)],
    ),
    (
        "Fig. 4 Schwannoma of the tibial nerve. A 2.2 cm oval hypoechoic mass in continuity with the nerve at both "
        "poles.",
        [(PN, "mass", None, None), (PN, "mass", None, 22.0)],
    ),
]


@pytest.mark.parametrize(("text", "lesions"), ENDS_AND_LEGENDS + LEGEND_GUARDS)
def test_ends_and_legends(parser: ReportParser, text: str, lesions: list[Lesion]) -> None:
    assert lesions_of(parser, text) == lesions


HE, HIP = "Heart and mediastinum", "Hip groin and buttock"
# 6. A fluid's depth named by the place it was taken after a comma (oo032: "pericardial effusion, 9 mm posterior to
# LV, 5 mm anterior to RV"): read as distances to a landmark, the depths left the effusion unsized.
PLACED_DEPTHS = [
    ("Heart: moderate pericardial effusion, 14 mm posterior to the LV, 6 mm anterior to the RV.",
     [(HE, "fluid collection", None, 14.0)]),
    ("Left hip: joint effusion, 8 mm anterior to the femoral neck. No synovial thickening.",
     [(HIP, "fluid collection", "left", 8.0)]),
]
# Guards: a solid lesion's "<size> <direction> to" after a comma stays a distance; a fluid measured elsewhere in its
# clause keeps that size.
PLACED_DEPTH_GUARDS = [
    ("Right breast: a 9 mm hypoechoic nodule, 20 mm lateral to the nipple.", [("Breast", "nodule", "right", 9.0)]),
    ("Right knee: suprapatellar effusion 11 x 6 mm, 15 mm superior to the patella.",
     [("Knee", "fluid collection", "right", 11.0)]),
]


@pytest.mark.parametrize(("text", "lesions"), PLACED_DEPTHS + PLACED_DEPTH_GUARDS)
def test_placed_depths(parser: ReportParser, text: str, lesions: list[Lesion]) -> None:
    assert lesions_of(parser, text) == lesions


AX = "Axilla"
# 7. Lymph nodes named bilateral, then measured side by side (oo017: "Axillary: bilaterally rounded nodes, largest
# 1,5 cm on the right; left side up to 1,2 cm"): the node group is one group per side, which a list of sided sizes
# splits as it splits a counted group's; it stayed one bilateral node of the first size.
BILATERAL_NODES = [
    ("Axillae: bilaterally enlarged round nodes without hilum, largest 2,1 cm on the left; right side up to 1,4 cm.",
     [(AX, None, "left", 21.0), (AX, None, "right", 14.0)]),
    ("Axilla: bilateral rounded nodes, right 18 mm, left 11 mm.",
     [(AX, None, "right", 18.0), (AX, None, "left", 11.0)]),
]
# Guard: a bilateral group with one size stays one bilateral group.
BILATERAL_NODE_GUARDS = [("Neck: bilateral reactive nodes, up to 8 mm.", [("Lymph nodes", None, "bilateral", 8.0)])]


@pytest.mark.parametrize(("text", "lesions"), BILATERAL_NODES + BILATERAL_NODE_GUARDS)
def test_bilateral_nodes(parser: ReportParser, text: str, lesions: list[Lesion]) -> None:
    assert lesions_of(parser, text) == lesions
