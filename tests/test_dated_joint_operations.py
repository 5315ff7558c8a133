"""A joint named in a dated past operation ("after hip replacement", "before the hip op"): the patient's history,
not a joint the scan examined, as a joint in an owned operation already is ("after his hip replacement").

A word of time opens the phrase as an owner word does. A study of the replaced joint itself keeps it ("US RIGHT
HIP: the hip replacement shows a periprosthetic collection"), and so does a joint examined in the same report.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

HIP = "Hip groin and buttock"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize("text", [
    "Compression ultrasound of the right leg in a 71-year-old man after hip replacement. The popliteal vein is "
    "distended with echogenic thrombus and does not compress.",
    "Post-void residual 420 ml on the bladder scan. No retention before the hip op, says the patient.",
    "Venous duplex, left leg, swollen calf following hip arthroplasty: deep veins compressible, no DVT.",
])
def test_a_dated_joint_operation_names_no_joint(parser: ReportParser, text: str) -> None:
    assert HIP not in labels_of(parser, text, "Organ_level")


@pytest.mark.parametrize("text", [
    "US RIGHT HIP: the hip replacement shows a periprosthetic collection of 3 cm.",
    "Right hip: joint effusion 8 mm, one year after the hip op.",
])
def test_a_joint_examined_keeps_its_organ(parser: ReportParser, text: str) -> None:
    assert HIP in labels_of(parser, text, "Organ_level")
