"""Several organs in one sentence, each with its own verdict (udt.parser.organ_verdicts): each organ gets its own
structure finding, with its own verdict and its own length, and an organ stated normal beside another organ's lesion
keeps its normal finding. Passages written for this file.

Rows: a passage and its structure findings in report order: (organ, side, sizes in mm, diagnosis).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

Structure = tuple[str | None, str | None, list[float], str | None]
Row = tuple[str, list[Structure]]


def structures_of(parser: ReportParser, text: str) -> list[Structure]:
    return [(f.organ, f.laterality, list(f.size_mm), f.diagnosis)
            for f in parser.parse(text).findings if f.kind == "structure"]


SPLIT: list[Row] = [
    (
        "Renal ultrasound. Left kidney unremarkable, right kidney 10.6 cm.",
        [("Kidney and ureter", "left", [], "normal appearance"), ("Kidney and ureter", "right", [106.0], None)],
    ),
    (
        "Upper abdomen: spleen normal, liver 15.8 cm in the midclavicular line.",
        [("Spleen", None, [], "normal appearance"), ("Liver", None, [158.0], None)],
    ),
    (
        "Pelvic scan: the endometrium is thin. Uterus and both ovaries appear normal, left kidney 10.1 cm.",
        [("Uterus", None, [], "normal appearance"), ("Adnexa", "bilateral", [], "normal appearance"),
         ("Kidney and ureter", "left", [101.0], None)],
    ),
]

BESIDE_LESION: list[Row] = [
    (
        "The left kidney measures 11.4 cm and has a 7 mm simple cyst at the lower pole, right kidney normal.",
        [("Kidney and ureter", "right", [], "normal appearance"), ("Kidney and ureter", "left", [114.0], None)],
    ),
    (
        "Both ovaries are normal, the uterus is 7.5 cm long with a 16 mm intramural fibroid.",
        [("Adnexa", "bilateral", [], "normal appearance"), ("Uterus", None, [75.0], None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_each_organ_of_a_list_takes_its_own_verdict(parser: ReportParser, text: str,
                                                   expected: list[Structure]) -> None:
    assert structures_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), BESIDE_LESION)
def test_an_organ_stated_normal_beside_a_lesion_keeps_its_finding(parser: ReportParser, text: str,
                                                                 expected: list[Structure]) -> None:
    assert structures_of(parser, text) == expected


def test_the_lesions_own_organ_stated_otherwise_normal_is_no_normal_structure(parser: ReportParser) -> None:
    # guard: the remainder of the organ that holds the lesion is no normal organ of its own
    text = "The right kidney contains a 9 mm cyst, the right kidney is otherwise normal."
    assert all(f.diagnosis != "normal appearance" for f in parser.parse(text).findings)


def test_a_verdict_closing_a_list_stays_every_organs(parser: ReportParser) -> None:
    # guard: a verdict after the list is left to the older reading (one finding per measured organ)
    text = "Right kidney 10.8 cm, left kidney 11.2 cm, both normal."
    assert structures_of(parser, text) == [
        ("Kidney and ureter", "right", [108.0], "normal appearance"),
        ("Kidney and ureter", "left", [112.0], "normal appearance"),
    ]
