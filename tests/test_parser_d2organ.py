"""Organs a word named wrongly, and organs the child rules took from an adult: lymphatic vessels are not lymph nodes; a
bare "neurosonography" title is also a peripheral-nerve study, not the neonatal brain; a silicone implant lies in the
breast; a bare "spine" (an adult's lumbar spine) is not the neonatal spine, whose compound label's age word
qualifies each part; the subcutis of the scalp in a study titled for the scalp is the soft tissues; a Tagalog
"magka-baby" (to have a baby) is a baby wished for, not a child patient. Passages written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

# (passage, organ labels it must have, organ labels it must not have)
ORGANS: list[tuple[str, list[str], list[str]]] = [
    # lymphatic vessels, a lymphatic malformation, filariasis: no lymph nodes
    ("Left hemiscrotum: moderate hydrocele. Dilated lymphatic channels are seen in the spermatic cord with mobile "
     "echoes. Both testes normal.", ["Scrotum"], ["Lymph nodes"]),
    ("Right posterior triangle: a 4 cm multiloculated cystic lesion with thin septa, in keeping with a lymphatic "
     "malformation. No solid component.", [], ["Lymph nodes"]),
    # ... while nodes themselves still are
    ("Neck: several reactive cervical lymph nodes, the largest 9 mm short axis, with a preserved fatty hilum.",
     ["Lymph nodes"], []),
    # a nerve study titled "neurosonography" in an adult
    ("NEUROSONOGRAPHY MEDIAN NERVE RIGHT\nIndication: night-time paraesthesia, 52-year-old woman.\nMedian nerve at "
     "the carpal tunnel inlet swollen, CSA 15 mm2, hypoechoic. Normal calibre in the forearm.",
     ["Peripheral nerves"], ["Neonatal brain and spine"]),
    # ... and a neonatal cranial study still names the neonatal brain
    ("NEONATAL NEUROSONOGRAPHY\nTerm neonate, day 3. Ventricles normal in size. No germinal matrix haemorrhage. "
     "Periventricular white matter normal.", ["Neonatal brain and spine"], []),
    # a silicone implant is in the breast
    ("Left silicone implant: intact shell, no intracapsular or extracapsular rupture. No peri-implant fluid.",
     ["Breast"], []),
    # an adult's spine named in passing is no neonatal spine; a baby's spine still is
    ("62-year-old man. Incidental left renal cyst on a lumbar spine MRI. Left kidney: a 35 mm simple cyst. Right "
     "kidney normal.", ["Kidney and ureter"], ["Neonatal brain and spine"]),
    ("Two-week-old with a sacral dimple. Spine: conus medullaris ends at L1-L2, normal filum, no tethering.",
     ["Neonatal brain and spine"], []),
    # a scalp study's subcutis: the soft tissues, and the skull whose table is reported on
    ("US SCALP\nA 16 mm oval, well-defined lesion lies in the subcutaneous tissue of the left occipital scalp, with "
     "posterior enhancement and no vascularity. The outer table of the skull beneath it is intact.",
     ["Skull", "Soft tissues"], []),
]

# A Filipino post about an adult's pelvic scan that asks whether she can still have a baby: no child patient.
WISHED_BABY: list[str] = [
    "Ate ko po (36) nagpa-TVS. 'Uterus enlarged with a 4 cm intramural myoma. Left ovary: 3.8 cm simple cyst. "
    "Right ovary normal.' Pwede pa po ba siya magka-baby?",
    "Share ko lang po result ng TVS ko: 'Uterus normal size. Right ovary with a 2.9 cm endometrioma.' Pwede pa ba "
    "magkaroon ng baby? Salamat po.",
    "TVS ko po: 'Uterus with a 3 cm submucous myoma. Both ovaries normal.' Makakapag-baby pa po ba kami?",
]

# The baby who is the patient keeps the child's organs.
CHILD_BABY: list[tuple[str, str]] = [
    ("Baby ko po 2 months, hip scan: 'Right hip alpha angle 62 degrees, normal. Left hip normal.'",
     "Infant hip and knee"),
    ("Our baby (6 weeks) had a hip scan today: right hip alpha angle 64 degrees, normal.", "Infant hip and knee"),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "present", "absent"), ORGANS)
def test_organ_named(parser: ReportParser, text: str, present: list[str], absent: list[str]) -> None:
    organs = labels_of(parser, text, "Organ_level")
    assert set(present) <= set(organs)
    assert set(absent).isdisjoint(organs)


@pytest.mark.parametrize("text", WISHED_BABY)
def test_baby_wished_for_in_tagalog_is_no_child(parser: ReportParser, text: str) -> None:
    assert "Pediatrics" not in labels_of(parser, text, "Body_system_level")
    assert "Uterus" in labels_of(parser, text, "Organ_level")


@pytest.mark.parametrize(("text", "organ"), CHILD_BABY)
def test_baby_patient_stays_a_child(parser: ReportParser, text: str, organ: str) -> None:
    assert organ in labels_of(parser, text, "Organ_level")
