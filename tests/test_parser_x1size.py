"""A described heading of a marked list that states the side of a paired organ its lesions lie on ("Two nodules,
both on the left:" over "- upper pole, ..., 12 mm;" / "- lower pole, ..., 6 mm.") is the list's heading
(udt.parser.marked_lists, lesion_lists.py): each line is one lesion with its own size, on the side the heading
states where the line states none of its own. Before, such a heading stayed the one lesion it was: it took the
first line's size, the other lines were lost, and its side was "both" read as bilateral. Passages written for this
file.

Inventory (development corpora): os003 ("Two nodules, both lie on the left:" over two dashed thyroid lines).

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]
_THY = "Thyroid gland"
_KID = "Kidney and ureter"

SIDED_HEADINGS: list[Row] = [
    # "both" is no side of its own: the side after it is the lines'
    (
        "THYROID ULTRASOUND\nRight lobe 44 x 15 x 16 mm, no nodule. Left lobe 51 x 19 x 20 mm.\n"
        "Two nodules, both in the left lobe:\n- upper pole, solid, hypoechoic, 13 mm;\n- lower pole, cystic, 5 mm.\n"
        "No cervical adenopathy.",
        [(_THY, "nodule", "left", 13.0), (_THY, "nodule", "left", 5.0)],
    ),
    # numbered lines under a heading placing them "on the right"
    (
        "Thyroid: left lobe normal in size and echotexture.\nThere are two nodules on the right:\n"
        "1. upper pole, solid, isoechoic, 17 mm\n2. mid pole, spongiform, 7 mm",
        [(_THY, "nodule", "right", 17.0), (_THY, "nodule", "right", 7.0)],
    ),
    # a kidney's cysts: the side each line carries
    (
        "Kidneys: normal size, no hydronephrosis.\nTwo simple cysts on the left:\n- upper pole, 22 mm\n"
        "- interpolar, 9 mm",
        [(_KID, "cyst", "left", 22.0), (_KID, "cyst", "left", 9.0)],
    ),
]

GUARDS: list[Row] = [
    # the liver's right lobe is no laterality: the lines' lesions carry no side
    (
        "Liver normal in size.\nThere are two lesions in the right lobe:\n1. segment 6, 14 mm\n2. segment 7, 8 mm",
        [("Liver", None, None, 14.0), ("Liver", None, None, 8.0)],
    ),
    # a heading over both lobes states no one side: each line's own side word places its lesion
    (
        "Thyroid: isthmus 3 mm.\nNodules in both lobes, as follows:\n1. right upper pole, solid, 12 mm\n"
        "2. left lower pole, cystic, 6 mm",
        [(_THY, "nodule", "right", 12.0), (_THY, "nodule", "left", 6.0)],
    ),
    # a line that states its own side keeps it
    (
        "Thyroid: isthmus 3 mm.\nTwo nodules, mostly on the right:\n- right upper pole, solid, 11 mm;\n"
        "- left mid pole, cystic, 4 mm.",
        [(_THY, "nodule", "right", 11.0), (_THY, "nodule", "left", 4.0)],
    ),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), SIDED_HEADINGS + GUARDS)
def test_marked_lines_under_a_sided_heading(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
