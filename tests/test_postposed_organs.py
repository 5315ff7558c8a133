"""An organ adjective right after its lesion word places the lesion, so the side and size after it are the
lesion's (udt/parser/postposed_organs.py); an organ measured before its lesion, or across a separator, keeps its own."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser
from udt.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser(load_taxonomy())


def _sized(parser: ReportParser, text: str) -> list[tuple[str, str | None, str | None, list[float]]]:
    return [(f.kind, f.diagnosis, f.laterality, f.size_mm) for f in parser.parse(text).findings if f.size_mm]


@pytest.mark.parametrize(
    ("text", "diagnosis", "side", "size"),
    [
        ("Foie homogene.\nPetit epanchement pleural gauche 22 mm.", "fluid collection", "left", [22.0]),
        ("Higado normal.\nDerrame pleural derecho 31 mm, sin tabiques.", "fluid collection", "right", [31.0]),
        ("Foie homogene.\nKyste renal droit 14 mm, simple.", "cyst", "right", [14.0]),
    ],
)
def test_postposed_organ_side_and_size_are_the_lesions(
    parser: ReportParser, text: str, diagnosis: str, side: str, size: list[float]
) -> None:
    assert _sized(parser, text) == [("lesion", diagnosis, side, size)]


def test_organ_measured_after_the_lesion_clause_keeps_its_size(parser: ReportParser) -> None:
    # The cyst's own size comes first; the left kidney measured after the comma is the organ's.
    found = _sized(parser, "Kyste renal droit 14 mm, rein gauche 10,5 cm.")
    assert ("lesion", "cyst", "right", [14.0]) in found
    assert ("structure", None, "left", [105.0]) in found


def test_english_organ_row_still_measures_the_organ(parser: ReportParser) -> None:
    # The organ before its lesion: a row of sides measures the kidneys, the cysts are named after.
    found = _sized(parser, "Kidneys: right 11.2 cm, left 10.9 cm, several small cortical cysts.")
    assert not any(s[0] == "lesion" for s in found)
