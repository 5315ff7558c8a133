"""Increased vascularity written with its prefix split off ("hyper emia", "hyper vascular": dictation and
typing) or in German spelling ("Hypervaskularisation", "hypervaskularisiert" in a translated report) is the same
value as "hyperaemia" / "hypervascularisation" (ontology synonyms). Hand-written sentences, never corpus lines."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

VASC = "Vascularity"

SPELLINGS = [
    ("Right wrist: synovial thickening with hyper emia on power Doppler.", ["increased vascularity"]),
    ("Enlarged left epididymal head, hyper vascular on colour Doppler.", ["increased vascularity"]),
    ("Kniegelenk: Erguss 8 mm, Synovia verdickt mit Hypervaskularisation im Power-Doppler.",
     ["increased vascularity"]),
    ("Lymph node 14 mm, round, hypervaskularisiert.", ["increased vascularity"]),
    # near misses: another prefixed word split the same way, and a denied increase
    ("A 6 mm hyper echoic focus in the right kidney.", []),
    ("Synovium thin, no hyper emia on power Doppler.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPELLINGS)
def test_split_and_german_spellings_of_increased_flow(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, VASC) == expected
