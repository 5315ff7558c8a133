"""A single echogenic focus that shadows, or that a lesion holds, is a calcification rather than an echo level; several
shadowing foci stay calcifications even when the sentence calls them stones (calcific_foci.py, senses.py).

Guards: a sizeable bright lesion called a focus, a focus that casts no shadow, a focus its sentence names as one stone
or as a foreign body, and a "hyperechogenic focus" keep their echogenicity. Each passage was written for this file.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

_CALC = "calcifications"
_HYPER = "hyperechoic"


@pytest.mark.parametrize(
    "text",
    [
        "Right kidney 10.6 cm. A 4 mm echogenic focus with posterior acoustic shadowing in the mid-pole, "
        "non-obstructing.",
        "Left kidney: mild hydronephrosis; 6 mm echogenic focus with shadowing at the PUJ.",
        "Right ureter: at the UVJ have strong echo spot 5 mm with acoustic shadow.",
        "Left thyroid lobe: 12 mm solid nodule with a tiny echogenic focus, TR4.",
        "Within the scar there is a 14 x 9 mm hypoechoic lesion with a central echogenic focus and no flow.",
    ],
)
def test_single_focus_is_a_calcification(parser: ReportParser, text: str) -> None:
    labels = parser.parse(text).labels
    assert _CALC in labels["InternalCharacteristics"]
    assert _HYPER not in labels["Echogenicity"]


@pytest.mark.parametrize(
    "text",
    [
        "Gallbladder: several mobile echogenic foci with posterior acoustic shadowing, in keeping with gallstones.",
        "Left kidney: echogenic foci in the lower pole calyces with shadowing, the largest 4 mm - calculi.",
    ],
)
def test_shadowing_foci_called_stones_stay_calcifications(parser: ReportParser, text: str) -> None:
    assert _CALC in parser.parse(text).labels["InternalCharacteristics"]


@pytest.mark.parametrize(
    "text",
    [
        # a sizeable lesion called a focus, without a shadow
        "Liver: a 13 mm well-defined echogenic focus in segment 7, probably a haemangioma.",
        # one stone named in its own sentence
        "Right kidney: 8 mm echogenic focus in the lower pole calyx with posterior shadowing, consistent with a "
        "calculus.",
        # a foreign body named for the focus
        "Palm: a 3 mm echogenic focus with posterior shadowing in the subcutis, a retained glass foreign body.",
        # a denied shadow
        "Right kidney: 6 mm echogenic focus without shadowing in the cortex.",
        # "hyperechogenic focus": a bright lesion in translated wording
        "Left kidney: hyperechogenic focus 5 mm with acoustic shadow in the lower calyx.",
    ],
)
def test_other_foci_keep_their_echogenicity(parser: ReportParser, text: str) -> None:
    labels = parser.parse(text).labels
    assert _CALC not in labels["InternalCharacteristics"]


def test_calcific_focus_stays_a_measured_lesion(parser: ReportParser) -> None:
    # the focus read as a calcification is still the region its echo word names: a lesion with its size and side
    rep = parser.parse("Left kidney: mild hydronephrosis; 6 mm echogenic focus with shadowing at the VUJ.")
    assert _CALC in rep.labels["InternalCharacteristics"]
    lesions = [f for f in rep.findings if f.kind == "lesion"]
    assert any(f.size_mm and max(f.size_mm) == 6 and f.laterality == "left" for f in lesions)
