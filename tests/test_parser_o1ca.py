"""A relative's disease abbreviated in a referral ("FHx DDH.", "Fam hx of breast ca") is family history
(udt.parser.termset._HIST_PRE): it makes no finding of this scan, so a study otherwise normal stays normal. "FH"
alone (the fetal heart, the femoral head) is no history cue. Passages written for this file.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

NORMAL = "normal appearance"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


FAMILY_HISTORY: list[str] = [
    "Infant hip US, 6/52. FHx DDH.\nR hip: alpha 65, Graf I.\nL hip: alpha 62, Graf I.\nNormal hips bilaterally.",
    "Neonatal hips. Breech, fam hx of hip dysplasia.\nBoth hips Graf type I and stable. Normal hips.",
    "Thyroid US. Family hx thyroid cancer.\nBoth lobes normal in size and echotexture, no nodule. Normal thyroid.",
]


@pytest.mark.parametrize("text", FAMILY_HISTORY)
def test_family_history_leaves_the_study_normal(parser: ReportParser, text: str) -> None:
    labels = parser.parse(text).labels
    assert labels["Diagnosis"] == [NORMAL]


def test_fetal_heart_is_no_history(parser: ReportParser) -> None:
    # "FH present" is the fetal heart of this scan, and the haematoma beside it is this scan's finding
    text = "Early pregnancy scan. Single IUP, CRL 12 mm, FH present. Subchorionic haematoma 15 x 6 mm."
    labels = parser.parse(text).labels
    assert NORMAL not in labels["Diagnosis"]
    assert labels["Diagnosis"]
