"""Statuses of findings as writers word them (issue 11, stop 40, round d3): a template key that names where the
finding was sought before its dash or its "N" value ("Free fluid in the pelvis - not seen", "Fluid in POD: N"), the
translated "not observed", teaching advice on what not to call a finding ("do not call it a mass"), and the Dutch and
German "no" among English words ("geen collectie").

A row names the report-level reading of one value, as the corpus scoring reads it: "present" (labelled), "absent" or
"uncertain" (a mention with that status and no label), or None (neither labelled nor mentioned). No row is a corpus
sentence."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

DX = "Diagnosis"
MASS, CYST, FLUID = "mass", "cyst", "fluid collection"

ROWS = [
    # a dash-keyed line whose key names the place the finding was sought
    ("Kidneys normal.\nFluid in the pelvis - not seen.", DX, FLUID, "absent"),
    ("Spleen 10 cm.\nFree fluid in Morison's pouch – none.", DX, FLUID, "absent"),
    ("Gallbladder normal. Free fluid in the abdomen - not found.", DX, FLUID, "absent"),
    # ... and a template "N" after such a key
    ("Q4 Right ovary: normal\nQ5 Fluid in the pouch of Douglas: N", DX, FLUID, "absent"),
    ("Cyst in left ovary: N", DX, CYST, "absent"),
    # "observed" as translated reports' "seen"
    ("Liver homogeneous. Free liquid: not observed.", DX, FLUID, "absent"),
    ("Fluid in the subhepatic space was not observed.", DX, FLUID, "absent"),
    # teaching advice on naming: neither absent nor doubted
    ("Learning point: a newborn's breast bud is normal, so never call it a mass.", DX, MASS, None),
    ("Tip: the hilar graft lesion is usually lymphoma - do not mistake it for a haematoma.", DX, FLUID, None),
    ("A column of Bertin should not be mistaken for a renal tumour.", DX, MASS, None),
    # the Dutch and German "no"
    ("Groin: 14 mm hypoechoic lump, no flow, geen collectie.", DX, FLUID, "absent"),
    ("Rechts: kein Erguss. Links: kleine cyste 4 mm.", DX, CYST, "present"),
    # near misses: a dash value that is not a denial, a measured key, an asserted finding after the advice, a
    # "call" that is not advice, and a positive Dutch collection
    ("Free fluid in the pelvis - small amount, 12 mm deep.", DX, FLUID, "present"),
    ("Fluid in the pelvis: 14 mm", DX, FLUID, "present"),
    ("Do not call it benign. A 2 cm irregular solid mass is seen in the left breast.", DX, MASS, "present"),
    ("No mass. Please call the ward with the result.", DX, MASS, "absent"),
    ("Links: collectie van 3 cm in de lies.", DX, FLUID, "present"),
    ("Free fluid observed in the pelvis.", DX, FLUID, "present"),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "field", "value", "expected"), ROWS)
def test_statuses(parser: ReportParser, text: str, field: str, value: str, expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected

