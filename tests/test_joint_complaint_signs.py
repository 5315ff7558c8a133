"""A joint named only in the referrer's complaint or sign ("ankle oedema", "left shoulder-tip pain") of a scan of
other organs: what brought the patient, not a joint examined, so no joint organ is labelled.

A joint the scan does examine keeps its organ ("ankle oedema. Right ankle: joint effusion"), and an organ's own
wall oedema stays that organ's finding ("gallbladder wall oedema").
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "joint"), [
    ("Bedside US, 78F, breathless, ankle oedema.\nPleura R: effusion, depth 4 cm at the base. L: small effusion.",
     "Ankle"),
    ("POCUS: 80M, orthopnoea and bilateral ankle edema. Large right pleural effusion, 6 cm depth.", "Ankle"),
    ("Day 7 after splenectomy, fever and left shoulder-tip pain.\nLeft subphrenic collection 8 x 5 cm with debris.",
     "Shoulder"),
    ("Post laparoscopy, right shoulder tip pain. Perihepatic fluid 2 cm deep.", "Shoulder"),
])
def test_a_joint_named_in_a_sign_is_no_joint_examined(parser: ReportParser, text: str, joint: str) -> None:
    assert joint not in labels_of(parser, text, ORGAN)


@pytest.mark.parametrize(("text", "organ"), [
    ("Ankle oedema after an inversion injury.\nRight ankle: tibiotalar joint effusion 6 mm, ATFL thickened.",
     "Ankle"),
    ("R shoulder pain on abduction.\nR shoulder: full-thickness supraspinatus tear, 12 mm retraction.", "Shoulder"),
    ("Fever, NS1 positive. GB wall oedema 6 mm. Free fluid in Morison's pouch.", "Gallbladder and bile ducts"),
])
def test_near_misses_keep_their_organ(parser: ReportParser, text: str, organ: str) -> None:
    assert organ in labels_of(parser, text, ORGAN)
