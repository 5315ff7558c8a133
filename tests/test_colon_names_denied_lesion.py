"""A colon after a denied item names what the lesion is: "isoechoic to fat, no vascularity: a lipoma" states a
lipoma (a mass), which the "no" before the colon does not deny; nor does "without shadowing: haemangioma".

Near misses: a colon right after the negation introduces what is denied ("No evidence of: cyst, mass" denies both),
and a negation with no object before the colon keeps denying. Each passage is written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    "text",
    [
        "Left flank, subcutaneous: 28 mm oval lesion, isoechoic to fat with thin echogenic lines and no "
        "vascularity: a lipoma.",
        "Upper back: well-circumscribed lesion in the fat, avascular, no internal flow: lipoma. No further action.",
        "Right forearm: compressible lesion, no calcification or flow: a lipoma.",
    ],
)
def test_diagnosis_after_colon_is_stated(parser: ReportParser, text: str) -> None:
    assert reading_of(parser, text, "Diagnosis", "mass") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "Lump right thigh. No evidence of: lipoma, hernia or collection.",
        "Negative for: lipoma or haematoma.",
    ],
)
def test_colon_after_the_cue_keeps_denying(parser: ReportParser, text: str) -> None:
    assert reading_of(parser, text, "Diagnosis", "mass") == "absent"
