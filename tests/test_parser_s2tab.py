"""Sizes and sides of labelled lesions in tables and lists (round s2tab).

Classes fixed, with guards where the rule must not fire:
  * A side-lettered label opening a row or an entry ("R3 | same | 0.6", "L2   lower   0.5 cm") states its row's side
    where the report labels both sides ("R1" and "L1"); an isthmus label ("I1") names the midline. A lone "L1" (a
    vertebra) or a label cited after a lesion word ("fibroadenomas R1 and L1") gives no side.
  * A table column headed by the skin ("Skin (cm)", "From skin") holds the lesion's depth, not its size.
  * Rows keyed by a bare letter ("A | R | 10H | ...") measured in bare numbers under a header's unit are cited by the
    letters opening a line or a sentence ("A, B: oval solid masses. C: simple cyst."): each row takes the cited
    lesion word's nature; a hedged word names none.

Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of

from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def test_side_letters_give_rows_without_side_words_their_side(parser: ReportParser) -> None:
    text = (
        "THYROID WORKSHEET\n"
        "               Right lobe      Left lobe\n"
        "Dims (cm)      1.8x1.9x5.1     1.7x1.6x4.8\n"
        "Nodules:\n"
        "R1  upper pole   1.9x1.4x1.6 cm   solid, hypoechoic     TR4\n"
        "R2  lower        0.7 cm           spongiform            TR1\n"
        "L1  mid          1.2x0.9 cm       solid, isoechoic      TR3\n"
        "L2  lower        0.5 cm           solid, isoechoic      TR3\n"
    )
    assert lesions_of(parser, text) == [
        ("Thyroid gland", "nodule", "right", 19.0), ("Thyroid gland", "nodule", "right", 7.0),
        ("Thyroid gland", "nodule", "left", 12.0), ("Thyroid gland", "nodule", "left", 5.0)]


def test_side_letter_of_a_row_whose_location_is_ditto(parser: ReportParser) -> None:
    text = (
        "Thyroid nodules, follow-up.\n"
        "No. | Location | Size (cm) | Composition | TR\n"
        "R1 | Rt upper | 1.1 x 0.8 | solid | 4\n"
        "R2 | same | 0.6 | solid | 3\n"
        "L1 | Lt lower | 0.9 x 0.7 | solid | 3\n"
    )
    assert lesions_of(parser, text) == [
        ("Thyroid gland", "nodule", "right", 11.0), ("Thyroid gland", "nodule", "right", 6.0),
        ("Thyroid gland", "nodule", "left", 9.0)]


def test_isthmus_label_takes_no_side_from_the_line_before(parser: ReportParser) -> None:
    text = (
        "Thyroid nodules.\n"
        "No. | Location | Size (cm) | TR\n"
        "R1 | Rt mid | 1.4 x 1.0 | 4\n"
        "L1 | Lt upper | 0.8 | 3\n"
        "Conclusion:\n"
        "1. R1: TR4, stable.\n"
        "2. I1: new solid nodule (0.4 cm), TR4.\n"
    )
    assert lesions_of(parser, text) == [
        ("Thyroid gland", "nodule", "right", 14.0), ("Thyroid gland", "nodule", "left", 8.0),
        ("Thyroid gland", "nodule", None, 4.0)]


def test_lone_vertebral_label_is_no_side(parser: ReportParser) -> None:
    text = "Lumbar spine: L1 vertebral body normal.\nL2: 12 mm cyst in the left kidney, simple.\n"
    assert lesions_of(parser, text) == [("Kidney and ureter", "cyst", "left", 12.0)]


def test_labels_cited_after_a_lesion_word_give_no_side(parser: ReportParser) -> None:
    text = (
        "Breast ultrasound, follow-up.\n"
        "Lesion | site | previous | today\n"
        "R1 | right 10 o'clock | 11 x 7 mm | 12 x 7 mm\n"
        "L1 | left 2 o'clock | 15 x 9 mm | 16 x 9 mm\n"
        "Conclusion: fibroadenomas R1 and L1, stable (L1 +1 mm).\n"
    )
    assert lesions_of(parser, text) == [("Breast", "mass", "right", 12.0), ("Breast", "mass", "left", 16.0)]


def test_skin_depth_column_is_no_size_and_letters_cite_rows(parser: ReportParser) -> None:
    text = (
        "Breast US, 6-month follow-up\n"
        "Lesion | Side | Clock | FN (cm) | Skin (cm) | Size (cm) | BI-RADS\n"
        "A | R | 10H | 3 | 0.7 | 0.9 x 0.5 | 3\n"
        "B | L | 2H | 5 | 1.2 | 0.4 | 2\n"
        "A: oval, parallel, circumscribed hypoechoic mass. B: simple cyst.\n"
    )
    assert lesions_of(parser, text) == [("Breast", "mass", "right", 9.0), ("Breast", "cyst", "left", 4.0)]


def test_letters_joined_cite_together(parser: ReportParser) -> None:
    text = (
        "Breast US\n"
        "Lesion | Side | Clock | Size (cm)\n"
        "A | R | 9H | 1.1 x 0.6\n"
        "B | R | 11H | 0.8\n"
        "C | L | 4H | 0.5\n"
        "A, B: oval circumscribed masses, stable.\n"
        "C: simple cyst.\n"
    )
    assert lesions_of(parser, text) == [
        ("Breast", "mass", "right", 11.0), ("Breast", "mass", "right", 8.0), ("Breast", "cyst", "left", 5.0)]


def test_hedged_letter_citation_names_nothing(parser: ReportParser) -> None:
    text = (
        "Breast US\n"
        "Lesion | Side | Clock | Size (cm)\n"
        "A | R | 9H | 1.1 x 0.6\n"
        "B | L | 3H | 0.7\n"
        "A: probably a fibroadenoma.\n"
    )
    assert lesions_of(parser, text) == [("Breast", None, "right", 11.0), ("Breast", None, "left", 7.0)]


def test_skin_thickness_column_is_a_size(parser: ReportParser) -> None:
    from udt.parser.distance_columns import distance_columns

    assert distance_columns(["Lesion", "Skin (cm)", "From skin", "Skin thickness (mm)", "Size"]) == {1, 2}
