"""The first-character look-ahead of findings._LOCATION (a speed gate) changes no match: each alternative's wording,
in any case, is found where and as the alternatives alone find it, and near misses (the words inside longer words,
non-ASCII letters that IGNORECASE folds) stay as they were. Each passage is written for this file."""

from __future__ import annotations

import re

import pytest

from udt.parser import findings

LOCATIONS = (
    "Nodule at 10 o'clock, 8 mm.", "cyst at 2:30 oclock position", "Lesion in segments VI/VII.", "segment 4 and 8",
    "Upper pole cyst.", "lower-polar calculus", "midpole echogenic focus", "interpolar region", "Upper outer quadrant",
    "lower-inner-quadrant mass", "Retroareolar duct", "subareolar cyst", "periareolar collection", "Isthmus nodule",
    "Subcapsular haematoma", "upper third of the ureter", "Lower zone", "middle lobe", "mid segment", "MID ZONE",
)
NEAR_MISSES = (
    "The liver is normal.", "supper pole", "submidpole", "xisthmus", "a1 o'clock", "Segmental wall thickening",
    "\u017fegment 4 (long s); \u0130sthmus; \u212a", "", "\n",
)


def _ungated() -> re.Pattern[str]:
    gated = findings._LOCATION.pattern
    pattern = gated.replace(r"\b(?=[\dilmprsu])(?:", r"\b(?:", 1)
    assert pattern != gated
    return re.compile(pattern, findings._LOCATION.flags)


@pytest.mark.parametrize("text", [*LOCATIONS, *NEAR_MISSES])
def test_gate_keeps_every_match(text: str) -> None:
    gated = re.compile(findings._LOCATION.pattern, findings._LOCATION.flags)
    for variant in (text, text.upper(), text.lower(), text.title(), f"Report: {text}\n"):
        want = [(m.span(), m.group()) for m in _ungated().finditer(variant)]
        assert [(m.span(), m.group()) for m in gated.finditer(variant)] == want, variant


@pytest.mark.parametrize("text", LOCATIONS)
def test_each_wording_is_a_location(text: str) -> None:
    # (so the comparison above covers each alternative where it matches)
    assert findings.location_in(text) is not None, text
