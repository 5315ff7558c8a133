"""Size classes fixed with the generated battery (``test_size_attachment_battery.py``), each with near misses, in new
wordings (none copied from a corpus): (organ, diagnosis, side, largest size in mm) of each lesion finding in order.

Development rows (multi-organ findings files) each class fixed: group pronoun o069 ("smaller ones up to 1 cm", with
"AML"), j018 ("L: several, up to 4mm"); announced group o021; grade j002 ("(Bosniak II)"); table rows under a lesion
column mc019 (lesion_lists.py; test_parser_unmatched_lesions); written order mc014. Summary size, abbreviation and
depth came from the battery only (no development row).

- summary size: a size stated only in the impression is the earlier unsized lesion's (restated.py); a bilateral
  summary's size stays its own.
- abbreviated measuring word: "approx. 12mm", "max. diameter 9 mm" end no sentence (sentences.py).
- depth: "at a depth of 15 mm" locates a lesion and is no size (distances.locates).
- group pronoun: "smaller ones up to 1 cm", "L: several, up to 4 mm", "The first ... The second" are lesions of the
  kind just named (pronoun_lesions.py); near misses: a count before a descriptor ("a few thin septa, 3.5 cm"), a count
  answering its key ("Mesenteric nodes: few, up to 9 mm"), "the lower third" (a part). "AML" names an angiomyolipoma.
- announced group: "contains 2 nodules" then each nodule sized is two entries (announced_groups.py); so is a group
  without a count whose members after it are all sized (stop 40, g3find: each lesion given its own size is an entry).
- written order: a list's members come before a lesion the sentence names after them (they were appended last).
- grade: "TR4", "Bosniak II" in the sentence of a lesion of their diagnosis grade it (no second lesion); a sized one
  ("a 2 cm Bosniak IIF lesion") is its own.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

K, TH, AD, SC, LI, ST = "Kidney and ureter", "Thyroid gland", "Adnexa", "Scrotum", "Liver", "Soft tissues"

ROWS: list[tuple[str, str, list[Lesion]]] = [
    (
        "summary size",
        "FINDINGS: Left testis: an epididymal head cyst.\nIMPRESSION: Left epididymal cyst, 7 mm.",
        [(SC, "cyst", "left", 7.0)],
    ),
    (
        "summary size",
        "Findings: The liver shows a cyst.\nConclusion: Hepatic cyst of 2.2 cm.",
        [(LI, "cyst", None, 22.0)],
    ),
    (
        "summary size",
        "Findings: a 9 mm cyst in the liver.\nConclusion: Hepatic cyst of 2.2 cm.",
        [(LI, "cyst", None, 9.0), (LI, "cyst", None, 22.0)],
    ),
    ("abbreviation", "A nodule approx. 12mm is seen in the left thyroid lobe.", [(TH, "nodule", "left", 12.0)]),
    ("abbreviation", "A cyst max. diameter 9 mm lies in the right ovary.", [(AD, "cyst", "right", 9.0)]),
    ("abbreviation", "Left ovary: cyst, max. 25 mm. Right ovary normal.", [(AD, "cyst", "left", 25.0)]),
    ("depth", "Right forearm: a lipoma at a depth of 8 mm, 22 x 9 mm.", [(ST, "mass", "right", 22.0)]),
    ("depth", "Right thigh: lipoma 31 mm, at a depth of about 12 mm.", [(ST, "mass", "right", 31.0)]),
    (
        "group pronoun",
        "Right kidney: a dominant 31 mm AML plus smaller ones up to 6 mm.",
        [(K, "mass", "right", 31.0), (K, "mass", "right", 6.0)],
    ),
    (
        "group pronoun",
        "Thyroid nodules. R: one, 9 mm. L: several, up to 3 mm.",
        [(TH, "nodule", "right", 9.0), (TH, "nodule", "left", 3.0)],
    ),
    (
        "group pronoun",
        "Left kidney: 2 cysts. The first is 17 mm. The second, 5 mm.",
        [(K, "cyst", "left", 17.0), (K, "cyst", "left", 5.0)],
    ),
    ("group pronoun", "Left ovary: a cyst, anechoic with a few thin septa, 35 mm.", [(AD, "cyst", "left", 35.0)]),
    (
        "group pronoun",
        "Right thyroid lobe: a nodule of the lower third, of 16 mm. A second nodule of 5 mm.",
        [(TH, "nodule", "right", 16.0), (TH, "nodule", "right", 5.0)],
    ),
    ("group pronoun", "Right kidney: 14 mm cyst. Mesenteric nodes: few, up to 8 mm.", [(K, "cyst", "right", 14.0)]),
    (
        "announced group",
        "The left thyroid lobe contains 2 nodules. The upper nodule is solid, 12 mm. The lower nodule, 5 mm.",
        [(TH, "nodule", "left", 12.0), (TH, "nodule", "left", 5.0)],
    ),
    (
        "announced group",
        "Several small liver cysts. A 21 mm cyst in segment 7 and a 16 mm cyst in segment 4.",
        [(LI, "cyst", None, 21.0), (LI, "cyst", None, 16.0)],
    ),
    (
        "written order",
        "Uterus 8.9 cm. Fibroids: posterior 2.6 cm, fundal 1.9 cm, and a pedunculated one 1.1 cm.",
        [("Uterus", "mass", None, 26.0), ("Uterus", "mass", None, 19.0), ("Uterus", "mass", None, 11.0)],
    ),
    (
        "written order",
        "Liver: two cysts of 13 and 6 mm and a 17 mm haemangioma.",
        [(LI, "cyst", None, 13.0), (LI, "cyst", None, 6.0), (LI, "mass", None, 17.0)],
    ),
    ("grade", "Right thyroid lobe: TR4 hypoechoic nodule, 13 mm.", [(TH, "nodule", "right", 13.0)]),
    ("grade", "Left kidney: 2.7 cm cyst with one thin septum, Bosniak II.", [(K, "cyst", "left", 27.0)]),
    (
        "grade",
        "Left kidney: a 3 cm simple cyst and a 2 cm Bosniak IIF lesion.",
        [(K, "cyst", "left", 30.0), (K, "cyst", "left", 20.0)],
    ),
]


@pytest.mark.parametrize(("kind", "text", "expected"), ROWS, ids=[f"{k}-{n}" for n, (k, _, _) in enumerate(ROWS)])
def test_size_classes(parser: ReportParser, kind: str, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
