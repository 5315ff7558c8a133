"""A lesion placed by the one written before it ("just below it", "adjacent to this", "at its lateral edge", "just
below lesion 1") lies on that lesion's side; "to the left of it" beside a midline one gives its own side
(udt.parser.placed_sides). Passages written for this file.

Each case: a passage, the largest size (mm) of the lesion asked about, and the (organ, side) it must get.
"""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser

Case = tuple[str, float, tuple[str | None, str | None]]

PLACED: list[Case] = [
    (
        "Neck ultrasound. In right level III there is a rounded node of 2.2 x 1.5 cm without a hilum. Immediately "
        "below it lies a second rounded node measuring 1.3 cm.",
        13.0,
        ("Lymph nodes", "right"),
    ),
    (
        "Thyroid: the left lobe holds a solid nodule of 2.8 cm. At its lateral edge there is a separate 5 mm "
        "hypoechoic nodule.",
        5.0,
        ("Thyroid gland", "left"),
    ),
    (
        "Left breast: at 3 o'clock a 14 mm oval mass. A 6 mm cyst lies just posterior to it.",
        6.0,
        ("Breast", "left"),
    ),
    (
        "There is a 5.1 x 2.2 cm fluid collection deep to the midline laparotomy scar. Just to the right of it "
        "there is a smaller collection measuring 1.7 cm.",
        17.0,
        ("Abdominal wall", "right"),
    ),
]

# Body-wall collections by a scar, incision, port site or wound: the wall, with the side of the scar's end or side
# (udt.parser.region_sides; the ontology's related names of the walls); a lesion placed by one of them in the
# subcutaneous fat is in that wall too (udt.parser.placed_sides).
WALLS: list[Case] = [
    (
        "Just above the right lateral aspect of the Pfannenstiel incision there is a 3.6 x 1.4 cm anechoic "
        "collection, consistent with a seroma.",
        36.0,
        ("Abdominal wall", "right"),
    ),
    (
        "At the healed right lower quadrant port site there is a 1.2 cm hypoechoic nodule. Immediately superficial "
        "to it, in the subcutaneous fat, a 5 mm similar nodule.",
        5.0,
        ("Abdominal wall", "right"),
    ),
    (
        "At the upper end of the sternotomy wound there is a 2.2 x 0.9 cm subcutaneous collection.",
        22.0,
        ("Thoracic wall", None),
    ),
]

GUARDS: list[Case] = [
    # placed by an unsided midline lesion with no side word of its own: no side
    (
        "There is a 5.1 x 2.2 cm fluid collection deep to the midline laparotomy scar. Just below it there is a "
        "smaller collection measuring 1.7 cm.",
        17.0,
        ("Abdominal wall", None),
    ),
    # a lesion in the subcutaneous fat not placed by a wall lesion stays in the soft tissues
    (
        "Right kidney: a 3.1 cm cyst in the upper pole. Right forearm: a 14 mm oval lesion in the subcutaneous fat.",
        14.0,
        ("Soft tissues", "right"),
    ),
    # a second lesion not placed by the first keeps no side from it
    (
        "In right level III there is a rounded node of 2.2 x 1.5 cm without a hilum. Thyroid: a 9 mm nodule in "
        "the isthmus.",
        9.0,
        ("Thyroid gland", None),
    ),
    # placed by a landmark, not by the lesion before it
    (
        "Right kidney: a 3.1 cm cyst in the upper pole. Bladder: a 9 mm polypoid lesion just posterior to the "
        "ureteric orifice.",
        9.0,
        ("Bladder", None),
    ),
]


@pytest.mark.parametrize(("text", "size", "expected"), PLACED)
def test_a_lesion_placed_by_the_one_before_takes_its_side(
    parser: ReportParser, text: str, size: float, expected: tuple[str | None, str | None]
) -> None:
    assert lesion_of_size(parser, text, size) == expected


@pytest.mark.parametrize(("text", "size", "expected"), GUARDS)
def test_a_lesion_not_placed_by_a_sided_one_gets_no_side_from_it(
    parser: ReportParser, text: str, size: float, expected: tuple[str | None, str | None]
) -> None:
    assert lesion_of_size(parser, text, size) == expected


@pytest.mark.parametrize(("text", "size", "expected"), WALLS)
def test_a_lesion_by_a_scar_port_or_wound_is_in_the_body_wall(
    parser: ReportParser, text: str, size: float, expected: tuple[str | None, str | None]
) -> None:
    assert lesion_of_size(parser, text, size) == expected


# A midline word that describes a scar names the scar's line, not the lesion's site: the lesion keeps the side of
# its part, here the studied knee (udt.parser.midline_leads); a midline site itself still gives no side.
MIDLINE_SCARS: list[Case] = [
    (
        "US LEFT KNEE. Clinical: left knee replacement 2018, swelling. Findings: Deep to the midline surgical scar, "
        "anterior to the patella, there is a 2.7 x 0.9 cm prepatellar bursal collection.",
        27.0,
        ("Knee", "left"),
    ),
    (
        "ULTRASOUND SOFT TISSUES. Right thigh: normal. Upper back in the midline: a 3.4 cm subcutaneous lipoma.",
        34.0,
        ("Soft tissues", None),
    ),
]


@pytest.mark.parametrize(("text", "size", "expected"), MIDLINE_SCARS)
def test_a_midline_scar_names_no_midline_site(
    parser: ReportParser, text: str, size: float, expected: tuple[str | None, str | None]
) -> None:
    assert lesion_of_size(parser, text, size) == expected
