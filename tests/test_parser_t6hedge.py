"""Status classes of hedged and denied values (issue 11, the t6hedge wave): one table per class, passages written for
this file in the corpora's styles (template lines, patient posts, dictation), never corpus lines, each with near
misses where the rule must not fire. Rows read a value the way the corpus scoring does (``reading_of``: labelled, else
absent, else uncertain, else None)."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

Row = tuple[str, str, str, str | None]  # (passage, field, value, expected reading)

# A template key that places its finding before the colon ("Free fluid in the pelvis: not found"): the value denies
# the key's head, not only the last word before the colon; a lesion named in the site phrase is where the head was
# looked for and stays. Before, the head stayed present ("Cysts in the left kidney: none" labelled a cyst) and the
# site's lesion was denied instead ("Calcifications within the nodule: absent" denied the nodule).
SITED_TEMPLATE_KEYS: list[Row] = [
    ("Uterus: anteverted, normal.\nFree fluid in the pouch of Douglas: not found.", "Diagnosis", "fluid collection",
     "absent"),
    ("Right kidney 10.9 cm.\nCysts in the right kidney: none", "Diagnosis", "cyst", "absent"),
    ("Pleural effusion on the left: nil.\nLiver: normal.", "Diagnosis", "fluid collection", "absent"),
    ("Thyroid nodule 14 mm, isoechoic.\nCalcifications within the nodule: absent.", "InternalCharacteristics",
     "calcifications", "absent"),
    ("Thyroid nodule 14 mm, isoechoic.\nCalcifications within the nodule: absent.", "Diagnosis", "nodule", "present"),
    ("POCUS FAST\nFluid in the splenorenal recess: not detected\nPericardium: no effusion", "Diagnosis",
     "fluid collection", "absent"),
    # near misses: a value that asserts, a value that is a description, a key with a second finding
    ("Free fluid in the pelvis: small amount, 12 mm deep.", "Diagnosis", "fluid collection", "present"),
    ("Nodule in the right lobe: 8 mm, no calcifications.", "Diagnosis", "nodule", "present"),
    ("Mass in the liver: hypoechoic, no internal flow.", "Diagnosis", "mass", "present"),
    ("Cyst in the left ovary and free fluid: none", "Diagnosis", "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), SITED_TEMPLATE_KEYS)
def test_a_sited_template_key_takes_its_value(parser: ReportParser, text: str, field: str, value: str,
                                              expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# A poster's own question closed by "or not" ("so do I have a gallstone or not", "is it a cyst or not??"): it asks,
# asserting and doubting nothing (guideline "Status": the poster's own questions do not count). Before, its finding
# was labelled present, or its "or" read as two alternatives. Near misses: "whether or not", an "or not" that goes
# on, a relayed report's words, and the report's own denial beside the question.
EITHER_WAY_QUESTIONS: list[Row] = [
    ("the report says 'possible small cyst in the liver'. so do I have a cyst or not lol", "Diagnosis", "cyst",
     "uncertain"),
    ("scan said 'probable small fibroid, 14 mm'. is it a fibroid or not lol", "Diagnosis", "mass", "uncertain"),
    ("Report: 'simple cyst left kidney'. Then it is a cyst or not?? nobody explained", "Diagnosis", "cyst",
     "present"),
    ("they said no cyst in the ovary. am I normal or not", "Diagnosis", "normal appearance", None),
    ("Report: 'no gallstones'. do I have stones or not? and is a 6 mm nodule in the liver bad", "Diagnosis",
     "nodule", "present"),
    # near misses
    ("Whether or not a small abscess is present, the collection measures 3 cm.", "Diagnosis", "fluid collection",
     "present"),
    ("A 2 cm simple cyst in the left ovary, vascular or not on Doppler to be reviewed.", "Diagnosis", "cyst",
     "present"),
    ("my report: 'hypoechoic nodule, 9 mm'. nodule or not, it's small they said", "Diagnosis", "nodule", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), EITHER_WAY_QUESTIONS)
def test_an_either_way_question_asserts_nothing(parser: ReportParser, text: str, field: str, value: str,
                                                expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# A diagnosis ranked first among those weighed, as reports translated from Chinese or Vietnamese put it ("a
# haemangioma is firstly considered", "endometrioma considered first", "is mainly considered"): the leading
# diagnosis, still a doubt (guideline: "favoured" is a hedge). Before, only "is considered" was one. Near misses:
# a rank that goes on into a purpose ("considered first for aspiration") and a finding said normal.
RANKED_FIRST_OPINIONS: list[Row] = [
    ("Right wrist: 9 mm solid hypoechoic lesion on the flexor sheath; giant cell tumour is firstly considered.",
     "Diagnosis", "mass", "uncertain"),
    ("Left adnexa: 3 cm round area with ground-glass echoes. Endometrioma is considered first.", "Diagnosis",
     "cyst", "uncertain"),
    ("Liver S6 hyperechoic focus 11 mm, haemangioma mainly considered, follow up in 6 months.", "Diagnosis", "mass",
     "uncertain"),
    # near misses
    ("The 2 cm cyst was considered first for aspiration.", "Diagnosis", "cyst", "present"),
    ("Spleen 10 cm. A 12 mm lipoma, confirmed on biopsy.", "Diagnosis", "mass", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), RANKED_FIRST_OPINIONS)
def test_a_diagnosis_ranked_first_is_doubted(parser: ReportParser, text: str, field: str, value: str,
                                             expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected
