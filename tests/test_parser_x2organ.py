"""Organ classes of the x2organ wave (issue 11): passages written for this file, never corpus lines, each class with
near misses where the rule must not fire. Each row states the whole Organ_level set the parser must give."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

Row = tuple[str, set[str]]

# A named bone of the vault ("frontal bone", "parietal bone", "occipital bone") is the skull (ontology synonyms of
# the calvarium): translated and dermatology writers name the bone under a scalp lump, not "skull". Before, a lump
# on the bone fell to the soft tissues and a bone stated intact beneath a lipoma labelled nothing.
VAULT_BONES: list[Row] = [
    ("Forehead lump. In the subcutaneous fat of the right frontal region an oval formation isoechoic to fat, "
     "22 x 7 mm, avascular. The cortex of the frontal bone is regular, without erosion.", {"Skull", "Soft tissues"}),
    ("A 10 x 3 mm hyperechoic broad-based formation on the outer plate of the left parietal bone with dense acoustic "
     "shadow: osteoma.", {"Skull"}),
    ("Soft swelling behind the ear: 15 mm hypoechoic solid lesion eroding the occipital bone, internal flow.",
     {"Skull"}),
    # near misses: a fetal head's bones are the fetus's (no adult organ), and a vault word naming no bone
    ("Fetal biometry: BPD 86 mm, HC 312 mm. No scalloping of the frontal bones.", set()),
    ("Left occipital lymph node 9 x 5 mm with a fatty hilum, reactive.", {"Lymph nodes"}),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "organs"), VAULT_BONES)
def test_a_vault_bone_is_the_skull(parser: ReportParser, text: str, organs: set[str]) -> None:
    assert set(parser.parse(text).labels["Organ_level"]) == organs


SPACE = "Peritoneum mesentery and omentum"

# Fluid denied in a sentence that names the peritoneal space itself ("no effusion of the peritoneal cavity") labels
# the space as "no free fluid" does (fluid_space_labels.py): translated writers name the space, seldom "free fluid".
# Before, the space, left as no site of a lesion-free sentence, labelled nothing.
SPACE_NAMED: list[Row] = [
    ("Liver of normal size, homogeneous. Gallbladder without stones. No effusion of the peritoneal cavity.",
     {"Liver", "Gallbladder and bile ducts", SPACE}),
    ("Kidneys of usual aspect. Liquid in the peritoneum is not determined.", {"Kidney and ureter", SPACE}),
    ("Spleen 10 cm. No fluid in the peritoneal cavity.", {"Spleen", SPACE}),
    # near misses: the space named with no fluid denied, and fluid denied in another space
    ("Liver normal. The omentum is not thickened.", {"Liver"}),
    ("Liver normal. No fluid in the pleural cavities.", {"Liver", "Pleural space"}),
]


@pytest.mark.parametrize(("text", "organs"), SPACE_NAMED)
def test_fluid_denied_in_the_named_space_labels_it(parser: ReportParser, text: str, organs: set[str]) -> None:
    assert set(parser.parse(text).labels["Organ_level"]) == organs


# The Latin names of the rectouterine pouch ("cavum Douglasi", "excavatio rectouterina", ontology synonyms) are the
# recess as "pouch of Douglas" is: fluid there, present or denied, labels the peritoneal space.
LATIN_RECESS: list[Row] = [
    ("Uterus anteverted, 7.5 cm, endometrium 6 mm. Cavum Douglasi: without fluid.", {"Uterus", SPACE}),
    ("Right ovary 28 mm with a corpus luteum. In the cavum Douglasi a little free fluid, 9 mm.", {"Adnexa", SPACE}),
    ("Uterus of usual size. Excavatio rectouterina: no liquid.", {"Uterus", SPACE}),
    # near miss: the uterus's own cavity is no recess
    ("Uterus of usual size. Cavum uteri: a little fluid, 3 mm.", {"Uterus"}),
]


@pytest.mark.parametrize(("text", "organs"), LATIN_RECESS)
def test_a_latin_recess_is_the_pouch(parser: ReportParser, text: str, organs: set[str]) -> None:
    assert set(parser.parse(text).labels["Organ_level"]) == organs


# Fluid denied in the abdomen named as a bare region after it ("No fluid in abdomen") is the space's, as "no free
# fluid" is (fluid_space_labels.denied_in_region). Before, "fluid" without "free" in a region labelled nothing.
ABDOMEN_FLUID: list[Row] = [
    ("Liver and spleen unremarkable.\n- No fluid in abdomen", {"Liver", "Spleen", SPACE}),
    ("Pancreas obscured by bowel gas. No fluid in the abdomen or pelvis.", {"Pancreas", SPACE}),
    # near misses: a region before the fluid (the haematoma's space, the study), a region keying its line, an organ
    ("Infrarenal aorta 5.4 cm with mural thrombus. No retroperitoneal haematoma.",
     {"Retroperitoneum and great vessels"}),
    ("My abdominal scan said gallbladder sludge, no pericholecystic fluid.", {"Gallbladder and bile ducts"}),
    ("Liver normal. RUQ: no collection.", {"Liver"}),
]


@pytest.mark.parametrize(("text", "organs"), ABDOMEN_FLUID)
def test_fluid_denied_in_the_abdomen_labels_the_space(parser: ReportParser, text: str, organs: set[str]) -> None:
    assert set(parser.parse(text).labels["Organ_level"]) == organs
