"""Features a teaching text only talks about are not findings: what would prompt a test ("an anechoic rim, cystic
areas or calcification should prompt CT") and what another condition would look like ("chronic thrombus would
typically show an echogenic, retracted thrombus"). Their descriptor values are neither labelled nor denied.

Near misses: the same features found in the patient ("the lesion has cystic areas; CT was advised", "the thrombus is
echogenic and retracted") stay labelled. Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Pitfall: most echogenic renal lesions are angiomyolipomas, but cystic areas should prompt CT.",
         "InternalCharacteristics", "cystic components"),
        ("Acute thrombus is hypoechoic; chronic thrombus would typically show an echogenic, retracted clot.",
         "Echogenicity", "hyperechoic"),
        ("An old haematoma would usually show septations and a thick wall.", "InternalCharacteristics", "septations"),
    ],
)
def test_talked_about_features_are_not_labelled(parser: ReportParser, text: str, field: str, value: str) -> None:
    assert value not in labels_of(parser, text, field)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Right kidney: 14 mm echogenic lesion with small cystic areas; CT was advised.", "InternalCharacteristics",
         "cystic components"),
        ("Left popliteal vein: the thrombus is echogenic and retracted, with recanalisation.", "Echogenicity",
         "hyperechoic"),
    ],
)
def test_features_found_stay_labelled(parser: ReportParser, text: str, field: str, value: str) -> None:
    assert value in labels_of(parser, text, field)
