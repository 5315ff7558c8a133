"""Inventory and table-driven tests: Latin "dx./sin." and Romanian "LTD/LTS" side abbreviations.

Inventory of side errors on reports_multiorgan_findings_19 (mm…), with why the parser failed before (short fragments):

| id    | fragment                                  | expected | got  | class / why                                   |
|-------|-------------------------------------------|----------|------|-----------------------------------------------|
| mm007 | "LTD: inferior pole, hypoechoic nodule"   | right x2 | None | Romanian lobe "LTD" (lobul tiroidian drept)   |
| mm007 | "LTS: spongiform nodule 7 mm"             | left     | None | Romanian lobe "LTS" (stâng) unknown           |
| mm021 | "Ren sin.: ... 1,3 cm hyperechoic lesion" | left     | None | "sin." read only beside "dex", not "dx."      |
| mm022 | "Lobus sin.: two nodules, caudal ..."     | left x2  | None | "sin." without "dex": the writer pairs "dx."  |
| mm022 | "Lobus dx.: solid isoechoic nodule"       | right    | None | "dx." only Italian (needs "sx." or adjacency) |
| mm022 | "Lobus sin.: two nodules, caudal 1,4 cm"  | left x2  | None | lobe_sides read a side only before the lobe   |
| mm023 | "Testis sin. ...; ... mass", "Epid. sin." | left x2  | None | "sin." as above                               |
| mm025 | "Gl. parotis sin.: ... tumour"            | left     | None | "sin." as above                               |

Cause: each abbreviation belonged to one side system only, so "dx." (Italian, beside "sx.") never partnered Latin
"sin.", which is read only beside its system's right. An abbreviation may now belong to several systems.

Latin organ names the ontology lacked (related synonyms added): "ren" (mm021's "Ren sin."), "mamma", "vesica
urinaria" (mm021), "lymphonodi" (mm022).

Left (not fixed here): a side after an organ word before its lesion ("Ren dx. with a cyst": a known cost on other
corpora), "LTD"/"LTS" naming the thyroid without a thyroid word, mm028 (a side given only by an earlier
sentence's lobe), mm030 (a midline paediatric collection taking a side), mm046 (form table column side).
"glandula thyreoidea" and "lobus" (mm022) were added too: a lobe's side after its noun (lobe_sides.py).
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of

from udt.parser import ReportParser

K, TH, SC, SG, BR = "Kidney and ureter", "Thyroid gland", "Scrotum", "Salivary glands", "Breast"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def _sides(parser: ReportParser, text: str) -> list[tuple[str | None, str | None]]:
    return [(organ, side) for organ, _, side, _ in lesions_of(parser, text)]


LATIN = [
    ("Ren dx.: 11,0 cm, normal. Ren sin.: 10,7 cm, a 1,6 cm cortical cyst in the lower pole.", [(K, "left")]),
    ("Ren dx.: a 2,1 cm simple cyst. Ren sin.: unremarkable.", [(K, "right")]),
    ("Ren dx. normal. Ren sin.: angiomyolipoma 0,9 cm, hyperechoic.", [(K, "left")]),
    ("Testis dx. normal. Testis sin.: hypoechoic mass 1,2 cm in the upper pole.", [(SC, "left")]),
    ("Testis sin. 4,0 x 2,3 cm, normal. Testis dx.: a 0,7 cm intratesticular cyst.", [(SC, "right")]),
    ("Gl. parotis dx.: normal. Gl. parotis sin.: 1,9 cm lobulated hypoechoic tumour.", [(SG, "left")]),
    ("Mamma sin.: normal. Mamma dx.: kl. 2 a 1,1 cm simple cyst.", [(BR, "right")]),
]

# A side after the lobe noun (lobe_sides.py), Latin or English.
LOBES = [
    ("Thyroid.\nLobus dx.: isoechoic nodule 2,2 cm. Lobus sin.: normal.", [(TH, "right")]),
    ("Gl. thyreoidea.\nLobus sin.: hypoechoic nodule 0,9 cm, taller than wide. Lobus dx.: normal.", [(TH, "left")]),
    (
        "Thyroid.\nLobe left: spongiform nodule 12 mm. Lobe right: two nodules, 6 mm and 4 mm.",
        [(TH, "left"), (TH, "right"), (TH, "right")],
    ),
]

ROMANIAN = [
    (
        "Thyroid echography. LTD 50/17/15 mm, LTS 46/16/14 mm. LTD: hypoechoic nodule 11/9 mm. LTS: no nodules.",
        [(TH, "right")],
    ),
    ("Thyroid echo. LTD 48/16 mm, LTS 45/15 mm. LTS: isoechoic nodule 14/10 mm, halo.", [(TH, "left")]),
    ("LTD: colloid cyst 5 mm. LTS: spongiform nodule 9 mm.", [(TH, "right"), (TH, "left")]),
]


@pytest.mark.parametrize(("text", "expected"), LATIN + LOBES + ROMANIAN)
def test_latin_and_romanian_side_abbreviations(parser: ReportParser, text: str, expected: list) -> None:
    assert _sides(parser, text) == expected


# The new pairings stay off where one half is missing or is an ordinary word.
PLAIN = [
    ("Dx: renal cyst 2,0 cm in the right kidney.", [(K, "right")]),
    ("Liver: a 1,5 cm cyst, sin. features of malignancy absent.", [("Liver", None)]),
    ("Thyroid: ltd views; a 9 mm nodule in the isthmus.", [(TH, None)]),
]


@pytest.mark.parametrize(("text", "expected"), PLAIN)
def test_no_side_from_a_lone_abbreviation(parser: ReportParser, text: str, expected: list) -> None:
    assert _sides(parser, text) == expected
