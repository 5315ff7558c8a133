"""Organ labels from words read in a sense their report does not give them (wave organs2; development data
reports_blind_final_40, ids ``cg``, and reports_multiorgan_findings_92, ids ``pi``).

Classes fixed:
  * The idiom "keep an eye on/out" in a patient's post -> Ocular (cg067, pe040): termset.OTHER_SENSE_AFTER["eye"].
  * A metastasis's target sign hyphenated, "bull's-eye" -> Ocular (cg036): senses reads back past the hyphen.
  * "Bleeding PV" (per vaginam, the route after the symptom) -> Liver (cg031): termset.OTHER_SENSE_BEFORE["pv"].
  * A device's French gauge read as a child's age and sex ("8F nephrostomy", "LT CFA 6F, Angio-Seal") -> the
    Pediatrics organs in an adult (pi047, pi012): pediatric._AGE_SEX and _ACCESS_BEFORE.

Each row is a passage written for this file (not a corpus line); the guards must keep their labels.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "organ", "labelled"),
    [
        ("The GP wants to keep an eye on it. Right breast: 9 mm oval hypoechoic lesion, likely fibroadenoma.",
         "Ocular", False),
        ("Keeping an eye out for growth. Left kidney: 14 mm simple cyst.", "Ocular", False),
        ("Liver: several hypoechoic lesions with an echogenic centre (bull's-eye), up to 2 cm.", "Ocular", False),
        ("Liver: target lesions in both lobes - bull’s-eye pattern.", "Ocular", False),
        ("Clinical: bleeding PV, 7 weeks by dates. Uterus: empty cavity, endometrium 12 mm.", "Liver", False),
        # guards
        ("Right eye: dense vitreous haemorrhage, retina flat.", "Ocular", True),
        ("Liver cirrhotic. PV 13 mm, hepatopetal flow.", "Liver", True),
    ],
)
def test_idioms_name_no_organ(parser: ReportParser, text: str, organ: str, labelled: bool) -> None:
    assert (organ in parser.parse(text).labels["Organ_level"]) is labelled


@pytest.mark.parametrize(
    ("text", "pediatric"),
    [
        ("NEPHROSTOMY CHECK - RIGHT\n10F nephrostomy in situ, pigtail in the pelvis. Mild residual hydronephrosis.",
         False),
        ("FEMORAL DUPLEX - POST ANGIOGRAPHY (R CFA 6F, Angio-Seal)\nR groin: 4 cm haematoma, no pseudoaneurysm.",
         False),
        ("Radial access check (R radial 6F). Radial artery patent, no haematoma.", False),
        # guards: a child's age and sex in a history line
        ("RENAL US\nHistory: 8F, recurrent febrile UTI. Right kidney 7.1 cm, mild pelvic dilatation.", True),
        ("HIP US\nClinical: 9M, limp. Right hip: 4 mm effusion.", True),
    ],
)
def test_device_gauge_is_no_child(parser: ReportParser, text: str, pediatric: bool) -> None:
    assert ("Pediatrics" in parser.parse(text).labels["Body_system_level"]) is pediatric
