"""A lesion behind or below a thyroid lobe in a parathyroid report is a parathyroid lesion
(udt/parser/thyroid_landmark_parathyroid.py)."""

from __future__ import annotations

import pytest

from udt.parser import parse_report


def _lesions(text: str) -> list[tuple[str | None, str | None, float]]:
    return [(f.organ, f.laterality, max(f.size_mm)) for f in parse_report(text).findings
            if f.kind == "lesion" and f.size_mm]


@pytest.mark.parametrize("text, side, size", [
    ("Primary hyperparathyroidism, scan before surgery. A 10 mm hypoechoic nodule posterior to the left thyroid "
     "lobe with a polar artery; adenoma at surgery. A 4 mm spongiform nodule in the right lobe.", "left", 10.0),
    ("Indication: raised PTH. Thyroid normal size. Dorsal to the lower pole of the right thyroid lobe there is an "
     "oval, hypoechoic structure 13 x 7 x 5 mm. Conclusion: probable right inferior parathyroid adenoma.",
     "right", 13.0),
])
def test_landmark_placed_lesion_is_parathyroid(text: str, side: str, size: float) -> None:
    assert ("Parathyroid glands", side, size) in _lesions(text)


def test_lesion_inside_the_lobe_stays_thyroid() -> None:
    # near miss: a thyroid nodule in the lobe, beside a sentence naming the parathyroids
    text = ("Hypercalcaemia, PTH raised. Parathyroids not seen. In the left lobe a 9 mm solid hypoechoic nodule "
            "in the lower pole, TI-RADS 4.")
    assert ("Parathyroid glands", "left", 9.0) not in _lesions(text)
    assert any(organ == "Thyroid gland" for organ, _, _ in _lesions(text))


def test_no_parathyroid_report_unchanged() -> None:
    # near miss: the same placement in a report that never names the parathyroids
    text = "Neck lump. A 10 mm hypoechoic nodule posterior to the left thyroid lobe."
    assert all(organ != "Parathyroid glands" for organ, _, _ in _lesions(text))



@pytest.mark.parametrize("text, word, sentence", [
    ("Thyroid normal. A 1.4 cm nodule behind the lobe; PTH high", "nodule", " A 1.4 cm nodule behind the lobe"),
    ("Size 12. 5 mm node behind the lobe", "node", "Size 12. 5 mm node behind the lobe"),  # a stop after a digit
    ("Lobes | normal\nNode. A 9 mm one | left", "9 mm", " A 9 mm one "),
    ("no break at all", "break", "no break at all"),
])
def test_sentence_bounds_scan_back_from_the_lesion(text: str, word: str, sentence: str) -> None:
    # the sentence is found by scanning back from the lesion (a scan from the report's start per lesion made a report
    # of thousands of lesions quadratic); its start is the one a forward scan of the breaks finds
    from udt.parser.thyroid_landmark_parathyroid import _BREAK, _sentence

    at = text.index(word)
    forward_start = 0
    for m in _BREAK.finditer(text, 0, at):
        forward_start = m.end()
    start, end = _sentence(text, at)
    assert text[start:end] == sentence
    assert start == forward_start
