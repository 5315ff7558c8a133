"""A denied arteriovenous fistula names no dialysis access (rule waves, stop 45, wave "places").

"No pseudoaneurysm or AV fistula" after a femoral puncture rules out a complication of the puncture; a dialysis
access is examined, never denied, so the denial labels no Dialysis fistula, nor does the puncture's "femoral access".
A dialysis report keeps its access: its own words name it ("radiocephalic AVF", "dialysis"), and a fistula that hosts
a denied lesion ("no stenosis or AV fistula aneurysm") is the access itself. No row is a corpus sentence."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

FISTULA = "Dialysis fistula"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize("text", [
    "US LEFT GROIN. Swelling after cardiac catheterisation via the L CFA (femoral access). 3 cm haematoma anterior "
    "to the CFA. No pseudoaneurysm or AV fistula.",
    "Groin duplex post angiogram: haematoma 4 cm in the subcutaneous fat. Conclusion: no pseudoaneurysm/AVF.",
    "Right groin after PCI: CFA triphasic. No pseudoaneurysm or arteriovenous fistula demonstrated. CFV compressible.",
])
def test_denied_puncture_fistula_labels_no_access(parser: ReportParser, text: str) -> None:
    assert FISTULA not in parser.parse(text).labels["Organ_level"]


@pytest.mark.parametrize("text", [
    # near misses: an access examined keeps its label
    "Left radiocephalic AVF: flow volume 650 ml/min. No stenosis. No perifistular collection.",
    "Dialysis access check. No AVF stenosis. Flow 800 ml/min.",
    "Left arm: no stenosis or AV fistula aneurysm. Flow 700 ml/min.",
])
def test_examined_access_keeps_its_label(parser: ReportParser, text: str) -> None:
    assert FISTULA in parser.parse(text).labels["Organ_level"]
