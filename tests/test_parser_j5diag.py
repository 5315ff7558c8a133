"""Diagnosis errors other than normal appearance (round j5): a template key restated denied in its value
("Hydrocele: no hydrocele") denies the key too, while a key with a stated value keeps its finding. Passages written
for this file.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

FLUID = "fluid collection"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def _statuses(parser: ReportParser, text: str, value: str) -> set[str]:
    return {m.status for m in parser.parse(text).mentions if m.dimension == "Diagnosis" and m.value == value}


# (passage, whether fluid collection is labelled present)
RESTATED: list[tuple[str, bool]] = [
    ("SCROTUM | Right testis: 4.1 cm, normal | Left testis: 4.0 cm, normal\nHydrocele: no hydrocele\n"
     "Varicocele: none", False),
    ("Pelvis template. Uterus: anteverted, 7.9 cm. Free fluid: no free fluid in the pouch of Douglas.", False),
    ("Abdomen worksheet\nLiver: 14 cm, bright\nAscites: no significant ascites\nSpleen: 10 cm", False),
    # near misses: the value states the key, or another finding is denied
    ("Scrotal scan. Hydrocele: small, 6 mm deep on the right. No hydrocele on the left.", True),
    ("Scrotal scan. Hydrocele: no varicocele, a small left hydrocele 5 mm deep.", True),
    ("Scrotal scan. Hydrocele: right, moderate. No varicocele.", True),
]


@pytest.mark.parametrize(("text", "present"), RESTATED)
def test_restated_key(parser: ReportParser, text: str, present: bool) -> None:
    labels = parser.parse(text).labels
    assert (FLUID in labels.get("Diagnosis", [])) is present
    if not present:
        assert "absent" in _statuses(parser, text, FLUID)
