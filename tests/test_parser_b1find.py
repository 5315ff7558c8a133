"""Sides and sizes of lesions in wording the parser missed: written for this file, not copied from any corpus.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

# A body-wall lesion takes the side of the region its line places it in (udt.parser.region_sides): also when a
# landmark phrase names that region ("deep to the left iliac fossa scar"), and for the rectus sheath or muscle and a
# scar's side or end.
BODY_WALL_SIDES: list[Row] = [
    (
        "ABDOMINAL WALL ULTRASOUND\nDeep to the left iliac fossa port-site scar there is a 31 x 12 mm anechoic "
        "collection with thin septa.",
        [("Abdominal wall", "fluid collection", "left", 31.0)],
    ),
    (
        "ABDOMINAL WALL ULTRASOUND\nLeft rectus sheath haematoma: a lens-shaped collection of mixed echogenicity, "
        "64 x 21 mm, confined to the sheath.",
        [("Abdominal wall", "fluid collection", "left", None), ("Abdominal wall", "fluid collection", "left", 64.0)],
    ),
    (
        "ABDOMINAL WALL ULTRASOUND\nSeroma deep to the midline laparotomy scar, 52 x 18 mm. A smaller seroma at the "
        "right end of the scar, 11 mm.",
        [("Abdominal wall", "fluid collection", None, 52.0), ("Abdominal wall", "fluid collection", "right", 11.0)],
    ),
]

GUARDS: list[Row] = [
    # a scar without a side gives none, and a landmark's side is not a sideless lesion's
    (
        "ABDOMINAL WALL ULTRASOUND\nA 23 mm collection deep to the Pfannenstiel scar.",
        [("Abdominal wall", "fluid collection", None, 23.0)],
    ),
    # a liver lesion keeps no side from a landmark phrase naming a flank
    (
        "Liver: a 14 mm hyperechoic lesion in segment 6, deep to the right flank.",
        [("Liver", None, None, 14.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_WALL_SIDES)
def test_a_body_wall_lesion_takes_the_side_of_its_region(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_a_sideless_region_or_organ_gives_no_side(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A "both" that counts two lesions names no side (udt.parser.side_words): right before their plural word ("both
# nodules were removed", "both forearm lesions") or opening the sentence after the one reporting them ("Both are
# compressible"); so a one-side study's title side still reaches the lesions (udt.parser.title_sides).
BOTH_LESIONS: list[Row] = [
    (
        "ULTRASOUND RIGHT UPPER ARM\nIn the subcutis there are two oval lesions, 27 x 9 mm laterally and 14 x 6 mm "
        "medially. Both are compressible and isoechoic to fat.",
        [("Soft tissues", None, "right", 27.0), ("Soft tissues", None, "right", 14.0)],
    ),
    (
        "US LEFT FOREARM SOFT TISSUES\nAn oval hypoechoic formation 2.1x0.8 cm in the subcutaneous fat. Proximally a "
        "second similar formation 1.1x0.6 cm.\nAddendum: both forearm formations excised.",
        [("Soft tissues", None, "left", 21.0), ("Soft tissues", None, "left", 11.0),
         ("Soft tissues", None, "left", None)],
    ),
]

BOTH_GUARDS: list[Row] = [
    # "both" before an organ names the organ on both sides
    (
        "RENAL ULTRASOUND\nSimple cysts in both kidneys, the largest 14 mm.",
        [("Kidney and ureter", "cyst", "bilateral", 14.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOTH_LESIONS)
def test_a_both_that_counts_lesions_names_no_side(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), BOTH_GUARDS)
def test_a_both_before_an_organ_is_bilateral(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# The arm of a dialysis access sides the unsided lesions of that arm's wrist, elbow or fingers too
# (udt.parser.access_sides); a lesion named with the other arm's side keeps it.
ACCESS_ARM: list[Row] = [
    (
        "FISTULA DUPLEX\nRight brachiocephalic AVF, outflow vein 8 mm. Perianastomotic haematoma 19 x 7 mm.\nDorsal "
        "wrist: a 9 mm anechoic ganglion cyst, no flow.",
        [("Dialysis fistula", "fluid collection", "right", 19.0), ("Wrist and carpus", "cyst", "right", 9.0)],
    ),
    # guard: the other wrist named with its side keeps it
    (
        "FISTULA DUPLEX\nRight brachiocephalic AVF, outflow vein 8 mm. Perianastomotic haematoma 19 x 7 mm.\nLeft "
        "dorsal wrist: a 9 mm anechoic ganglion cyst, no flow.",
        [("Dialysis fistula", "fluid collection", "right", 19.0), ("Wrist and carpus", "cyst", "left", 9.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCESS_ARM)
def test_the_access_arm_sides_its_joints_lesions(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
