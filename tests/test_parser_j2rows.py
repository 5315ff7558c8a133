"""Fibroids listed under an organ's adjective: "Uterus: ..., polymyomatous:" or "myomatous:" closing a line over
marked lines ("- intramural anterior 24 mm", "F2 fundal 11 mm") heads a list of fibroids, as "Fibroids:" does
(udt.parser.marked_lists.collective_adjective, lesion_lists.py); such an adjective that heads no list names no
lesion of its own where the fibroids are named by their word. Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

ADJECTIVE_LISTS: list[Row] = [
    (
        "PELVIC SCAN\nUterus: retroverted, 98 x 61 x 57 mm, polymyomatous:\n F1 posterior intramural 33 x 30 mm\n"
        " F2 fundal subserous 14 mm\nEndometrium: 7 mm.",
        [("Uterus", "mass", None, 33.0), ("Uterus", "mass", None, 14.0)],
    ),
    (
        "Uterus anteverted, 104/66/70 mm, myomatous:\n- intramural left lateral 27/22 mm\n- submucous 9 mm\n"
        "- pedunculated subserous 31 mm\nOvaries normal.",
        [("Uterus", "mass", None, 27.0), ("Uterus", "mass", None, 9.0), ("Uterus", "mass", None, 31.0)],
    ),
]

GUARDS: list[Row] = [
    # the adjective heads no list: the fibroids named after it are the lesions, not the uterus's own size
    (
        "Uterus enlarged, 118 x 70 x 76 mm, polymyomatous. We see two myomas: anterior intramural 38 mm and fundal "
        "subserous 21 mm.",
        [("Uterus", "mass", None, 38.0), ("Uterus", "mass", None, 21.0)],
    ),
    # a word standing for the lesion before it, not an organ's adjective
    (
        "Liver: in segment 6 an anechoic cyst of 15 mm; in segment 3 an analogous one of 7 mm.",
        [("Liver", "cyst", None, 15.0), ("Liver", "cyst", None, 7.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADJECTIVE_LISTS)
def test_an_organs_lesion_adjective_closing_its_line_heads_the_lines_under_it(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_an_adjective_heading_no_list_adds_no_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A plural lesion word of a form followed on its line by numbered items, its count given first ("n=3"), is as many
# lesions (udt.parser.numbered_members): the organ's own size before it on the line is none of theirs.
NUMBERED_PLURALS: list[Row] = [
    (
        "Uterus: retroverted, 9,6 x 5,9 x 6,1 cm; MYOMAS: yes - n=2 - (i) anterior intramural 2,8 cm (ii) fundal "
        "subserous 1,4 cm\nEndometrium: 6 mm",
        [("Uterus", "mass", None, 28.0), ("Uterus", "mass", None, 14.0)],
    ),
    (
        "Liver 16 cm; cysts: (a) segment 7, 12 mm; (b) segment 3, 6 mm.",
        [("Liver", "cyst", None, 12.0), ("Liver", "cyst", None, 6.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERED_PLURALS)
def test_a_plural_lesion_word_over_numbered_items_is_that_many(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
