"""Open spellings: the dev-corpus rows of the class (written fresh, a short fragment at most) and the mechanisms behind
the generated battery (``spelling_battery_cases.py``): units spelled any way (units.py), sizes in words in a typed
report (spelled_sizes.py), lesion words of other languages (ontology synonyms, diacritics folded), bilingual labels
("Cyst / Kyste") and short run-on lines (run_on.py).

Inventory of the dev corpora (id, fragment, expected, got before, class):
- multiorgan_4 (impression): "Hepatic SOLs and splenic lesion" -- lesions, nothing ("SOLs" unknown) -- lesion word
- multiorgan_7 i015: "Cyst / Kyste: none" -- absent cyst, a cyst finding without size -- lesion word, bilingual label
- multiorgan_7 i015: "Focal lesion / Lésion focale: yes" -- present, uncertain (read as two alternatives) -- bilingual
- multiorgan_12 (conclusion): "Kystes hépatiques simples" -- liver cysts, nothing -- lesion and organ words
- realworld_7 l095 (guard): "FF: ... fluid POD + Morison's" -- peritoneum kept when short runs are split
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of, reading_of

from udt.parser import ReportParser
from udt.parser.spelled_sizes import spelled_sizes
from udt.parser.units import LENGTH_UNIT_STARTS, LENGTH_UNIT_WORDS

K, LI, OV, TH = "Kidney and ureter", "Liver", "Adnexa", "Thyroid gland"

LESION_ROWS = [
    ("Impression: hepatic SOLs, the largest 18 mm.", [(LI, None, None, 18.0)]),
    ("Left ovary / Ovaire gauche: 3.4 x 2.9 cm. Cyst / Kyste: 4.1 x 3.2 cm, simple.", [(OV, "cyst", "left", 41.0)]),
    ("Conclusion: kystes hépatiques simples.", [(LI, "cyst", None, None)]),
    ("Liver / Foie: 15 cm. Focal lesion / Lésion focale: yes - 2.2 cm, segment 6.", [(LI, None, None, 22.0)]),
    ("Right kidney: a cálculo of 5 mm in the lower pole.", [(K, None, "right", 5.0)]),
    ("Left thyroid lobe: nódulo sólido de 11 mm.", [(TH, "nodule", "left", 11.0)]),
    # a short note hard-wrapped over lines, or a key-value line, is no run of clauses
    ("L lobe 4.4 x 1.5 x 1.6 cm nad\nisthmus 3mm\nno abnormal LNs\nfor rad review", []),
]


@pytest.mark.parametrize(("text", "expected"), LESION_ROWS)
def test_lesions_of_open_spellings(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


READING_ROWS = [
    ("Right kidney / Rein droit: 10.9 cm. Cyst / Kyste: none.", "Diagnosis", "cyst", "absent"),
    ("Left ovary / Ovaire gauche: Cyst / Kyste: 3.9 cm, simple.", "Diagnosis", "cyst", "present"),
    (
        "FF: small amount of echogenic fluid POD + Morison's pouch for review",
        "Organ_level",
        "Peritoneum mesentery and omentum",
        "present",
    ),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), READING_ROWS)
def test_readings_of_open_spellings(parser: ReportParser, text: str, field: str, value: str, reading: str) -> None:
    assert reading_of(parser, text, field, value) == reading


def test_every_unit_spelling_starts_with_a_scanned_prefix() -> None:
    assert all(w.startswith(LENGTH_UNIT_STARTS) for w in LENGTH_UNIT_WORDS)
    assert {"m.m", "c.m", "milimeters", "centimtrs", "centimters", "millimetres"} <= set(LENGTH_UNIT_WORDS)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("A two centimetre cyst.", "A 2 centimetre cyst."),
        ("Cyst of one point five cm\nin the liver.", "Cyst of 1.5 cm\nin the liver."),
        ("Nodule twenty-five mm, another twelve MM.", "Nodule 25 mm, another 12 MM."),
        ("A two-centimetre cyst.", "A 2-centimetre cyst."),
        ("A cyst of two by one point five cm.", "A cyst of 2 x 1.5 cm."),
        ("Cyst of seven and a half mm; another of half a centimetre.", "Cyst of 7.5 mm; another of 0.5 centimetre."),
    ],
)
def test_sizes_in_words_are_written_in_digits(text: str, written: str) -> None:
    form = spelled_sizes(text)
    assert form is not None and form.text == written


@pytest.mark.parametrize("text", ["Two cysts in segment six.", "Often 12 mm.", "Bone cm", "one of 12 mm", ""])
def test_counts_names_and_digits_stay_as_written(text: str) -> None:
    assert spelled_sizes(text) is None


def test_evidence_of_a_report_with_sizes_in_words_points_into_the_text_as_given(parser: ReportParser) -> None:
    text = "Right kidney: a simple cyst of two centimetres.\nLeft kidney: a cyst of twelve millimetres."
    report = parser.parse(text)
    assert [(f.laterality, f.size_mm) for f in report.findings if f.kind == "lesion"] == [
        ("right", [20.0]),
        ("left", [12.0]),
    ]
    assert all(text[m.start : m.end] == m.text for m in report.mentions)
    assert "sizes written in words read in digits" in report.warnings
