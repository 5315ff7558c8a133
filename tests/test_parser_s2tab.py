"""Sizes and sides of labelled lesions in tables and lists (round s2tab).

Classes fixed, with guards where the rule must not fire:
  * A side-lettered label opening a row or an entry ("R3 | same | 0.6", "L2   lower   0.5 cm") states its row's side
    where the report labels both sides ("R1" and "L1"); an isthmus label ("I1") names the midline. A lone "L1" (a
    vertebra) or a label cited after a lesion word ("fibroadenomas R1 and L1") gives no side.
  * A table column headed by the skin ("Skin (cm)", "From skin") holds the lesion's depth, not its size.
  * Rows keyed by a bare letter ("A | R | 10H | ...") measured in bare numbers under a header's unit are cited by the
    letters opening a line or a sentence ("A, B: oval solid masses. C: simple cyst."): each row takes the cited
    lesion word's nature; a hedged word names none.
  * Numbered lines under an organ's heading that describe a lesion without naming it ("Right kidney 10.8 cm:" over
    " 1. lower pole, 3.1 cm, anechoic") are lesions with the heading's side and the line's first size; a sizeless
    plural of that organ announcing them before the list is the list; "#1 and #2 are simple cysts" names them.
    Impression lines and lines naming their lesion are read as before; another organ's plural stays.

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


def test_numbered_lines_under_side_headings_are_lesions(parser: ReportParser) -> None:
    text = (
        "Teaching file 4\n"
        "62 M, liver cysts noted on CT. US to characterise the kidneys.\n"
        "Right kidney 10.8 cm:\n"
        " 1. lower pole, 3.1 cm, anechoic, posterior enhancement.\n"
        " 2. upper pole, 1.2 cm, one thin septum.\n"
        "Left kidney 11.2 cm:\n"
        " 3. interpolar, 2.2 x 1.9 cm, thick septa with a 5 mm mural nodule, internal flow.\n"
        "Answer: #3 is a complex cystic mass. #1 and #2 are simple cysts.\n"
    )
    # (the liver's cysts in the history are another organ's: no group the kidneys' lines make up)
    assert lesions_of(parser, text) == [
        ("Liver", "cyst", None, None),
        ("Kidney and ureter", "cyst", "right", 31.0), ("Kidney and ureter", "cyst", "right", 12.0),
        ("Kidney and ureter", "mass", "left", 22.0)]


def test_announcing_plural_of_the_listed_organ_is_its_lines(parser: ReportParser) -> None:
    text = (
        "Incidental renal cysts on CT.\n"
        "RK 11.0 cm:\n"
        " 1. upper pole, 2.4 cm, anechoic.\n"
        " 2. lower pole, 1.1 cm, anechoic.\n"
    )
    assert lesions_of(parser, text) == [
        ("Kidney and ureter", None, "right", 24.0), ("Kidney and ureter", None, "right", 11.0)]


def test_numbered_impression_lines_are_no_list(parser: ReportParser) -> None:
    text = (
        "Right kidney: 10.9 cm, 14 mm upper pole simple cyst.\n"
        "Impression:\n"
        "1. Simple right renal cyst, 14 mm.\n"
        "2. Otherwise normal.\n"
    )
    assert lesions_of(parser, text) == [("Kidney and ureter", "cyst", "right", 14.0)]


def test_numbered_lines_naming_their_lesion_are_read_as_before(parser: ReportParser) -> None:
    text = (
        "Right lobe:\n"
        "1. Upper pole, solid hypoechoic nodule 14 x 10 mm, TR4.\n"
        "2. Lower pole, spongiform nodule 6 mm, TR1.\n"
    )
    assert lesions_of(parser, text) == [
        ("Thyroid gland", "nodule", "right", 14.0), ("Thyroid gland", "nodule", "right", 6.0)]
