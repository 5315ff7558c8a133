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


# A table's header asked of each row: denied where its column's cells all answer no.
CALCS = ("InternalCharacteristics", "calcifications")
COLUMN_ROWS = [
    ("| # | Lobe | Size (mm) | Composition | Echo | Calcs | TR |\n"
     "| 1 | left | 14 x 9 x 10 | solid | hypoechoic | nil | TR4 |\n"
     "| 2 | right | 5 x 4 x 4 | cystic | anechoic | - | TR1 |", "absent"),
    ("| Nodule | Lobe | Size (cm) | Echogenic foci | TI-RADS |\n"
     "|---|---|---|---|---|\n"
     "| A | right | 1,6 | none | TR3 |\n"
     "| B | isthmus | 0,5 | comet-tail artefact | TR1 |", "absent"),
    # near misses: one cell states the foci; a cell word that is not "no"; the cells describe the header's finding
    ("| # | Lobe | Size (mm) | Echogenic foci | TR |\n"
     "| 1 | left | 12 x 8 x 9 | punctate | TR5 |\n"
     "| 2 | right | 6 x 5 x 5 | none | TR2 |", "present"),
    ("| # | Lobe | Size (mm) | Calcification | TR |\n"
     "| 1 | left | 12 x 8 x 9 | yes | TR5 |", "present"),
]


@pytest.mark.parametrize(("text", "expected"), COLUMN_ROWS)
def test_denied_columns(parser: ReportParser, text: str, expected: str) -> None:
    assert reading_of(parser, text, *CALCS) == expected


def test_described_column_keeps_its_finding(parser: ReportParser) -> None:
    text = ("Vessel | PSV (cm/s) | EDV (cm/s) | Plaque\n"
            "R ICA | 120 | 30 | calcified, shadowing\n"
            "L ICA | 75 | 20 | none\n")
    assert reading_of(parser, text, "PosteriorAcoustics", "shadowing") == "present"
    assert reading_of(parser, text, *CALCS) == "present"


# The Vietnamese "follow X" right before a diagnosis doubts it; a tumour thrombus is a thrombus, no mass.
MORE_ROWS = [
    ("RESULT: Spleen nodule 9 mm, follow haemangioma.", DX, MASS, "uncertain"),
    ("CONCLUSION: Left ovary cyst 3 cm, follow endometrioma.", DX, CYST, "present"),
    ("Portal vein patent, no tumour thrombus.", DX, MASS, None),
    ("IVC expanded by echogenic material, possibly tumor thrombus.", DX, MASS, None),
    # near misses: "follow-up", a report still to follow; an asserted tumour beside its thrombus
    ("Haemangioma segment 4, 14 mm. Follow-up in 6 months.", DX, MASS, "present"),
    ("Report to follow. Lipoma of the back, 3 cm.", DX, MASS, "present"),
    ("Left renal mass 6 cm with tumour thrombus in the renal vein.", DX, MASS, "present"),
    # a cyst's wall projection in translated wording ("parietal growths") is no mass, denied or not
    ("Left ovary: thin-walled anechoic formation 41 mm, without parietal growths.", DX, MASS, None),
    ("Right ovary: cystic formation 52 mm with a parietal growth of 9 mm, vascular.", DX, MASS, None),
    # a diagnosis left for another examination to confirm; not a confirmation asked of something else
    ("Conclusion: right renal angiomyolipoma to confirm by MRI.", DX, MASS, "uncertain"),
    ("Splenic haemangioma to be confirmed with CEUS.", DX, MASS, "uncertain"),
    ("Lipoma of the left shoulder, 4 cm. MRI to confirm extent.", DX, MASS, "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), MORE_ROWS)
def test_more_statuses(parser: ReportParser, text: str, field: str, value: str, expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# A finding absent at an earlier time is new now, not denied; an absence today is still a denial.
EARLIER_ROWS = [
    ("Segment 3: new hypoechoic nodule 11 mm (not seen in October).", DX, "nodule", "present"),
    ("Right lobe: 2 cm solid mass, not present 8 months ago.", DX, MASS, "present"),
    ("New 9 mm cyst in the left kidney, not there last time.", DX, CYST, "present"),
    ("Left breast: 12 mm mass at 2 o'clock, which was not present in 2024.", DX, MASS, "present"),
    ("Spleen: 7 mm nodule, not seen on the previous scan.", DX, "nodule", "present"),
    # near misses: absent today, wherever and whenever it was looked for
    ("The previously described cyst is not seen in the left ovary.", DX, CYST, "absent"),
    ("Ascites not present at the moment.", DX, FLUID, "absent"),
    ("Nodule: not seen in the right lobe.", DX, "nodule", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), EARLIER_ROWS)
def test_earlier_absences(parser: ReportParser, text: str, field: str, value: str, expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected
