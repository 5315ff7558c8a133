"""An organ's pole named in anatomists' words ("posterior to the inferior pole of the right thyroid lobe") is a
landmark's part, as "the lower pole" already was: the thyroid that only places a parathyroid adenoma is no organ
examined. The thyroid stays where the report describes it, or where the lesion lies in its pole.

Each passage was written for this file (not a corpus line).
"""

from __future__ import annotations

from udt.parser import ReportParser

_THYROID = "Thyroid gland"
_PARATHYROID = "Parathyroid glands"


def test_inferior_pole_is_a_landmark(parser: ReportParser) -> None:
    organs = parser.parse("Hypercalcaemia. A 12 x 6 mm oval hypoechoic nodule lies posterior to the inferior pole of "
                          "the right thyroid lobe, with a polar feeding artery. Impression: right inferior parathyroid "
                          "adenoma.").labels["Organ_level"]
    assert _PARATHYROID in organs
    assert _THYROID not in organs


def test_lesion_in_the_inferior_pole_keeps_the_thyroid(parser: ReportParser) -> None:
    # near miss: no landmark cue, the nodule is in the thyroid's pole
    organs = parser.parse("A 9 mm solid hypoechoic nodule in the inferior pole of the right thyroid lobe, TR4.").labels
    assert _THYROID in organs["Organ_level"]


def test_thyroid_described_beside_a_landmark_pole(parser: ReportParser) -> None:
    # near miss: the thyroid is a landmark and also described in its own sentence
    organs = parser.parse("Raised PTH. Posterior to the superior pole of the left thyroid lobe is a 10 mm oval "
                          "hypoechoic nodule, likely a superior parathyroid adenoma. The thyroid gland itself is "
                          "normal.").labels["Organ_level"]
    assert {_THYROID, _PARATHYROID} <= set(organs)
