"""A plural lesion word placed in an organ, then a colon (or measuring word) and a list of sides and sizes, lists
one lesion per side ("Simple cysts in both kidneys: right 20 mm, left 11 mm"): the organ only places the lesions
(``FindingBuilder._places_plural``). Before, the row of sides read as the organ's own measurements (side_measures.py),
leaving one unsized bilateral lesion and a kidney of 20 mm. An organ's own row, with no lesion word placed by it,
stays the organ's. Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

PLACED_PLURALS: list[Row] = [
    (
        "RENAL US. Simple cortical cysts in both kidneys: right 23 mm, left 9 mm. No hydronephrosis.",
        [("Kidney and ureter", "cyst", "right", 23.0), ("Kidney and ureter", "cyst", "left", 9.0)],
    ),
    (
        "Thyroid. Solid isoechoic nodules in both thyroid lobes: R 8 mm, L 13 mm. No cervical nodes.",
        [("Thyroid gland", "nodule", "right", 8.0), ("Thyroid gland", "nodule", "left", 13.0)],
    ),
    (
        "Pelvic US, day 12. Uterus normal. Cysts in both ovaries: Rt 27 mm, Lt 34 mm, thin walled.",
        [("Adnexa", "cyst", "right", 27.0), ("Adnexa", "cyst", "left", 34.0)],
    ),
    (
        "Hypoechoic nodules in both lobes of the thyroid, measuring right 7 mm and left 12 mm.",
        [("Thyroid gland", "nodule", "right", 7.0), ("Thyroid gland", "nodule", "left", 12.0)],
    ),
]

# A listed line under a plural heading that gives a size after each part of the organ lists a lesion per part
# ("Right: upper pole 19 mm, interpolar 6 mm"): before, the line was one lesion and its second size was lost. A
# heading may say its lines list the lesions ("as follows:", "as listed:").
LISTED_SITES: list[Row] = [
    (
        "Renal cysts:\nRight: upper pole 17 mm, mid pole 5 mm.\nLeft: lower pole 38 mm.",
        [("Kidney and ureter", "cyst", "right", 17.0), ("Kidney and ureter", "cyst", "right", 5.0),
         ("Kidney and ureter", "cyst", "left", 38.0)],
    ),
    (
        "Kidneys of normal size. Several cortical cysts as follows:\nRight: lower pole 22 mm, interpolar 8 mm.\n"
        "Left: upper pole 13 mm.",
        [("Kidney and ureter", "cyst", "right", 22.0), ("Kidney and ureter", "cyst", "right", 8.0),
         ("Kidney and ureter", "cyst", "left", 13.0)],
    ),
    # a second size after no part is no lesion of its own
    (
        "Fibroids:\nF1 - posterior intramural, 31 mm, previously 27 mm\nF2 - fundal subserosal, 14 mm",
        [("Uterus", "mass", None, 31.0), ("Uterus", "mass", None, 14.0)],
    ),
]

# An organ's own row of sides, with no lesion word placing it, stays the organ's measurement: no lesion of its sizes.
ORGAN_ROWS: list[Row] = [
    ("Kidneys: right 106 mm, left 112 mm. Normal corticomedullary differentiation.", []),
    ("Both kidneys: normal size, right 10.3 cm, left 10.6 cm. No calculi.", []),
    # a plural lesion of another sentence places no organ row
    (
        "Liver: two cysts, 14 mm and 6 mm. Kidneys: right 104 mm, left 109 mm.",
        [("Liver", "cyst", None, 14.0), ("Liver", "cyst", None, 6.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACED_PLURALS)
def test_sides_listed_after_a_placed_plural_are_its_lesions(parser: ReportParser, text: str,
                                                            expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), ORGAN_ROWS)
def test_an_organ_row_of_sides_stays_the_organs(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), LISTED_SITES)
def test_a_listed_line_of_sites_lists_a_lesion_per_site(parser: ReportParser, text: str,
                                                         expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
