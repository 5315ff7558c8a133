"""The hepatorenal contrast is a sign of the liver, not the hepatorenal space (rule waves, stop 45, wave "places").

"Hepatorenal contrast (+)", "hepatorenal index 1.8" grade the liver's brightness against the kidney's (a fatty-liver
sign): the liver is examined, no peritoneal recess is. Fluid in the hepatorenal space still names the peritoneum.
No row is a corpus sentence."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

PERITONEUM = "Peritoneum mesentery and omentum"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize("text", [
    "Liver: mildly bright, hepatorenal contrast (+), no deep attenuation. GB: normal.",
    "Hepatorenal index 1.8, in keeping with mild steatosis. Spleen 10 cm.",
    "Liver: increased hepatorenal echo contrast, smooth surface.",
])
def test_contrast_is_the_liver(parser: ReportParser, text: str) -> None:
    organs = parser.parse(text).labels["Organ_level"]
    assert "Liver" in organs and PERITONEUM not in organs


def test_fluid_in_the_hepatorenal_space_is_peritoneal(parser: ReportParser) -> None:
    # near miss: the recess itself
    assert PERITONEUM in parser.parse("Small fluid in the hepatorenal space, 8 mm.").labels["Organ_level"]
