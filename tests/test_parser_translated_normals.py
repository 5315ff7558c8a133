"""Translated ways of calling an organ normal (ontology: related synonyms of 'normal appearance').

Causes (development text, reports_blind_final_14 and older development files): a French-trained writer's "Pancreas:
without particularity" ("sans particularité") and a Turkish-trained writer's "Both testes are natural in size" /
"lymph nodes ... are in natural appearance" ("doğal") named no normal organ, so a report with one abnormal organ
lost its "normal appearance" for the others (bg045, bg052, bg029, mv008, ne007, nr050, ns007, oa049). The passages are
our own, written for this file.

Guards: "natural" alone is no normal statement ("natural history", "natural delivery", "natural course").
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

NORMAL = "normal appearance"

ROWS: list[tuple[str, bool]] = [
    ("Gallbladder: 14 mm calculus in the neck. Pancreas: without particularity.", True),
    ("Liver with a 2 cm cyst in segment VI. Spleen and kidneys without particularities.", True),
    ("Thyroid: 9 mm nodule in the left lobe. Cervical lymph nodes are in natural appearance.", True),
    ("Left epididymal head cyst of 6 mm. The right testis is natural in size and echogenicity.", True),
    ("Uterus with a 3 cm intramural myoma. Both ovaries are natural.", True),
    # guards
    ("History: natural delivery 2019. Uterus with a 3 cm intramural myoma.", False),
    ("Left ovarian cyst of 38 mm; its natural course is to resolve, control in 8 weeks.", False),
]


@pytest.mark.parametrize(("text", "normal"), ROWS)
def test_translated_normal_wordings(parser: ReportParser, text: str, normal: bool) -> None:
    assert (NORMAL in parser.parse(text).labels["Diagnosis"]) is normal
