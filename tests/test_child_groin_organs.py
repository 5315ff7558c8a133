"""A child's groin named only as where the scrotum, an inguinal hernia or an ovary was scanned files no Infant hip and
knee beside that study's own paediatric organ (child_groins.py); a child's hip, knee or buttock keeps it, and so does
a groin with no other paediatric organ to hold it.

Each passage was written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

_HIP = "Infant hip and knee"


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # a boy's scrotal study opened by his groin
        ("US GROIN/SCROTUM. 2/12 M. Swelling of the left groin when crying. Left inguinal hernia containing fat, "
         "reducible. Both testes normal in size and flow.", "Pediatric scrotum"),
        # the inguinal regions named in the title of a baby's hydrocele scan
        ("My son is 8 weeks old. Report: 'US scrotum and inguinal regions. Left hydrocele around a normal testis. "
         "Right testis normal.'", "Pediatric scrotum"),
        # a girl's hernia holding her ovary
        ("A 2-month-old girl with a lump in the right groin: the right ovary lies in the hernia sac, with normal "
         "colour flow.", "Pediatric gynaecological pathology and infant breast"),
    ],
)
def test_child_groin_is_the_study_organ(parser: ReportParser, text: str, organ: str) -> None:
    organs = parser.parse(text).labels["Organ_level"]
    assert organ in organs
    assert _HIP not in organs


@pytest.mark.parametrize(
    "text",
    [
        # a baby's own hips (near miss: the hip word, not the groin)
        "3 month old girl, breech presentation. Right hip alpha angle 52 degrees. Left hip normal.",
        # a child's hip beside a groin word: the hip keeps its organ
        "8 year old boy with a limp. Right hip joint effusion 6 mm. Left hip normal. Right groin normal. "
        "Both testes normal.",
        # a groin lump alone: no other paediatric organ holds the groin
        "Left groin lump in a 6 year old boy: 12 mm oval lymph node with fatty hilum.",
    ],
)
def test_child_hip_or_lone_groin_keeps_infant_hip(parser: ReportParser, text: str) -> None:
    assert _HIP in parser.parse(text).labels["Organ_level"]


def test_child_groin_findings_leave_infant_hip(parser: ReportParser) -> None:
    report = parser.parse("US GROIN/SCROTUM. 2/12 M. Left inguinal hernia containing fat, reducible. "
                          "Left testis normal. Right testis normal.")
    assert all(f.organ != _HIP for f in report.findings)
