"""Words read as findings that are not the patient's findings (round k2): "growth" meaning an increase in size, a
quiz's options, and a teaching line's general lesson. Passages written for this file.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

MASS = "mass"
FLUID = "fluid collection"
NORMAL = "normal appearance"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def _diagnoses(parser: ReportParser, text: str) -> set[str]:
    return set(parser.parse(text).labels.get("Diagnosis", []))


# (passage, diagnoses that must be labelled, diagnoses that must not)
GROWTH: list[tuple[str, set[str], set[str]]] = [
    # an increase in size over time, or a fetus's growing: no mass
    ("Thyroid follow-up. Right nodule 14 mm, previously 11 mm. Impression: Growth of 3 mm in 2 years.", set(), {MASS}),
    ("Renal cyst, Bosniak 2. There has been a growth of 20% since 2021.", {"cyst"}, {MASS}),
    ("Infrarenal aorta 46 mm. Comment: growth 4 mm over 18 months, refer to vascular.", set(), {MASS}),
    ("Lump in the neck. Rapid enlargement last week. Teaching: sudden growth suggests a bleed into a cyst.",
     set(), {MASS}),
    ("Obstetric scan at 28 weeks. Fetus: growth and liquor normal, placenta posterior.", set(), {MASS}),
    ("Pregnant, 31 weeks, known 5 cm fibroid in the fundus. Baby growth normal.", {MASS}, {NORMAL}),
    # near misses: a growth as a thing stays a mass
    ("Bladder scan: a polypoid growth of 2.4 cm on the left lateral wall.", {MASS}, set()),
    ("Rectal ultrasound. A growth of 3 cm in the lower rectum, vascular.", {MASS}, set()),
    ("Cervix: an exophytic growth 28 mm with internal flow.", {MASS}, set()),
]


@pytest.mark.parametrize(("text", "present", "missing"), GROWTH)
def test_growth_sense(parser: ReportParser, text: str, present: set[str], missing: set[str]) -> None:
    labels = _diagnoses(parser, text)
    assert present <= labels
    assert not missing & labels


QUIZ: list[tuple[str, set[str], set[str]]] = [
    ("Quiz 4. A 30 mm anechoic cyst at the head of the epididymis with no flow.\n"
     "Options: hydrocele, spermatocele, testicular tumour.\nAnswer: spermatocele.", {"cyst"}, {MASS, FLUID}),
    ("Q12. 45-year-old woman, a 9 mm echogenic focus in the gallbladder wall with comet-tail artefact.\n"
     "What is it? (a) adenomyomatosis (b) gallbladder carcinoma (c) polyp\nAnswer: (a).", set(), {MASS}),
    # near misses: a figure legend's panels are no options; options with no answer line are left alone
    ("Figure 3. (A) A 2 cm solid mass in the left breast. (B) Doppler shows internal flow.\nAnswer: fibroadenoma.",
     {MASS}, set()),
    ("Choices: a 2 cm mass in the right lobe of the liver.", {MASS}, set()),
]


@pytest.mark.parametrize(("text", "present", "missing"), QUIZ)
def test_quiz_options(parser: ReportParser, text: str, present: set[str], missing: set[str]) -> None:
    labels = _diagnoses(parser, text)
    assert present <= labels
    assert not missing & labels


LESSONS: list[tuple[str, set[str], set[str]]] = [
    ("Right ovary: 3 cm simple cyst. Left ovary normal.\nTake-home: an abscess needs a liquid centre before drainage.",
     {"cyst"}, {FLUID}),
    ("Breast: a 12 mm oval circumscribed lesion at 2 o'clock.\nKey point: a fibroadenoma may enlarge in pregnancy.",
     set(), {MASS}),
    # near misses: the teaching line that tells the case itself keeps its findings
    ("Teaching point: a 52-year-old man with fever. Ultrasound showed a 5 cm liver abscess in segment 7.", {FLUID},
     set()),
    ("Points for discussion: this is a 4 cm abscess of the thigh; drain it today.", {FLUID}, set()),
]


@pytest.mark.parametrize(("text", "present", "missing"), LESSONS)
def test_teaching_lessons(parser: ReportParser, text: str, present: set[str], missing: set[str]) -> None:
    labels = _diagnoses(parser, text)
    assert present <= labels
    assert not missing & labels


GENERIC_CHANGES: list[tuple[str, set[str], set[str]]] = [
    ("Calf muscle: ill-defined echogenic area of bleeding. Plan: rescan in ten days - a haematoma should liquefy "
     "by then.", set(), {FLUID}),
    ("Suprarenal lesion in a neonate. Follow-up decides it: haemorrhage shrinks over weeks, a tumour won't.", set(),
     {MASS}),
    ("No collection yet. Repeat the scan on day 6, when the haematoma has become anechoic.", set(), {FLUID}),
    # near misses: the patient's own finding, described or changed in the past, keeps its label
    ("Thigh: a 4 cm haematoma. The haematoma has shrunk since last week.", {FLUID}, set()),
    ("Right flank: a 5 cm haematoma; the haematoma should be aspirated.", {FLUID}, set()),
]


@pytest.mark.parametrize(("text", "present", "missing"), GENERIC_CHANGES)
def test_generic_changes(parser: ReportParser, text: str, present: set[str], missing: set[str]) -> None:
    labels = _diagnoses(parser, text)
    assert present <= labels
    assert not missing & labels


TREATED: list[tuple[str, set[str]]] = [
    # a finding treated before this scan, whatever way it was done: not present now
    ("Re-scanned four weeks after percutaneous drainage of a 6 cm liver abscess. No residual collection.", set()),
    ("Scan following ultrasound-guided aspiration of a breast abscess. No collection now.", set()),
    # near miss: a collection found now, after the drainage of another, is present
    ("After surgical drainage of a thigh abscess, a new 3 cm collection is seen in the calf.", {FLUID}),
]


@pytest.mark.parametrize(("text", "present"), TREATED)
def test_treated_before(parser: ReportParser, text: str, present: set[str]) -> None:
    labels = _diagnoses(parser, text)
    assert (FLUID in labels) is (FLUID in present)
