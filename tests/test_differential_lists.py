"""A differential set out as a list under its heading ("DDx:" ending its line, then "- nerve sheath tumour"): each
diagnosis of the list is offered, none asserted; the list ends at the first line without a bullet or number."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "value"), [
    ("Left shin: 15 mm oval hypoechoic lesion in the subcutaneous fat. Appearances indeterminate. DDx:\n"
     "- nodular fasciitis\n- nerve sheath tumour\n- epidermoid cyst\nMRI recommended.", "mass"),
    ("Thigh: a 9 cm lobulated intramuscular lesion in vastus lateralis.\n"
     "Differential diagnosis offered at the time:\n1. soft-tissue sarcoma\n2. organising intramuscular haematoma\n"
     "3. myxoma\nMRI and biopsy were advised.", "fluid collection"),
    ("Right adnexa: 4 cm complex lesion.\nDifferentials:\n  a) haemorrhagic cyst\n  b) endometrioma\nRescan in 6 "
     "weeks.", "cyst"),
])
def test_each_listed_diagnosis_is_doubted(parser: ReportParser, text: str, value: str) -> None:
    assert reading_of(parser, text, "Diagnosis", value) == "uncertain"


def test_the_list_ends_at_the_first_plain_line(parser: ReportParser) -> None:
    text = ("Liver: 2 cm hypoechoic lesion in segment 6.\nDDx:\n- metastasis\n- atypical haemangioma\n"
            "Gallbladder: a 2 cm cyst of the wall.")
    assert reading_of(parser, text, "Diagnosis", "cyst") == "present"


def test_a_list_under_another_heading_is_not_doubted(parser: ReportParser) -> None:
    text = "Findings:\n- 2 cm simple cyst, left kidney\n- no hydronephrosis"
    assert reading_of(parser, text, "Diagnosis", "cyst") == "present"
