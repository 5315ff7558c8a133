"""A worksheet key joining two diagnoses by a slash ("Mass/cyst:") is answered by its value, not a pair of
alternatives the writer weighed; a slash pair in running text still doubts both. Passages written for this file."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


def _uncertain(parser: ReportParser, text: str) -> set[tuple[str, str | None]]:
    return {(m.dimension, m.value) for m in parser.parse(text).mentions if m.status == "uncertain"}


@pytest.mark.parametrize(
    "text",
    [
        "RT KIDNEY: 10.9 cm | Hydro: none | Mass/cyst: 2.1 cm simple cyst upper pole | LT KIDNEY: 11.3 cm",
        "LEFT KIDNEY: 11.0 cm\nStones: none\nMass / cyst: 14 mm simple cortical cyst, interpolar",
    ],
)
def test_answered_slashed_key_doubts_nothing(parser: ReportParser, text: str) -> None:
    report = parser.parse(text)
    assert not _uncertain(parser, text) & {("Diagnosis", "mass"), ("Diagnosis", "cyst")}
    assert "cyst" in report.labels["Diagnosis"]
    assert "mass" not in report.labels["Diagnosis"]


def test_denied_slashed_key_stays_denied(parser: ReportParser) -> None:
    absent = {(m.dimension, m.value) for m in parser.parse("LT KIDNEY: 11.6 cm | Mass/cyst: none").mentions
              if m.status == "absent"}
    assert ("Diagnosis", "mass") in absent


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a slash pair in a sentence, and a key whose value names no diagnosis
        "Right kidney: 2 cm cyst/mass at the upper pole, indeterminate.",
        "Mass/cyst: yes",
    ],
)
def test_slash_pair_otherwise_doubts_both(parser: ReportParser, text: str) -> None:
    assert {("Diagnosis", "mass"), ("Diagnosis", "cyst")} <= _uncertain(parser, text)
