"""Diagnosis and lesion-descriptor error classes of the newest development corpora (issue 11, wave u4dx): one table
per class, sentences written for these tests in several source styles (translated templates, dictation, patient
posts), never corpus lines, each table with near misses where the rule must not fire."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

CYSTIC = "cystic components"
IC = "InternalCharacteristics"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


# 1. "Cystic" naming what a thing is, not a cystic part of it: a translated report's whole lesion ("cystic
# formation", "cystic image", "cystic SOL", like the ontology's "cystic lesion") and a condition's name ("acquired
# cystic disease", "cystic hygroma", "cystic fibrosis", "cystic dilatation"). Guideline: only a stated component is a
# content value. (passage, the InternalCharacteristics labels expected)
CYSTIC_KINDS = [
    ("Right ovary: 3,4 x 2,9 cm, with an anechoic cystic formation of 28 x 24 mm, thin walls, avascular.", []),
    ("FICAT: in segment VII subcapsular, a cystic image of 19 x 15 mm, regular contours, with posterior "
     "reinforcement.", []),
    ("Right kidney 10,6 cm. A cystic SOL measuring approx. 14 x 12 mm seen at the upper pole.", []),
    ("Ovarium sin.: two cystic formations, 22 and 17 mm, thin walls, with a fine septum.", ["septations"]),
    ("Both native kidneys small and echogenic with multiple small cysts, consistent with acquired cystic disease.",
     []),
    ("Neck: multiloculated lesion in keeping with a cystic hygroma, 4 cm.", []),
    ("Known cystic fibrosis. Liver coarse with a nodular outline.", []),
    ("CBD: 14 mm cystic dilatation of the extrahepatic duct, no stones seen.", []),
]
# Near misses: "cystic" as a component or a lesion's composition keeps its value.
CYSTIC_COMPONENT_GUARDS = [
    ("Left lobe: 21 mm isoechoic nodule with cystic areas and a hypoechoic halo.", [CYSTIC]),
    ("Right lobe: predominantly cystic nodule of 18 mm with a small solid part.", [CYSTIC, "solid components"]),
    ("Segment VI: 3 cm solid formation with cystic change centrally.", [CYSTIC, "solid components"]),
    ("Right level II: 19 mm node with a cystic portion, no hilum.", [CYSTIC]),
    ("Right ovary: partly cystic formation of 3 cm.", [CYSTIC]),
    ("Right adnexa: mixed solid-cystic formation of 52 mm.", ["mixed cystic and solid mass"]),
    ("Thyroid: a cystic nodule of 11 mm in the isthmus.", [CYSTIC]),
]


@pytest.mark.parametrize(("text", "expected"), CYSTIC_KINDS + CYSTIC_COMPONENT_GUARDS)
def test_cystic_naming_a_kind_is_no_component(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert sorted(labels_of(parser, text, IC)) == sorted(expected)


# 2. A disease an organ was removed or replaced for ("status after thyroidectomy for papillary carcinoma",
# "transplanted for HCC"): the patient's history, not a finding of this scan (guideline: history is not labelled).
# A colon that closes a bracket ("(transplanted for HCC): ...") ends that history like a plain colon. Near misses: a
# lesion of this scan after the history, and an operation still planned for a lesion seen now.
# (passage, the Diagnosis labels expected)
TREATED_FOR = [
    ("NECK US - 2 years after total thyroidectomy for papillary carcinoma.\nThyroid bed: empty on both sides.", []),
    ("Post-transplant Doppler, liver transplanted for HCC (2023).\nHepatic artery RI 0.68, portal vein patent.", []),
    ("Pelvic scan, status post hysterectomy for fibroids. Vault 2 cm; no free fluid.", []),
    # near misses
    ("Liver graft (transplanted for HCC in 2023): 14 mm simple cyst in segment 7.", ["cyst"]),
    ("Liver graft (treated for HCC): new 14 mm hypoechoic nodule in segment 7.", ["nodule"]),
    ("Right lobe: 26 mm solid hypoechoic nodule, TR5. Hemithyroidectomy for the nodule is advised.", ["nodule"]),
    ("Liver: 3 cm mass in segment 6. Surgery for the mass is planned.", ["mass"]),
]


@pytest.mark.parametrize(("text", "expected"), TREATED_FOR)
def test_disease_an_organ_was_removed_for_is_history(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert sorted(labels_of(parser, text, "Diagnosis")) == sorted(expected)
