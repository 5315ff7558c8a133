"""The findings pass's cheap scans must find what the full regex scan finds.

``findings._size_matches`` starts the size regex only inside the runs of size characters that end at a unit
word, instead of letting the engine walk every character; it must return exactly ``_SIZE.finditer``'s matches
(spans and groups, in order). Checked on crafted edge cases (inner units, runs without digits, overlapping unit
letters, separators, numbers glued to words), in several casings, and on the unsealed report corpora whole and
in pieces.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from udt.parser import findings

ROOT = Path(__file__).resolve().parents[1]

EDGES = [
    "a 2 cm cyst", "1.2 x 0.8 x 0.9 cm", "12×8 mm", "2cm", "T2 5 mm", "comment 5mm and 3 cm, 2x3mm",
    "no 12 by 3 CM mass 4mmm 5 millimetres", "Case 12. 3cm.", "2 mm x 3 mmol", "5 mmm", "3 mm, 4 mm and 5mm",
    "1,5 cm", "1, 5 cm", "1.25.3 cm", "v2.5 cm", "x 4 cm", "4 x cm", "2 mm x 3 mm x 4 mm", "summary 3", "mm 3",
    "3\u001cmm", "3 -mm", "10 centimeters by 2 centimetres", "8 millimeter", "1.2cmx0.8cm", "4 * 5 mm",
    "at 3 o'clock 4 cm from the nipple, 1.8 x 1.2 cm", "7 yo, 3mm", "0.5cm 0.7cm0.9 cm", "mmcm 1cm", "2 c m",
    "24/22 mm", "26 / 18/15 mm", "1/2 cm", "12/2023 5 mm", "a/5 mm",
    "by 5mm", "12 x\n3 mm", "3x4x5x6 mm", "99 mm.", "1 mmHg", "2 cms", "3.4", "",
]


def _casings(text: str) -> list[str]:
    return [text, text.upper(), text.lower(), text.title(), f"naïve — {text}"]


def _same_as_finditer(text: str) -> None:
    want = [(m.span(), m.groups()) for m in findings._SIZE.finditer(text)]
    got = [(m.span(), m.groups()) for m in findings._size_matches(text)]
    assert got == want, text


@pytest.mark.parametrize("text", EDGES)
def test_size_scan_finds_what_finditer_finds(text: str) -> None:
    for variant in _casings(text):
        _same_as_finditer(variant)


def test_size_scan_finds_what_finditer_finds_on_the_corpora() -> None:
    # (the sealed final corpora are never read)
    files = [ROOT / "tests/data/reports_gold.jsonl",
             *(f for f in sorted((ROOT / "benchmarks/data").glob("*.jsonl"))
               if not f.name.startswith("reports_blind_final"))]
    texts = [json.loads(x)["text"] for f in files for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert texts
    for text in texts:
        for piece in (text, text.upper(), *text.split(". ")):
            _same_as_finditer(piece)


def test_sizes_are_rounded_as_before() -> None:
    # An integral value is kept as it is; others are rounded to 2 places, as before.
    assert findings.parse_sizes("1.234 x 2 cm")[0][2] == [round(12.34, 2), 20.0]
    assert findings.parse_sizes("0.333 mm")[0][2] == [0.33]
