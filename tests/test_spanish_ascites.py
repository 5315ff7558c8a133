"""The Spanish "ascitis" names ascites (ontology/udt.owl), as the French and Italian "ascite" do: a worksheet line
"Ascitis: moderate, largest pocket 62 mm" gives the peritoneum a measured collection, and a Spanish denial of it
denies it."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser
from udt.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser(load_taxonomy())


def test_ascitis_line_is_a_measured_peritoneal_collection(parser: ReportParser) -> None:
    report = parser.parse("Hígado: homogéneo.\nAscitis: moderada, bolsillo mayor 58 mm en fosa iliaca derecha.")
    found = [(f.organ, f.diagnosis, f.size_mm) for f in report.findings if f.kind == "lesion"]
    assert found == [("Peritoneum mesentery and omentum", "fluid collection", [58.0])]


def test_denied_ascitis_is_no_finding(parser: ReportParser) -> None:
    # Near miss: "sin ascitis" denies it.
    report = parser.parse("Hígado: homogéneo, sin lesiones focales. Sin ascitis.")
    assert not [f for f in report.findings if f.kind == "lesion" and f.status == "present"]
