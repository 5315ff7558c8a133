"""An infant hip graded Graf type I (Ia, Ib, "1") is a normal hip (guideline: a Graf type I hip -> normal appearance),
even with no word "normal" and beside a dysplastic or immature other hip; the Graf grade also names the infant hip
the report examines. Graf type II and worse are no normal hip. Passages written for this file.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

NORMAL = "normal appearance"
INFANT_HIP = "Infant hip and knee"

# (passage, whether "normal appearance" is labelled)
GRAF: list[tuple[str, bool]] = [
    ("Hip ultrasound, 5-week-old boy, breech birth. Left hip: alpha 66 degrees, Graf type Ia. "
     "Right hip: alpha 51 degrees, Graf type IIb.", True),
    ("Our son had his hip scan at 6 weeks. The letter says 'right Graf 1, left Graf 2a, recheck in a month'.", True),
    ("Neonatal screening: cranial ultrasound shows a 3 mm choroid plexus cyst on the left. Hips: Graf Ib bilaterally.",
     True),
    ("Infant hips at 8 weeks: both Graf type I, alpha angles 63 and 65 degrees.", True),
]

GUARDS: list[tuple[str, bool]] = [
    # worse grades on both sides: no normal hip
    ("Infant hip ultrasound at 7 weeks: right Graf type IIa, left Graf type IIc with reduced coverage.", False),
    ("Hip ultrasound of a 6-week-old girl: left hip Graf type III, right hip Graf type IIa, physiologically immature.",
     False),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "normal"), GRAF + GUARDS)
def test_graf_grade(parser: ReportParser, text: str, normal: bool) -> None:
    labels = parser.parse(text).labels
    assert (NORMAL in labels["Diagnosis"]) is normal
    assert INFANT_HIP in labels["Organ_level"]


# German "o.B." (ohne Befund, "without findings") said of a whole organ: that organ is normal (guideline: "o.B." ->
# normal appearance), even beside a lesion of another organ; said of a lobe beside a lesion of the other lobe, no.
OHNE_BEFUND: list[tuple[str, bool]] = [
    ("Sonographie Abdomen. Liver with a 14 mm echogenic lesion in segment 6, likely haemangioma. Spleen o.B., "
     "10 cm. Kidneys o.B. bilaterally.", True),
    ("Nieren: right kidney 11 cm, 18 mm simple cyst at the lower pole. Left kidney o. B. Harnblase: wall smooth.",
     True),
    ("Schilddruese: right lobe with a 9 mm hypoechoic nodule. Left lobe o.B.", False),
]


@pytest.mark.parametrize(("text", "normal"), OHNE_BEFUND)
def test_ohne_befund(parser: ReportParser, text: str, normal: bool) -> None:
    assert (NORMAL in parser.parse(text).labels["Diagnosis"]) is normal


# One named muscle called normal beside a lesion of the soft tissues is a part, not a whole organ (guideline: a normal
# tendon, ligament or muscle -> no); a muscle in a study with nothing abnormal still makes a normal study.
MUSCLES: list[tuple[str, bool]] = [
    ("Right thigh: a 4 cm intramuscular haematoma within the vastus lateralis. The left sternocleidomastoid is normal.",
     False),
    ("Neck ultrasound of a 40-year-old: 2 cm lipoma in the posterior neck subcutis. Left SCM normal.", False),
    ("Ultrasound of the right calf for a lump: no mass or collection. Gastrocnemius muscle normal.", True),
]


@pytest.mark.parametrize(("text", "normal"), MUSCLES)
def test_named_muscle(parser: ReportParser, text: str, normal: bool) -> None:
    assert (NORMAL in parser.parse(text).labels["Diagnosis"]) is normal
