"""Size and side of lesions in table-like and list-like layouts (round r2rows).

Class fixed, with guards where the rule must not fire:
  * A later line naming a row's label ("Summary: haemangiomas H1 and H2 unchanged", "Lesion 2: simple cyst.") speaks
    of the lesion measured on that row: the row's lesion takes the asserted lesion word's nature, and the sizeless
    lesion that word made is the same lesion said again (no finding of its own). A hedged word names nothing; a
    label opening two measured rows is no row's; a number read as a size ("nodule 1,4 x 1,1 cm") cites no row.

Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of

from udt.parser import ReportParser
from udt.parser.label_citations import _rows


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def test_code_labels_named_in_the_conclusion(parser: ReportParser) -> None:
    text = (
        "Breast ultrasound, follow-up.\n"
        "Lesion | site | previous | today\n"
        "R1 | right 10 o'clock, 3 cm FN | 11 x 7 mm | 12 x 7 mm\n"
        "L1 | left 2 o'clock, 5 cm FN | 15 x 9 mm | 16 x 9 mm\n"
        "Conclusion: fibroadenomas R1 and L1, stable.\n"
    )
    assert lesions_of(parser, text) == [("Breast", "mass", "right", 12.0), ("Breast", "mass", "left", 16.0)]


def test_table_numbers_named_by_lesion_lines(parser: ReportParser) -> None:
    text = (
        "BREAST US\n"
        "| Lesion | Location | Size | BI-RADS |\n"
        "| 1 | Right breast, 11 h, 4 cm FN | 7 x 4 mm | 3 |\n"
        "| 2 | Left breast, 8 h, 2 cm FN | 6 mm | 2 |\n"
        "Lesion 1: oval, circumscribed, hypoechoic solid nodule.\n"
        "Lesion 2: simple cyst.\n"
    )
    assert lesions_of(parser, text) == [("Breast", "nodule", "right", 7.0), ("Breast", "cyst", "left", 6.0)]


def test_hedged_citation_names_nothing_but_is_no_second_lesion(parser: ReportParser) -> None:
    text = (
        "Breast ultrasound.\n"
        "Lesion | site | size\n"
        "R1 | right 9 o'clock | 8 x 5 mm\n"
        "L1 | left 3 o'clock | 10 x 6 mm\n"
        "Impression: R1 simple cyst. L1 probably a fibroadenoma, BI-RADS 3.\n"
    )
    found = lesions_of(parser, text)
    assert found[0] == ("Breast", "cyst", "right", 8.0)
    assert found[1] == ("Breast", None, "left", 10.0)
    assert len(found) == 2


def test_label_opening_two_measured_rows_is_no_row() -> None:
    # "lesion 1" under each breast: a later "lesion 1" could be either, so it cites neither; a later unmeasured
    # line it opens cites the row ("Lesion 2: simple cyst.")
    text = (
        "RIGHT BREAST:\n"
        "lesion 1: 10 o'clock; 9 mm\n"
        "lesion 2: 7 o'clock; 5 mm\n"
        "LEFT BREAST:\n"
        "lesion 1: 2 o'clock; 12 x 8 mm\n"
        "Lesion 2: simple cyst.\n"
    )
    assert _rows(text) == {"#2": text.index("lesion 2")}


def test_a_measurement_after_a_lesion_word_cites_no_row(parser: ReportParser) -> None:
    text = (
        "Thyroid US\n"
        "| N | Lobe | Size |\n"
        "| 1 | Right | 0,7 cm |\n"
        "Parotid left: hypoechoic nodule 1,4 x 1,1 cm.\n"
    )
    assert lesions_of(parser, text) == [("Salivary glands", "nodule", "left", 14.0)]
