"""Diagnosis words read in the sense the report gives them (udt.parser.senses, termset.COMPLAINT_MASS_WORDS and
OTHER_SENSE_BEFORE["met"]): a mass the patient or the referrer felt ("palpable neck mass", "pulsatile abdominal
mass", "a feeling of a mass") is the complaint the scan explains, not a lesion it shows; "met" as the verb ("audit
standard met") or the urologist's medical expulsive therapy ("recheck after MET") is no metastasis. Guards: a mass
the scan shows, a mass named after the complaint, and the abbreviated metastasis.

A template key that runs on past its finding (template_keys.py): "Free fluid in the pelvis: not seen", a bilingual
"FREE FLUID / LIQUIDE LIBRE: none" deny the finding as "Free fluid: none" does. Guards: a key whose later words name
a descriptor of their own ("Nodule 2 echogenic foci: none"), a value that measures ("... pelvis: 12 mm"), a finding
in running prose. Passages written for this file.

Rows: a passage and the report's Diagnosis labels, then the statuses of its "mass" (or "fluid collection") mentions.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

Row = tuple[str, list[str], set[str]]

ROWS: list[Row] = [
    # the complaint: no mass
    ("Indication: palpable right neck mass for 3 weeks.\nFindings: 2.1 cm anechoic cyst anterior to the right "
     "sternocleidomastoid, thin walled, consistent with a branchial cleft cyst.", ["cyst"], set()),
    ("History: 70M, pulsatile abdominal mass.\nThe infrarenal aorta is aneurysmal, 5.9 cm AP, with mural thrombus.",
     [], set()),
    ("Woman of 41 with the feeling of a mass in the vagina. Anterior vaginal wall: anechoic 18 mm Gartner duct cyst.",
     ["cyst"], set()),
    ("Painful pulsating groin mass after femoral catheterisation: 3 cm pseudoaneurysm with a 4 mm neck.", [], set()),
    # guards: a mass the scan shows is still one, even where a complaint opens the report
    ("Palpable lump left breast. At 2 o'clock there is a 14 mm irregular hypoechoic mass, suspicious.", ["mass"],
     {"present"}),
    ("A 3 cm solid hypoechoic mass in the right breast, palpable on examination.", ["mass"], {"present"}),
    ("Referred with a palpable lump. Left flank mass: 6 cm solid renal mass arising from the lower pole.", ["mass"],
     {"present"}),
    # "met": the verb and the stone therapy, not a metastasis
    ("Right distal ureteric stone 5 mm with mild hydronephrosis. Recheck after MET.", [], set()),
    ("Report turnaround within 48 hours; audit standard met.", [], set()),
    # guard: the abbreviated metastasis
    ("Liver: two hypoechoic lesions, the larger 18 mm in segment 6, likely a met.", [], {"uncertain"}),
    ("Known colon cancer. Multiple liver mets, the largest 31 mm in segment 7.", ["mass"], {"present"}),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "diagnoses", "mass_statuses"), ROWS)
def test_complaint_mass_and_met(parser: ReportParser, text: str, diagnoses: list[str],
                                mass_statuses: set[str]) -> None:
    report = parser.parse(text)
    assert sorted(report.labels["Diagnosis"]) == sorted(diagnoses)
    assert {m.status for m in report.mentions if m.value == "mass"} == mass_statuses


FLUID_ROWS: list[Row] = [
    ("Uterus anteverted, 7.6 cm, normal.\nFree fluid in the pouch of Douglas: not seen.", ["normal appearance"],
     {"absent"}),
    ("Kidneys normal.\nFree fluid in abdominal cavity: none.", ["normal appearance"], {"absent"}),
    ("SPLEEN / RATE: 10.5 cm, homogeneous.\nFREE FLUID / LIQUIDE LIBRE: none.", [], {"absent"}),
    ("Gallbladder: 3 mobile stones up to 9 mm.\nPericholecystic fluid / liquide pericholecystique: absent.", [],
     {"absent"}),
    # guards
    ("Uterus normal.\nFree fluid in the pelvis: 12 mm deepest pocket.", ["fluid collection", "normal appearance"],
     {"present"}),
    ("There is free fluid in the pelvis and Morison's pouch: moderate.", ["fluid collection"], {"present"}),
]


@pytest.mark.parametrize(("text", "diagnoses", "fluid_statuses"), FLUID_ROWS)
def test_long_template_keys(parser: ReportParser, text: str, diagnoses: list[str], fluid_statuses: set[str]) -> None:
    report = parser.parse(text)
    assert sorted(report.labels["Diagnosis"]) == sorted(diagnoses)
    assert {m.status for m in report.mentions if m.value == "fluid collection"} == fluid_statuses


def test_long_key_with_a_descriptor_of_its_own(parser: ReportParser) -> None:
    report = parser.parse("THYROID\nNODULE 2 SIZE: 0.8 CM\nNODULE 2 COMPOSITION: SOLID\nNODULE 2 ECHOGENIC FOCI: NONE")
    assert report.labels["Diagnosis"] == ["nodule"]
    assert {m.status for m in report.mentions if m.value == "nodule"} == {"present"}
    assert ("InternalCharacteristics", "calcifications", "absent") in {
        (m.dimension, m.value, m.status) for m in report.mentions}


# A thyroid nodule called cystic is a nodule of cystic composition (TI-RADS), not a cyst (guideline: thyroid nodules
# -> nodule); a thyroid or colloid cyst named so stays a cyst.
THYROID_ROWS: list[tuple[str, list[str], list[str]]] = [
    ("Thyroid: left lobe 4.4 cm with a purely cystic nodule of 5 mm at the upper pole, comet-tail artefact.",
     ["nodule"], ["cystic components"]),
    ("Impression: two small cystic thyroid nodules (TR1), no follow-up needed.", ["nodule"], ["cystic components"]),
    ("Thyroid: right lobe 9 mm colloid cyst with comet-tail artefacts.", ["cyst"], []),
]


@pytest.mark.parametrize(("text", "diagnoses", "contents"), THYROID_ROWS)
def test_cystic_thyroid_nodule_is_a_nodule(parser: ReportParser, text: str, diagnoses: list[str],
                                           contents: list[str]) -> None:
    report = parser.parse(text)
    assert report.labels["Diagnosis"] == diagnoses
    assert report.labels["InternalCharacteristics"] == contents


# "Ganglions"/"ganglia" of translated and bilingual reports are lymph nodes where node words stand in their sentence;
# a joint's ganglion is a cyst.
GANGLION_ROWS: list[tuple[str, list[str]]] = [
    ("Thyroid: both lobes normal.\nGanglions: no suspicious adenopathy in the cervical chains.", ["normal appearance"]),
    ("LYMPH NODES / GANGLIONS: right level II 12 x 5 mm, oval, hilum preserved.", []),
    ("Neck: ganglia of reactive aspect on both sides, the biggest 9 mm.", []),
    ("Right wrist: 14 mm anechoic dorsal ganglion arising from the scapholunate joint.", ["cyst"]),
]


@pytest.mark.parametrize(("text", "diagnoses"), GANGLION_ROWS)
def test_ganglions_of_the_neck_are_nodes(parser: ReportParser, text: str, diagnoses: list[str]) -> None:
    assert parser.parse(text).labels["Diagnosis"] == diagnoses
