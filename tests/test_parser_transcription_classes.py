"""Classes of error found in transcription-style reports (dictated reports a transcription system ran together,
".," artefacts, capitals, numbered impressions), each a table of sentences written for these tests, with near misses
that must not trigger."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

# A hollow organ's filling called normal in the same breath ("distended and unremarkable") is how full it was, not a
# fault: the organ is normal even when another organ holds a finding. Near misses: "distended" alone, "distended and
# otherwise normal" (a concession), and another abnormal state word ("enlarged and unremarkable").
FILLING_CALLED_NORMAL = [
    ("RENAL ULTRASOUND.,FINDINGS:,  A 6 mm calculus lies in the lower pole of the right kidney.,The bladder is "
     "distended and unremarkable.", ["normal appearance"]),
    ("EXAM:,  Pelvis.,FINDINGS:,  A 3 cm fibroid in the fundus.,Urinary bladder distended and normal.",
     ["mass", "normal appearance"]),
    ("Left kidney: 9 mm nonobstructing stone.  The urinary bladder is distended and normal in appearance.",
     ["normal appearance"]),
    ("US RUQ.,FINDINGS:,  The liver contains a 2 cm simple cyst.,The gallbladder is distended and unremarkable.",
     ["cyst", "normal appearance"]),
    # near misses
    ("A 6 mm calculus lies in the lower pole of the right kidney.,The bladder is distended.", []),
    ("A 6 mm calculus lies in the lower pole of the right kidney.,The bladder is distended and otherwise normal.", []),
    ("A 6 mm calculus lies in the lower pole of the right kidney.,The spleen is enlarged and unremarkable.", []),
    ("The gallbladder is distended and contains sludge.  The liver holds a 2 cm cyst.", ["cyst"]),
]


@pytest.mark.parametrize(("text", "expected"), FILLING_CALLED_NORMAL)
def test_a_filling_called_normal_leaves_the_organ_normal(parser: ReportParser, text: str,
                                                         expected: list[str]) -> None:
    assert labels_of(parser, text, "Diagnosis") == expected


# "Growth" names a mass only as a thing ("a polypoid growth"); the process of growing, of a fetus or of a known lesion
# over time ("normal interval growth", "fetal growth restriction"), names no mass. Near misses: a growth as a thing.
GROWTH_AS_PROCESS = [
    ("OB ULTRASOUND.,FINDINGS:,  Single live intrauterine pregnancy.  Placenta anterior.,IMPRESSION:,  Normal "
     "interval growth.", False),
    ("THIRD TRIMESTER SCAN.,FINDINGS:,  Fetal growth is on the 40th percentile.  Amniotic fluid normal.", False),
    ("IMPRESSION:,  1.  Growth parameters appropriate for dates.,2.  Posterior placenta.", False),
    ("The 8 mm right thyroid nodule shows no further growth since 2022.", False),
    ("IMPRESSION:,  Suspected fetal growth restriction; repeat scan in 2 weeks.", False),
    # near misses: a growth as a thing
    ("BLADDER:,  A 1.5 cm polypoid growth arises from the left lateral wall.", True),
    ("Exophytic growth from the upper pole of the left kidney, 3 cm.", True),
    ("A growth is seen in the gallbladder fundus measuring 9 mm.", True),
]


@pytest.mark.parametrize(("text", "expected"), GROWTH_AS_PROCESS)
def test_growth_as_a_process_names_no_mass(parser: ReportParser, text: str, expected: bool) -> None:
    assert ("mass" in labels_of(parser, text, "Diagnosis")) is expected


# A body space that a denial says holds no fluid was examined and found dry ("No free fluid in Morison's pouch"), as
# one where fluid is seen is (guideline: Morison's pouch / the hepatorenal space -> peritoneum; an organ only in a
# negated statement is examined), also beside another organ; so is the pouch of Douglas under the free-fluid
# convention (fluid_space_labels.py: fluid of any name in a recess of the space, as the blind writers label it).
# Near misses: the perisplenic space (fluid named by its organ), and an organ said to be outside the examination.
DENIED_FLUID_SPACE = [
    ("FAST.,FINDINGS:,  No free fluid is seen in Morison's pouch.,The spleen is intact.", True),
    ("RUQ ULTRASOUND.,FINDINGS:,  The liver is normal.  There is no fluid in the hepatorenal space.", True),
    ("EXAM:,  Abdomen.,FINDINGS:,  Gallbladder normal.,No free fluid in Morison pouch.,Kidneys normal.", True),
    ("FINDINGS:,  No ascites.,The liver measures 14 cm and is homogeneous.", True),
    ("PELVIS.,FINDINGS:,  No fluid in the pouch of Douglas.,The uterus is normal.", True),
    # near misses
    ("FINDINGS:,  No perisplenic fluid.,The spleen measures 11 cm.", False),
    ("FINDINGS:,  The liver is normal.,The peritoneum was not examined.", False),
]


@pytest.mark.parametrize(("text", "expected"), DENIED_FLUID_SPACE)
def test_a_space_found_dry_is_examined(parser: ReportParser, text: str, expected: bool) -> None:
    assert ("Peritoneum mesentery and omentum" in labels_of(parser, text, "Organ_level")) is expected


# A report that calls a breast lesion a nodule keeps its word whatever the word order: "breast nodule" reads as "a
# nodule in the breast" does (guideline: a suspicious thyroid or breast nodule -> nodule), not as BI-RADS's "mass".
# Near misses: a breast "mass" stays a mass, and "breast" beside "lump" gives no nodule.
BREAST_NODULE_WORDING = [
    ("IMPRESSION:,  Suspicious new left breast nodule.  BI-RADS 4.", ["nodule"]),
    ("FINDINGS:,  Two small bilateral breast nodules, the larger 7 mm at 4 o'clock on the right.", ["nodule"]),
    ("RIGHT BREAST:,  Irregular hypoechoic breast nodule at 10 o'clock, 9 mm.", ["nodule"]),
    ("A 9 mm hypoechoic nodule in the left breast at 2 o'clock.", ["nodule"]),
    # near misses
    ("IMPRESSION:,  Suspicious left breast mass.  BI-RADS 4.", ["mass"]),
    ("HISTORY:,  Breast lump.,FINDINGS:,  Normal fibroglandular tissue, no mass.", ["normal appearance"]),
]


@pytest.mark.parametrize(("text", "expected"), BREAST_NODULE_WORDING)
def test_a_breast_nodule_keeps_its_word(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Diagnosis") == expected
