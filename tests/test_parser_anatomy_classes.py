"""Anatomy error classes of issue 11 (Organ_level, Body_system_level), one table per class.

Each row is a sentence written for this file (not a corpus line) and the organs it must, or must not, give.
The rules under test read ontology knowledge (typical sites, declared roles), so rows vary the wording of
one class rather than repeat one example.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

ORGAN = "Organ_level"
SYSTEM = "Body_system_level"
PERITONEUM = "Peritoneum mesentery and omentum"


@pytest.fixture(scope="module")
def parser(taxonomy) -> ReportParser:
    return ReportParser(taxonomy)


def _organs(parser: ReportParser, text: str) -> list[str]:
    return sorted(parser.parse(text).labels[ORGAN])


# -- a denied diagnosis names the one organ it is typically found in --------------------------------------------
# "No ascites" says the peritoneum was looked at, as "no pleural effusion" says the pleural space was
# (guideline: organs only in negated statements are still examined organs).
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Hepatic parenchyma is homogeneous. There is no ascites.", ["Liver", PERITONEUM]),
        ("Ascites: none.", [PERITONEUM]),
        ("Spleen 10.5 cm.\nAscites - absent", ["Spleen", PERITONEUM]),
        ("Both ovaries appear normal; no ascites is seen.", ["Adnexa", PERITONEUM]),
        ("Bladder well distended. Neither kidney shows hydronephrosis.", ["Bladder", "Kidney and ureter"]),
        ("There is no right-sided pneumothorax.", ["Pleural space"]),
    ],
)
def test_denied_diagnosis_names_its_one_site(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert _organs(parser, text) == sorted(organs)


@pytest.mark.parametrize(
    ("text", "organs"),
    [
        # A diagnosis typically found at several sites names none of them when it is denied.
        ("Liver unremarkable. No haematoma.", ["Liver"]),
        ("Spleen normal in size. No hernia.", ["Spleen"]),
        # History and recommendations examine nothing.
        ("HISTORY: ascites drained last month.\nFINDINGS: Liver normal.", ["Liver"]),
    ],
)
def test_denied_diagnosis_near_misses(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert _organs(parser, text) == sorted(organs)


def test_denied_site_gives_its_body_system(parser: ReportParser) -> None:
    labels = parser.parse("Uterus anteverted, endometrium 6 mm. No ascites.").labels
    assert sorted(labels[SYSTEM]) == ["Abdomen and retroperitoneum", "Gynaecology"]
