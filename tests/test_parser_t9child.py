"""A child patient read from the ways writers state a child's age, adults whose stated ages name no child, and the
paediatric organ for every structure of a child's report (guideline: a child patient -> body system Pediatrics and
the matching Pediatric organ for every structure examined; no adult organ for the same structure).

Classes fixed (corpus ids where they were seen):
  * A pronoun's age in a parent's post: bo026 "my son's surveillance US (he's 14)", l014 "(she's 10 weeks)".
    Guards: an adult ("my husband (he's 45)"), a measure ("he's 14.5 mm"), a pregnancy ("she's 14 weeks pregnant"),
    a recovery ("he is 6 weeks post-op").
  * A parent's bracketed aside in months: bd146 "our little guy (8 mo)". Guards: an interval ("my scan (in 6
    months)", "(6 months ago)").
  * The age slashed to the sex letter ("M/9,", "14/M."). Guards: an adult ("45/F"), a fibroid's label ("F1 |").
  * A Hindi post's child and years: oo040 "mere bete (5 saal)". Guard: a duration ("8 saal se").
  * The Bosniak category written "2F" in a report naming Bosniak: bk069 "Is 2F cancer?". Guard: "HISTORY: 9F".
  * A neonatal study stating the baby's gestation at birth: oq031 "NEONATAL CRANIAL US - day 3, GA 27+4" (read as
    a pregnancy scan dated by weeks and days). Guard: a pregnancy scan dated the same way.
  * An adult's past or family ages: "since age 8", "from age 6", "two kids aged 8 and 10".
  * Adult organs left in a child's report (child_organs.py): bo031 a cheek's subcutis -> Soft tissues; r041 a neck
    abscess's "soft tissue"; x075/bi043/bo083 a neonatal spine's "nerve roots" -> Peripheral nerves; q122 a dimple's
    "subcutaneous fat"; oo044 a pylorus's "muscle"; ok043 "shoulder dystocia"; ok047 "No cervical lymphadenopathy"
    -> Lymph nodes. Guards: an adult's cheek lump, a child's thigh lump (no paediatric region holds a limb).

Left (seen, not fixed here): bd102 an infant's forehead haemangioma read as the liver's (the lesion's typical
site); bg014 a child's jaw mass named beside abdominal organs; bo075 "I'd look at the ovaries in a girl" (a
candidate's plan, not an organ examined); om034/nj038 anatomy the ontology files only under Pediatrics (a "lumbar
spine MRI", the thymus) in an adult's report.

Each passage was written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser
from udt.parser.pediatric import _child_age


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("Posting for my son's renal scan (he's 12): left kidney 9 cm, mild pelviectasis.", True),
        ("Update: my daughter's hip scan today (she's 9 weeks). Alpha angle 61 on the left.", True),
        ("She is 11, and her ovary had a 3 cm cyst on the scan.", True),
        ("Our little one (7 mo) had a neck ultrasound for a lump.", True),
        ("my LO (6 wks) had a scan of his tummy", True),
        ("M/9, limp for 3 days. Right hip: effusion 6 mm.", True),
        ("12/F. Pelvic pain. Right ovary 4 cm.", True),
        ("Meri beti (7 saal) ke pet me dard hai, scan me appendix bada hai", True),
        ("HISTORY: 9F, fever and a neck lump.", True),
        # guards
        ("My husband (he's 45) had his thyroid scanned, 2 nodules.", False),
        ("The nodule he's measured, he's 14.5 mm.", False),
        ("My sister in law, she's 14 weeks pregnant, had a scan.", False),
        ("He is 6 weeks post-op and the collection is smaller.", False),
        ("Recheck my scan (in 6 months) they said.", False),
        ("Referral: 45/F, breast lump 2 cm.", False),
        ("Fibroids: F1 | posterior intramural | 3.8 cm", False),
        ("Mujhe 8 saal se thyroid hai, 2 cm nodule", False),
        ("Bosniak IIF cyst of the left kidney. Is 2F cancer?", False),
        ("I'm 34 and have had this lump since age 8. 2 cm lipoma.", False),
        ("Recurrent UTIs from age 6; now 29F, renal scan normal.", False),
        ("I'm 38F, two kids aged 8 and 10, my scan showed a fibroid.", False),
    ],
)
def test_child_age(text: str, child: bool) -> None:
    assert _child_age(text) is child


@pytest.mark.parametrize(
    ("text", "system", "organs"),
    [
        # a neonate's gestation at birth dates no pregnancy
        ("NEONATAL HEAD US - day 4, GA 29+2\nVentricles: R 5 mm, L 6 mm\nGMH: R grade I\nComment: small R GMH.",
         ["Pediatrics"], ["Neonatal brain and spine"]),
        # adult organs without a paediatric counterpart in a child: the region's, or dropped beside its organs
        ("Figure 2. Pilomatrixoma of the scalp in an 8-year-old: 9 mm calcified nodule in the subcutis.",
         ["Pediatrics"], ["Pediatric head and neck"]),
        ("5-year-old with a tender neck swelling. Right level II: 2 cm abscess within enlarged nodes and oedematous "
         "surrounding soft tissue.", ["Pediatrics"], ["Pediatric head and neck"]),
        ("3-day-old girl with a sacral dimple. The conus ends at L2, normal motion of the nerve roots, the tract "
         "ends in the subcutaneous fat.", ["Pediatrics"], ["Neonatal brain and spine"]),
        # guards: an adult's cheek, a child's limb
        ("A 40-year-old with a cheek lump: 12 mm lipoma in the subcutis.",
         ["Musculoskeletal Joints and Tendons"], ["Soft tissues"]),
        ("A 7-year-old with a thigh lump: 10 mm lipoma in the subcutis.",
         ["Musculoskeletal Joints and Tendons"], ["Soft tissues"]),
    ],
)
def test_child_organs(parser: ReportParser, text: str, system: list[str], organs: list[str]) -> None:
    labels = parser.parse(text).labels
    assert sorted(labels["Body_system_level"]) == system
    assert sorted(labels["Organ_level"]) == organs


def test_child_findings_follow_their_organ(parser: ReportParser) -> None:
    # Since stop 45 the ontology rolls a pilomatricoma up to a mass, so the named tumour is a finding of its own
    # beside the measured nodule, as "Lipoma of the cheek: 11 mm nodule" already was; both are the child's.
    report = parser.parse("Plate 4. Pilomatricoma of the cheek in a 10-year-old: 11 mm nodule in the subcutis.")
    lesions = [(f.organ, f.body_system, f.diagnosis) for f in report.findings if f.kind == "lesion"]
    assert ("Pediatric head and neck", "Pediatrics", "nodule") in lesions
    assert {(organ, system) for organ, system, _ in lesions} == {("Pediatric head and neck", "Pediatrics")}


def test_pregnancy_dated_by_weeks_and_days_still_fetal(parser: ReportParser) -> None:
    # (no neonatal word: the weeks and days are the pregnancy's, and the fetus's organs are no child's)
    labels = parser.parse("GA 22+3. Singleton, cephalic. Fetal kidneys normal. Placenta anterior.").labels
    assert "Pediatrics" not in labels["Body_system_level"]
