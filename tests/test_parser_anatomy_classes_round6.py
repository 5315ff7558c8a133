"""Anatomy classes of writers the earlier development text did not have (issue 11, round 6): one table per class.

Each row is a passage written for this file (not a corpus line), in the wording of a different imagined writer
(transcribed report, terse sonographer note, teaching case, patient post), with the organs it must give; the
near-miss rows are wordings of the same look that must not trigger the rule.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
# Rows of classes this round measured but did not fix: a denied diagnosis's typical organ beside another organ of its
# body system (a wide rule cost recall on every corpus); calf and forearm as soft-tissue regions (as ontology synonyms
# they took over "deep veins of the calf" and lost the veins of a vessel study).
_NOT_YET = pytest.mark.xfail(strict=True, reason="class not fixed this round")
SYSTEM = "Body_system_level"


# -- bowel denied as a hernia's content was still looked for ----------------------------------------------------------
# Guideline (organs in negated statements): "No bowel loop in the sac" -> Gastrointestinal tract, and herniated
# omental fat -> Peritoneum mesentery and omentum. Before: denied anatomy inside a hernia named no organ.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Umbilical hernia, neck 9 mm, containing fat only. No bowel within the sac.",
         ["Abdominal wall", "Gastrointestinal tract"]),
        ("US ANTERIOR ABDOMINAL WALL\nIncisional hernia through the midline scar containing preperitoneal fat. "
         "No bowel loops seen within the hernia.", ["Abdominal wall", "Gastrointestinal tract"]),
        ("Sonographer note - lump above belly button\nlinea alba defect 6mm, fat only, reducible. nil bowel in sac",
         ["Abdominal wall", "Gastrointestinal tract"]),
        pytest.param(
            "Paraumbilical defect of 11 mm in the linea alba with herniated omental fat; no small bowel in the sac.",
            ["Abdominal wall", "Gastrointestinal tract", "Peritoneum mesentery and omentum"],
            marks=pytest.mark.xfail(strict=True, reason="herniated omentum still yields to the abdominal wall")),
        # Near misses: bowel gas that hides an organ names no bowel; a groin hernia stays the groin's.
        ("Epigastric hernia containing fat. Pancreas obscured by bowel gas.", ["Abdominal wall", "Pancreas"]),
        ("Left groin: small reducible inguinal hernia containing fat. There is no bowel in it.",
         ["Gastrointestinal tract", "Hip groin and buttock"]),
    ],
)
def test_bowel_denied_in_a_hernia_was_examined(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a body-part word in another sense names no organ -----------------------------------------------------------------
# Before: a plaque's "shoulder" gave Shoulder, a poster's "fingers crossed" gave Fingers, and "MCL" (the
# mid-clavicular line a liver is measured in) gave the knee's medial collateral ligament.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Carotid duplex: soft plaque in the left ICA bulb, with a smooth surface at its shoulder.",
         ["Peripheral arteries"]),
        ("Right ICA: calcified plaque, possible ulceration at the plaque shoulder.", ["Peripheral arteries"]),
        ("Both kidneys normal. Fingers crossed for the next scan!", ["Kidney and ureter"]),
        ("Keeping my fingers crossed that the cyst stays small. Liver otherwise fine.", ["Liver"]),
        ("Liver 16 cm in the MCL, homogeneous.", ["Liver"]),
        ("Liver: size 14,8 cm (MCL), regular echotexture. Spleen 11 cm.", ["Liver", "Spleen"]),
        # Near misses: the joint and the ligament themselves.
        ("US right shoulder: full-thickness supraspinatus tear.", ["Shoulder"]),
        ("Her shoulder is painful; the subacromial bursa is distended with fluid.", ["Shoulder"]),
        ("Index finger: effusion in the flexor tendon sheath.", ["Fingers"]),
        ("Knee: the MCL is thickened and hypoechoic, in keeping with a sprain.", ["Knee"]),
        ("Liver normal. Medial knee: partial tear of the MCL.", ["Knee", "Liver"]),
    ],
)
def test_a_body_word_in_another_sense_is_no_organ(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a limb segment holding its own finding is the soft tissues --------------------------------------------------------
# Guideline: limb/trunk muscle and subcutis (thigh, forearm) -> Soft tissues, also beside a vessel study. Before: the
# calf and forearm were not read as regions at all, and a region with a finding of its own yielded to an organ that
# only a denied diagnosis named ("No Baker's cyst").
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("No DVT in the left leg. A 4 x 2 cm collection lies in the medial calf between the gastrocnemius "
         "and soleus, possibly a haematoma. No Baker's cyst.", ["Knee", "Peripheral veins", "Soft tissues"]),
        pytest.param("Medial calf: 3 cm fluid collection, likely a haematoma. Deep veins compressible.",
                     ["Peripheral veins", "Soft tissues"], marks=_NOT_YET),
        ("Sonographer prelim - R leg venous\nFV, POP compressible. calf: 4cm haematoma tracking along gastroc",
         ["Peripheral veins", "Soft tissues"]),
        ("LEFT FOREARM (volar): 2 cm oval hyperechoic lesion, consistent with a lipoma.\n"
         "LEFT SHOULDER: supraspinatus tendon intact.", ["Shoulder", "Soft tissues"]),
        # Near misses: a calf named only as where the veins run, a history's calf swelling.
        ("Clinical: right calf swelling.\nFindings: No DVT from the common femoral vein to the calf veins.",
         ["Peripheral veins"]),
        ("Deep veins of the calf compressible throughout. No thrombus.", ["Peripheral veins"]),
    ],
)
def test_a_limb_segment_with_a_finding_is_soft_tissue(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a ganglion denied or excluded in another organ's study names no wrist -------------------------------------------
# Before: a ganglion's typical site (the wrist) was labelled for "no ganglion in the carpal tunnel" of a nerve study
# and for a finger lesion where a ganglion is excluded.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Median nerve swollen at the carpal tunnel inlet, 14 mm2. No ganglion or mass within the tunnel.",
         ["Peripheral nerves"]),
        ("Quiz: the median nerve is 15 mm2 at the pisiform. No mass or ganglion cyst in the tunnel.",
         ["Peripheral nerves"]),
        ("Flexor tendon sheath of the ring finger: solid hypoechoic nodule. A ganglion cyst is excluded "
         "as it is solid.", ["Fingers"]),
        # Near miss: a ganglion found at the wrist.
        ("Dorsal wrist lump: 8 mm ganglion cyst arising from the scapholunate joint.", ["Wrist and carpus"]),
    ],
)
def test_a_denied_ganglion_names_no_wrist(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a child named beside an adult patient does not make the patient a child -------------------------------------------
# Before: "we have a 10-year-old" in a wife's post about her husband, or a fetus's heartbeat at an early pregnancy
# scan, put the mother's or husband's organs under Pediatrics.
@pytest.mark.parametrize(
    ("text", "organs", "systems"),
    [
        ("Posting for my husband, 58. Liver: 3 cm mass in segment 7. Spleen normal. We have two kids aged 8 and 10.",
         ["Liver", "Spleen"], ["Abdomen and retroperitoneum"]),
        ("First scan at 8 weeks, the baby's heartbeat was seen. Both ovaries looked normal.",
         ["Adnexa"], ["Gynaecology"]),
        # Near misses: the child is the patient.
        ("My 10-year-old had a kidney scan: mild hydronephrosis on the left.", ["Pediatric urinary tract"],
         ["Pediatrics"]),
        ("Our baby (6 weeks) had a hip scan: both hips normal, alpha angles 65.", ["Infant hip and knee"],
         ["Pediatrics"]),
    ],
)
def test_a_child_beside_an_adult_patient(parser: ReportParser, text: str, organs: list[str],
                                         systems: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs
    assert labels_of(parser, text, SYSTEM) == systems
