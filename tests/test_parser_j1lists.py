"""Sizes in lists of labelled lesions: a size inside an inline item ("(2) left lobe, 12 mm, solid nodule") is the
lesion's of its own item, not the previous item's (udt.parser.inline_items). Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

INLINE_ITEMS: list[Row] = [
    (
        "Liver: coarse echotexture. Two focal lesions: (1) right lobe, segment 7, 3.2 x 2.9 cm, ill-defined mass "
        "with a halo; (2) segment 2, 1.1 cm, hyperechoic nodule.",
        [("Liver", "mass", None, 32.0), ("Liver", "nodule", None, 11.0)],
    ),
    (
        "Spleen 11 cm. Lesions: a) upper pole, 14 mm, anechoic cyst with a thin wall, b) lower pole, 9 mm, "
        "hypoechoic mass.",
        [("Spleen", "cyst", None, 14.0), ("Spleen", "mass", None, 9.0)],
    ),
    (
        "Kidneys: #1 right upper pole, 23 mm, complex cyst with a septum; #2 left kidney, lower pole, 8 mm, simple "
        "cyst.",
        [("Kidney and ureter", "cyst", "right", 23.0), ("Kidney and ureter", "cyst", "left", 8.0)],
    ),
]

GUARDS: list[Row] = [
    # the size follows its lesion word in each item: nothing moves
    (
        "Liver: (1) cyst in segment 4, 12 mm; (2) haemangioma in segment 6, 18 mm.",
        [("Liver", "cyst", None, 12.0), ("Liver", "mass", None, 18.0)],
    ),
    # a lone bracketed number is a reference, not a list: the size stays with the lesion before it
    (
        "Liver: a haemangioma in segment 6 (see image 2), 18 mm, and a 7 mm cyst.",
        [("Liver", "mass", None, 18.0), ("Liver", "cyst", None, 7.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INLINE_ITEMS)
def test_a_size_in_an_inline_item_is_its_own_items_lesions(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_a_size_after_its_lesion_or_without_a_list_stays(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


# Earlier sizes after a word of the earlier time, alone or as a list sharing one unit ("(before 21 and 16 mm)"), are
# comparisons: no lesion of their own (udt.parser.recalled_sizes).
EARLIER_LISTS: list[Row] = [
    (
        "Neck: left level III, two nodes of 12 and 8 mm short axis (before 21 and 16 mm), now with a fatty hilum.",
        [("Lymph nodes", None, "left", 12.0), ("Lymph nodes", None, "left", 8.0)],
    ),
    (
        "Spleen: two hypoechoic lesions, 15 and 11 mm (previously 19, 14 mm).",
        [("Spleen", None, None, 15.0), ("Spleen", None, None, 11.0)],
    ),
    (
        "Right level IV: two nodes, 10 and 7 mm (prior: 13 mm), oval.",
        [("Lymph nodes", None, "right", 10.0), ("Lymph nodes", None, "right", 7.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EARLIER_LISTS)
def test_an_earlier_list_of_sizes_adds_no_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A list heading's one line that names no lesion is a member still where the other lines name their own
# (udt.parser.lesion_lists): not the heading's own line.
ONE_UNNAMED_LINE: list[Row] = [
    (
        "Spleen 10 cm. Focal lesions:\n #1 upper pole, 14 mm anechoic cyst\n #2 lower pole, 9 mm, hypoechoic\n"
        " #3 hilum, 6 mm cyst\nLiver normal.",
        [("Spleen", "cyst", None, 14.0), ("Spleen", None, None, 9.0), ("Spleen", "cyst", None, 6.0)],
    ),
]

UNMARKED_LINE: list[Row] = [
    # an unmarked line after the list measures something else: no member
    (
        "Uterus 80 mm. Myometrium with fibroids:\n- anterior intramural fibroid, 22 mm;\n- fundal subserosal fibroid, "
        "14 mm.\nCentral echo 6 mm, regular.",
        [("Uterus", "mass", None, 22.0), ("Uterus", "mass", None, 14.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_UNNAMED_LINE)
def test_a_lone_unnamed_line_among_named_members_is_one(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), UNMARKED_LINE)
def test_an_unmarked_line_after_named_members_is_none(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


# A list heading glossed in brackets after the plural naming the lesions' nature ("Metastases (target lesions):"):
# the lines are of that nature, and the plural is no lesion of its own (udt.parser.lesion_lists).
GLOSSED_HEADINGS: list[Row] = [
    (
        "Liver 14 cm. Metastases (index lesions):\n#1 segment 5: hypoechoic, 26 x 20 mm (prev 30).\n"
        "#2 segment 2: 11 mm (prev 13).\nSpleen normal.",
        [("Liver", "mass", None, 26.0), ("Liver", "mass", None, 11.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLOSSED_HEADINGS)
def test_a_glossed_heading_gives_its_lines_the_plurals_nature(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
