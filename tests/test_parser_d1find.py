"""Sizes of lesions that the parser missed or read wrongly (round d, d1find). Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

# A measuring word ("of", "measuring") joins a size to the lesion word before it, so a direction after the size
# ("above", "below", "from") places the lesion, not a distance (udt.parser.direction_sizes).
MEASURED_BEFORE_DIRECTION: list[Row] = [
    (
        "Right knee: a small anechoic cyst of 9 mm below the joint line, without flow.",
        [("Knee", "cyst", "right", 9.0)],
    ),
    (
        "Left thigh: a lipoma measuring 12 mm beneath the fascia lata.",
        [("Soft tissues", "mass", "left", 12.0)],
    ),
]

DISTANCE_GUARDS: list[Row] = [
    # no measuring word: the length is how far the lesion lies from the nipple
    ("Right breast: a cyst 5 cm from the nipple.", [("Breast", "cyst", "right", None)]),
    # the lesion already sized: the second length is a distance
    ("Right breast: a 6 mm cyst of the upper quadrant 5 cm from the nipple.", [("Breast", "cyst", "right", 6.0)]),
]


@pytest.mark.parametrize(("text", "expected"), MEASURED_BEFORE_DIRECTION)
def test_a_measured_size_before_a_direction_is_the_lesions(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), DISTANCE_GUARDS)
def test_a_bare_length_before_a_direction_stays_a_distance(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


# A group whose largest member alone is measured, then further members named by "one" with their own place and
# size: each member is a lesion of its own, the group keeps its largest (udt.parser.pronoun_lesions._after_largest;
# a size before a pronoun is never the pronoun's: findings._size_owner).
LARGEST_THEN_MEMBERS: list[Row] = [
    (
        "Uterus enlarged. Several hypoechoic masses are seen in the myometrium: the largest is subserous at the fundus "
        "and measures 5.4 x 4.9 cm; an intramural one in the anterior wall measures 2.8 cm; a submucous one near the "
        "left ostium measures 1.6 cm.",
        [("Uterus", "mass", None, 54.0), ("Uterus", "mass", None, 28.0), ("Uterus", "mass", None, 16.0)],
    ),
    (
        "Multiple cysts are seen within the liver: the largest lies in segment 7 and measures 41 mm; a smaller one in "
        "segment 3 measures 12 mm.",
        [("Liver", "cyst", None, 41.0), ("Liver", "cyst", None, 12.0)],
    ),
]

LARGEST_GUARDS: list[Row] = [
    # "one" in the next sentence counts another thing: no member of the group
    (
        "Liver: simple cysts, the largest of 9 mm in segment 8. Gallbladder: one polyp of 4 mm.",
        [("Liver", "cyst", None, 9.0), ("Gallbladder and bile ducts", None, None, 4.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LARGEST_THEN_MEMBERS)
def test_members_after_a_measured_largest_are_lesions_of_their_own(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), LARGEST_GUARDS)
def test_a_count_in_another_sentence_is_no_member(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A bursa named distended or fluid-filled, without the word "fluid" apart, is a fluid collection with its size
# (ontology: synonyms of "fluid collection").
DISTENDED_BURSAE: list[Row] = [
    (
        "Right shoulder: supraspinatus intact. Subacromial bursa distended with fluid, 5 mm.",
        [("Shoulder", "fluid collection", "right", 5.0)],
    ),
    (
        "Left hip: no joint effusion. Trochanteric bursa fluid-filled, 2,4 x 0,9 cm.",
        [("Hip groin and buttock", "fluid collection", "left", 24.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DISTENDED_BURSAE)
def test_a_distended_bursa_is_a_measured_collection(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A unit column's cell may hold a bracketed aside after its measurement ("27 x 19 (2023: 22)"): the measurement is
# the row's size, the aside's numbers none (udt.parser.header_units); the rows after it stay in the table.
TABLE_ASIDES: list[Row] = [
    (
        "Thyroid ultrasound, follow-up.\nNodules:\n| No | Lobe | Size (mm) | Composition |\n"
        "| 1 | left | 27 x 19 x 20 (2023: 22) | solid |\n| 2 | right | 8 x 6 x 6 | cystic |\nConclusion: goitre.",
        [("Thyroid gland", "nodule", "left", 27.0), ("Thyroid gland", "nodule", "right", 8.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE_ASIDES)
def test_a_unit_cell_with_an_aside_keeps_its_size(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
