"""A diagnosis turned down with "rather than" ("a phlegmon rather than a drainable collection"): neither found nor
doubted, whatever hedge opened the clause; the preferred diagnosis before it keeps its own reading."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "value"), [
    ("Wrist: a 14 mm anechoic lobulated lesion with a thin neck to the joint. This is a ganglion cyst rather than "
     "a giant cell tumour of the tendon sheath, which would be solid and vascular.", "mass"),
    ("Back: a 3 cm oval echogenic subcutaneous lesion without flow, probably a lipoma rather than a drainable "
     "abscess.", "fluid collection"),
    ("Right thyroid lobe: a 22 mm mostly cystic nodule, thought to be a degenerating colloid nodule rather than a "
     "neoplasm.", "mass"),
    ("Rather than a haematoma, the scan shows a simple 3 cm cyst in the upper pole of the left kidney.",
     "fluid collection"),
])
def test_the_alternative_turned_down_gives_nothing(parser: ReportParser, text: str, value: str) -> None:
    assert reading_of(parser, text, "Diagnosis", value) is None


def test_the_preferred_diagnosis_keeps_its_hedge(parser: ReportParser) -> None:
    text = "Liver segment 6: a 2 cm echogenic lesion, likely a haemangioma rather than a focal fatty change."
    assert reading_of(parser, text, "Diagnosis", "mass") == "uncertain"


def test_the_preferred_diagnosis_stays_asserted(parser: ReportParser) -> None:
    text = "Left kidney: this is a 3 cm simple cyst rather than a hydronephrotic calyx."
    assert reading_of(parser, text, "Diagnosis", "cyst") == "present"


@pytest.mark.parametrize("text", [
    # the clause after the turned-down diagnosis names its own finding
    "Neck: a 9 mm rounded node rather than a normal oval one; a 12 mm abscess lies beside it.",
    # "rather" alone is an adverb of degree, no alternative
    "Breast: a rather large 25 mm abscess at 3 o'clock with peripheral hyperaemia.",
])
def test_near_misses_keep_the_finding(parser: ReportParser, text: str) -> None:
    assert reading_of(parser, text, "Diagnosis", "fluid collection") == "present"
