"""The report-wide tests before two scans for bracketed labels rule out only reports in which the scan finds none.

inline_items' label scan runs where ITEM_SIGNS is found (sites.py): a bracket's label is followed by a space or a tab,
a hash label holds its hash. lettered_maps' entry scan runs where _ENTRY_LABEL is found: every entry holds a letter's
or number's label and then its size's first digit. Each passage is written for this file: labels of each kind, and
brackets that close before other characters or hold more (near misses)."""

from __future__ import annotations

import re

import pytest

from udt.parser import inline_items, lettered_maps

TEXTS = (
    "(1) upper pole cyst, 4.6 cm, simple; (2) lower pole cyst, 2.1 cm.",
    "a) right lobe nodule 8 mm\tb) left lobe nodule 6 mm",
    "Findings: i) liver normal ii) spleen normal",
    "#1 hypoechoic 12 mm; #2 isoechoic 9 mm.",
    "(a)\tcyst (b)\tcyst",
    "A 2 cm cyst (simple).",
    "Nodule (R), 8 mm; nodule (L),9 mm.",
    "Size (mm):\n12 x 8",
    "(1)cyst (2)cyst",
    "Ref #A12",
    "Liver normal.",
    "(İ) cyst (ı) cyst; (\u212a) mass",
    "",
)


@pytest.mark.parametrize("text", TEXTS)
def test_signs_gate_agrees_with_the_label_scan(text: str) -> None:
    label = re.compile(inline_items._LABEL.pattern, inline_items._LABEL.flags)
    for variant in (text, text.upper(), text.lower(), f"Report.\n{text}\n"):
        gate = any(sign in variant for sign in inline_items.ITEM_SIGNS)
        assert gate or label.search(variant) is None, variant  # (the gate may pass a text the scan rejects)


def test_labels_are_found_through_the_gate() -> None:
    text = TEXTS[0]
    assert any(sign in text for sign in inline_items.ITEM_SIGNS)
    assert inline_items.item_label_tokens(text, [m.start() for m in re.finditer(r"\S+", text)])


MAP_TEXTS = (
    "Right breast: R 10:00 (a) 12 mm, R 2 o'clock (b) 8 mm. (a) Oval mass. (b) Cyst.",
    "L 3h (c)\t1,5 cm; Lt 9 (d) 6mm",
    "right 11 (12) 4.5 cm, left 2 (3) 9 mm",
    "R 10 (A) 12 mm; L 2 (B) 8 mm",
    "R 10 (ab) 12 mm; R 10 (a) mm 12; (0) 5 mm",
    "A cyst (simple) of 2 cm (right kidney).",
    "(a) (b) (c)",
    "R 10 (a) \u0661\u0662 mm; L 2 (b) \u0663 mm",
    "R 10 (\u0430) 12 mm",
    "",
)


@pytest.mark.parametrize("text", MAP_TEXTS)
def test_entry_label_gate_agrees_with_the_entry_scan(text: str) -> None:
    entry = re.compile(lettered_maps._ENTRY.pattern, lettered_maps._ENTRY.flags)
    gate = re.compile(lettered_maps._ENTRY_LABEL.pattern, lettered_maps._ENTRY_LABEL.flags)
    for variant in (text, text.upper(), text.lower(), f"Report.\n{text}\n"):
        assert gate.search(variant) is not None or entry.search(variant) is None, variant


def test_map_entries_pass_the_gate() -> None:
    entry = re.compile(lettered_maps._ENTRY.pattern, lettered_maps._ENTRY.flags)
    assert len(entry.findall(MAP_TEXTS[0])) == 2
    assert lettered_maps._ENTRY_LABEL.search(MAP_TEXTS[0]) is not None
