"""Lesions listed with their sizes: a worksheet's "Largest cyst ..." sentence (no "the") names the largest listed
lesion, not a new unsized one (udt.parser.size_chosen); and a teaching section's sizes are thresholds, which give
no finding (udt.parser.sites). Passages written for this file.

Rows: a passage and its findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]


def _findings(parser: ReportParser, text: str) -> list[Lesion]:
    return [(f.organ, f.diagnosis, f.laterality, max(f.size_mm) if f.size_mm else None)
            for f in parser.parse(text).findings]


TELEGRAPHIC: list[Row] = [
    (
        "Right kidney: three cortical cysts measuring 24 mm, 12 mm and 7 mm. Largest cyst has a thin septation.",
        [("Kidney and ureter", "cyst", "right", 24.0), ("Kidney and ureter", "cyst", "right", 12.0),
         ("Kidney and ureter", "cyst", "right", 7.0)],
    ),
    (
        "Liver: two cysts, 15 mm and 31 mm.\nBiggest cyst contains fine debris.",
        [("Liver", "cyst", None, 15.0), ("Liver", "cyst", None, 31.0)],
    ),
]

TEACHING: list[Row] = [
    (
        "Findings: a 22 mm hypoechoic nodule in the right thyroid lobe.\n\nTeaching point: nodules over 15 mm "
        "with this pattern merit fine-needle aspiration; a lobe over 6 cm suggests goitre.",
        [("Thyroid gland", "nodule", "right", 22.0)],
    ),
]

# Must NOT: "largest" inside the sentence, after another word, picks nothing by itself; a lesion it
# does not name stays a lesion of its own.
GUARDS: list[Row] = [
    (
        "Left kidney: two cysts, 18 mm and 9 mm. Spleen: largest of two splenules 11 mm, a haemangioma beside it.",
        [("Kidney and ureter", "cyst", "left", 18.0), ("Kidney and ureter", "cyst", "left", 9.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TELEGRAPHIC)
def test_a_sentence_opening_with_largest_names_the_largest_listed_lesion(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert _findings(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), TEACHING)
def test_a_teaching_sections_sizes_give_no_finding(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert _findings(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_a_lesion_not_named_by_the_comparison_word_is_kept(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert [f for f in _findings(parser, text) if f[0] == "Kidney and ureter"] == expected
