"""Lesions the findings pass used to lose: a measured lesion renamed by an organ's state after a dash. Passages
written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

# An organ's state after a free dash ("- acute cholecystitis", "- hydronephrosis") is the organ's reading, not the
# name of the stone measured before it: the stone stays a finding of its own (findings.py, dashed).
DASHED_STATES: list[Row] = [
    (
        "Gallbladder: wall 6 mm, a stone of 14 mm impacted in the neck, positive sonographic Murphy - acute "
        "cholecystitis.",
        [("Gallbladder and bile ducts", None, None, 14.0)],
    ),
    (
        "Right kidney: a calculus of 8 mm at the pelvi-ureteric junction, pelvis 16 mm - moderate hydronephrosis.",
        [("Kidney and ureter", None, "right", 8.0)],
    ),
]

# guards: a dash still names the unnamed lesion just measured ("- abscess", "- haemangioma")
DASHED_NAMES: list[Row] = [
    (
        "Liver: hypoechoic lesion in segment 6, 32 x 28 mm, thick walled - abscess.",
        [("Liver", "fluid collection", None, 32.0)],
    ),
    (
        "Spleen: echogenic lesion of 11 mm - haemangioma.",
        [("Spleen", "mass", None, 11.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_STATES)
def test_an_organ_state_after_a_dash_leaves_the_stone(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), DASHED_NAMES)
def test_a_diagnosis_after_a_dash_still_names_the_lesion(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
