"""The inguinal canal in a child's report: the ontology files it under the abdominal wall (Pediatric abdomen in a
child), but declares its own paediatric counterpart, Pediatric scrotum, which covers a boy's inguinal region
(undescended testis, hernia, hydrocele). Classes fixed:

  * A typical site or a site a diagnosis phrase names, filed for a child through its own counterpart, not only its
    organ's (``PediatricRules._child_rollups``): "no inguinal hernia" in a boy's scrotal study is the Pediatric
    scrotum's, not the Pediatric abdomen's (the hernia's typical site is the inguinal canal).
  * Anatomy two paediatric organs could hold (the inguinal canal: its own Pediatric scrotum, its organ's Pediatric
    abdomen) follows the report's other anatomy: with a testis or the scrotum, the scrotum's; in a study of the
    abdomen alone, the abdomen's.

Guards: an adult's inguinal canal and hernia keep their adult organs (the groin's, by the groin rules); a child's
abdominal study naming the canal without scrotal anatomy keeps the Pediatric abdomen.
Each passage was written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "organs"),
    [
        # a boy's undescended testis in the canal
        ("Our 2 year old son: right testis in the scrotum, normal. Left testis lies in the inguinal canal, "
         "9 x 5 mm, homogeneous.", ["Pediatric scrotum"]),
        # a denied inguinal hernia beside the testes (the hernia's typical site)
        ("Scrotal US, 4-year-old boy. Both testes normal in size and echotexture. Small left hydrocele. "
         "No inguinal hernia.", ["Pediatric scrotum"]),
        # an asserted one, named by the canal
        ("Infant, 6 weeks. Right inguinal canal: reducible hernia containing bowel on crying. Testes in the "
         "scrotum.", ["Pediatric abdomen and retroperitoneum", "Pediatric scrotum"]),
        # a child's abdominal study naming the canal with no scrotal anatomy: the abdomen's
        ("7 year old girl, abdominal pain. Liver, spleen and kidneys normal. The inguinal canals are "
         "unremarkable.", ["Pediatric abdomen and retroperitoneum", "Pediatric urinary tract"]),
    ],
)
def test_child_inguinal_canal(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert sorted(parser.parse(text).labels["Organ_level"]) == organs


@pytest.mark.parametrize(
    ("text", "organs"),
    [
        # (the groin rules: an inguinal hernia or canal is the groin's; an umbilical hernia keeps the wall)
        ("Right inguinal canal: a small fat-containing hernia on Valsalva, neck 8 mm.", ["Hip groin and buttock"]),
        ("Patient 54 M. Abdomen: liver normal. No umbilical hernia. Inguinal canals normal.",
         ["Abdominal wall", "Hip groin and buttock", "Liver"]),
    ],
)
def test_adult_inguinal_canal_unchanged(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert sorted(parser.parse(text).labels["Organ_level"]) == organs
