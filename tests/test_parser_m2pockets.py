"""Collections the multiorgan findings guideline files that the parser left: a plural stand-in noun after a contrast
modifier is a group of further lesions of the kind just named, each size after it one of them
(udt.parser.pronoun_lesions). Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

PLURAL_STAND_INS: list[Row] = [
    (
        "Right breast, 9 o'clock: an irregular collection 3.9 x 2.2 cm with debris. Two smaller daughter pockets "
        "of 7 mm and 10 mm lie beside it.",
        [("Breast", "fluid collection", "right", 39.0), ("Breast", "fluid collection", "right", 7.0),
         ("Breast", "fluid collection", "right", 10.0)],
    ),
    (
        "Left breast: abscess cavity 28 mm at 2 o'clock. Further pockets of 6 mm and 8 mm nearer the nipple.",
        [("Breast", "fluid collection", "left", 28.0), ("Breast", "fluid collection", "left", 6.0),
         ("Breast", "fluid collection", "left", 8.0)],
    ),
]

GUARDS: list[Row] = [
    # a pocket of the fluid itself, not a further lesion: no contrast modifier before the noun
    (
        "Left breast: abscess cavity 28 mm at 2 o'clock, its pockets up to 28 mm deep.",
        [("Breast", "fluid collection", "left", 28.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_STAND_INS)
def test_a_plural_stand_in_after_a_contrast_modifier_is_a_group(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_a_plural_stand_in_without_a_modifier_is_a_part(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


# "subfascial" names the fascia, a soft-tissue layer (ontology), so a subfascial collection in a sentence that places
# it at a part of the abdominal wall is the wall's (udt.parser.wall_tissues); an impression that names the layer
# again with no site keeps it there. In a limb it stays in the soft tissues.
SUBFASCIAL: list[tuple[str, str, str]] = [
    (
        "PELVIC ULTRASOUND. The uterus is bulky post partum. A 2.4 cm subfascial haematoma lies deep to the rectus "
        "sheath on the left.",
        "Abdominal wall",
        "Soft tissues",
    ),
    (
        "US ABDOMINAL WALL. A subfascial collection 5 x 2 cm lies beneath the rectus sheath at the upper end of the "
        "wound.\nConclusion: subfascial collection 5 cm.",
        "Abdominal wall",
        "Soft tissues",
    ),
    (
        "Ultrasound right calf. Subfascial: old haematoma 4 x 2 cm, avascular.",
        "Soft tissues",
        "Abdominal wall",
    ),
]


@pytest.mark.parametrize(("text", "organ", "not_organ"), SUBFASCIAL)
def test_a_subfascial_layer_lies_in_the_wall_its_sentence_names(
    parser: ReportParser, text: str, organ: str, not_organ: str
) -> None:
    organs = parser.parse(text).labels["Organ_level"]
    assert organ in organs
    assert not_organ not in organs


# A place between a pronoun's size and a lesion word makes the size pre-modify that word: "a second, 3 cm subfascial
# collection" is one collection, not a further lesion of the kind before plus a collection.
def test_a_place_before_the_lesion_word_keeps_the_size_its_own(parser: ReportParser) -> None:
    text = ("Pelvic ultrasound. A 6 cm haematoma lies behind the bladder. A second, 3.1 cm subfascial collection "
            "lies deep to the rectus sheath.")
    assert [row[3] for row in lesions_of(parser, text)] == [60.0, 31.0]
