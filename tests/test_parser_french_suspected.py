"""French hedges after the lesion and before the diagnosis it weighs (termset._FRENCH_SUSPECTED): "suspecte de",
"évocatrices de", "évocatrice d'un" doubt the diagnosis named after them, in every gender and number and before
an elided article; a finding named without them stays present. Passages written for this test."""

from __future__ import annotations

import pytest

from udt import ReportParser

PARSER = ReportParser()


def _statuses(text: str) -> set[tuple[str, str, str]]:
    return {(m.dimension, m.value, m.status) for m in PARSER.parse(text).mentions if m.value}


DOUBTED = [
    ("Conclusion : nodule du segment VIII suspect de carcinome hépatocellulaire.", ("Diagnosis", "mass")),
    ("Adénopathies sus-claviculaires suspectes de métastases.", ("Diagnosis", "mass")),
    ("Lésions hépatiques multiples évocatrices de métastases.", ("Diagnosis", "mass")),
    ("Formation annexielle gauche de 4 cm évocatrice d'un endométriome.", ("Diagnosis", "cyst")),
    ("Image arrondie évocatrice d’un kyste de 12 mm.", ("Diagnosis", "cyst")),
]


@pytest.mark.parametrize(("text", "pair"), DOUBTED)
def test_a_french_suspect_or_evocative_hedge_doubts_the_diagnosis(text: str, pair: tuple[str, str]) -> None:
    found = _statuses(text)
    assert (*pair, "uncertain") in found
    assert (*pair, "present") not in found


def test_a_diagnosis_stated_without_the_hedge_stays_present() -> None:
    found = _statuses("Lésions hépatiques multiples en rapport avec des métastases connues.")
    assert ("Diagnosis", "mass", "present") in found
