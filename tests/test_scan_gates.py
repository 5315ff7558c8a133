"""A cheap test in front of a costly scan must rule out only what the scan would not find.

Several rules run a regex over the whole report (or over a size's window) only after substring tests in C have
found what every match needs: the sign that ends a worksheet row (trailing_minus.py; in a one-line report, read off
the text's end), the parathyroid stems (thyroid_landmark_parathyroid.py), the verbs of a corrected size
(corrected_sizes.py), the copula and time words before a recalled size (recalled_sizes.py). Each gated function must
give what its full scan gives, on passages that hold the trigger and on near misses that hold only part of it, in
several casings and with non-ASCII text (where IGNORECASE folds letters that ``str.lower`` does not, so the gate must
not rule the text out). And the mentions found by bisection over character offsets (record.mentions_in_chars) are
those a scan of every mention finds. Each passage is written for this file.
"""

from __future__ import annotations

import pytest

from udt.parser import corrected_sizes, recalled_sizes, thyroid_landmark_parathyroid, trailing_minus
from udt.parser.record import MentionRecord, mentions_in_chars


def _casings(text: str) -> list[str]:
    return [text, text.upper(), text.lower(), text.title(), f"Ultrasound — {text}", text.replace("s", "\u017f")]


ROW_SIGNS = [
    "Ascites -\nGallbladder normal.", "Free fluid \u2013", "Hydrocele -ve\n", "Pleural effusion \u2212 \r\nLiver ok",
    "Liver - normal", "cyst-\nwall thin", "Nodules -\n - 12 mm upper pole", "No free fluid.", "range 3-4 mm",
    "Ascites -x\n", "Ascites\t-\t\n", "Spleen \u2014", "a well-defined lesion -ve for flow",
]


@pytest.mark.parametrize("text", ROW_SIGNS)
def test_row_sign_gate_agrees_with_the_row_pattern(text: str) -> None:
    for variant in _casings(text):
        gate = trailing_minus._SIGN_ENDS_ROW.search(variant) is not None
        full = trailing_minus._ROW_END_MINUS.search(variant) is not None
        assert gate or not full, variant  # (the gate may pass a text the row pattern then rejects, never the reverse)


ONE_LINE_ENDS = [
    "Ascites -", "Free fluid \u2013 ", "Hydrocele -ve", "Pleural effusion \u2212\t", "Spleen \u2014", "Ascites -ve.",
    "Ascites - ", "a well-defined 1-2 mm lesion", "Liver - normal", "Ascites -x", "Ascites -VE", "Ascites -\r",
    "Ascites -ve \r", "cyst-", "", "-", "ve", "Ascites -\n", "Ascites -\nLiver", "Liver ok\r\nAscites -",
]


@pytest.mark.parametrize("text", ROW_SIGNS + ONE_LINE_ENDS)
def test_one_line_sign_test_agrees_with_the_sign_pattern(text: str) -> None:
    for variant in _casings(text):
        want = trailing_minus._SIGN_ENDS_ROW.search(variant) is not None
        assert trailing_minus._sign_ends_row(variant) == want, variant


PARATHYROID_TEXTS = [
    "Right inferior parathyroid adenoma, 9 mm.", "PTH elevated; a 12 mm nodule posterior to the left lobe.",
    "Nebenschilddrüsenadenom links 8 mm.", "Bijschildklier adenoom.", "adenoma paratiroideo", "paratireoide",
    "Thyroid: a 14 mm nodule in the right lobe.", "depth 14 mm", "para-thyroid", "a parting septum",
]


@pytest.mark.parametrize("text", PARATHYROID_TEXTS)
def test_parathyroid_stems_gate_agrees_with_the_pattern(text: str) -> None:
    for variant in _casings(text):
        low = variant.lower()
        gate = any(map(low.__contains__, thyroid_landmark_parathyroid._PARATHYROID_LETTERS))
        assert gate or thyroid_landmark_parathyroid._PARATHYROID.search(low) is None, variant


def _corrections_scanned(text: str) -> list[tuple[int, float | None, float]]:
    """corrections() as it read before its gates: every pattern over the whole text."""
    out: list[tuple[int, float | None, float]] = []
    for m in corrected_sizes._DENIED_AFTER.finditer(text):
        out.append((m.start(), corrected_sizes._mm(m.group(3), m.group(4)),
                    corrected_sizes._mm(m.group(1), m.group(2))))
    for m in corrected_sizes._CORRECTED_FROM.finditer(text):
        unit = m.group(4)
        out.append((m.start(), corrected_sizes._mm(m.group(1), m.group(2) or unit),
                    corrected_sizes._mm(m.group(3), unit)))
    for m in corrected_sizes._CORRECTED_TO.finditer(text):
        numbers = [float(n.replace(",", ".")) for n in corrected_sizes._NUMBERS.findall(m.group(0))]
        out.append((m.start(), None, round(max(numbers) * corrected_sizes._MM[m.group(2).lower()], 1)))
    return out


CORRECTIONS = [
    "Addendum: the nodule measures 14 mm (not 41 mm).", "Size corrected from 41 mm to 14 mm.",
    "Measurement amended to read 2.1 x 1.4 cm.", "The correct measurement of the LD nodule is 1,8 x 1,1 x 1,3 cm.",
    "Dimensions changed from 3 cm to 2.4 CM.", "Report revised to 18MM.", "not corrected", "The cyst is not 5 mm.",
    "No change from 12 mm.", "The correction of the coagulopathy is pending; the cyst is 2 cm.",
    "Incorrect laterality corrected to 9 mm left.",
]


@pytest.mark.parametrize("text", CORRECTIONS)
def test_gated_corrections_are_the_full_scans(text: str) -> None:
    for variant in _casings(text):
        assert corrected_sizes.corrections(variant) == _corrections_scanned(variant), variant


RECALLED = [
    "2.4 cm (was 1.8 cm in August)", "the cysts, were 12 and 9 mm", "34 mm (05/2025: 26 mm)",
    "26 x 21 mm (CT 2024: 24 mm)",
    "previously 12, 9 and 7 mm", "prior: 22 mm", "(before 28 and 19 mm)", "initially 4 mm", "a nodule of 12 mm",
    "measuring 8 mm", "(14:30) 6 mm", "It was noted that the node is 11 mm", "(as before) 9 mm",
    "\u0130nitially 5 mm", "originally  3 mm",
]


@pytest.mark.parametrize("text", RECALLED)
def test_recalled_window_gate_agrees_with_the_pattern(text: str) -> None:
    for variant in _casings(text):
        for k, ch in enumerate(variant):
            if not ch.isdigit() or (k and variant[k - 1].isdigit()):
                continue
            end = k
            while end < len(variant) and (variant[end].isdigit() or variant[end] in ".,"):
                end += 1
            want = recalled_sizes._AFTER.match(variant, end) is not None \
                or recalled_sizes._BEFORE.search(variant, max(0, k - 40), k) is not None
            assert recalled_sizes.recalled_at(variant, k, end) == want, (variant, k)


def _record(start: int, start_char: int) -> MentionRecord:
    return MentionRecord(start, start + 1, start_char, start_char + 4, "Organ_level", "iri", "", 0)


def test_mentions_in_chars_are_those_a_scan_finds() -> None:
    mentions = [_record(t, c) for t, c in enumerate((0, 5, 5, 12, 30, 31, 60))]
    for lo in range(-1, 65, 3):
        for hi in range(lo, 66, 4):
            want = [m for m in mentions if lo <= m.start_char < hi]
            assert mentions_in_chars(mentions, lo, hi) == want, (lo, hi)
