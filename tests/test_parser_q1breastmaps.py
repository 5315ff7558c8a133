"""Breast lesions listed with no organ word (udt.parser.keyed_lines, udt.parser.placed_depths,
udt.parser.lettered_maps): a labelled finding typed as one line of keys closed by full stops ("Finding 1: Side: L.
Clock: 10. Size: 8 mm. Type: mass.") is one lesion, placed in the breast by its clock position and nipple distance,
on the side its key gives, of the size its "Size" key gives, not of its distance from the nipple ("Distance FN:
3 cm"); a lettered map ("R 10:00 (a) 14 mm, L 2:00 (c) 22 mm") gives its side and size to the lesion that a sentence
opened by the same label describes. A laparoscopic port's site sides its abdominal wall lesion ("Left port site: 12 mm
collection"; udt.parser.region_sides). Passages written for this file.

Inventory (development corpora): the key lines of reports_multiorgan_findings_86 pc046 made lesions of no organ or
side, sized by their nipple distances; the lettered masses of reports_multiorgan_findings_84 pa004 had no side and
no size; the collection at the "Left port site" of reports_multiorgan_findings_86 pc050 had no side.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

KEYED_LINES: list[Row] = [
    (
        "BREAST US\n"
        "Target A: Side: R. Clock: 11. Dist. from nipple: 5 cm. Size: 12 x 7 mm. Type: mass. Margin: angular.\n"
        "Target B: Side: R. Clock: 8. Nipple distance: 2 cm. Size: 6 mm. Type: cyst. Echo: anechoic.",
        [("Breast", "mass", "right", 12.0), ("Breast", "cyst", "right", 6.0)],
    ),
    (
        "Finding 1: Side: L. Clock: 2. Distance FN: 4 cm. Size: 9 x 5 mm. Type: cyst. Posterior: enhancement.\n"
        "Finding 2: Side: R. Clock: 7. Distance FN: 6 cm. Size: 13 mm. Type: mass. Vascularity: absent.\n"
        "Assessment: BI-RADS 2 (finding 1), BI-RADS 4A (finding 2).",
        [("Breast", "cyst", "left", 9.0), ("Breast", "mass", "right", 13.0)],
    ),
    # guard: a stop before prose still ends the sentence, whose lesion keeps its own size
    (
        "Left breast: 2 o'clock mass 9 mm. Finding 2: Side: L. Clock: 4. A simple cyst measures 7 mm.",
        [("Breast", "mass", "left", 9.0), ("Breast", "cyst", "left", 7.0)],
    ),
]

LETTERED_MAPS: list[Row] = [
    (
        "Right breast: R 10:00 (a) 14 mm, R 7:00 (b) 8 mm. (a) Simple cyst 15 mm. (b) Oval circumscribed mass.",
        [("Breast", "cyst", "right", 15.0), ("Breast", "mass", "right", 8.0)],
    ),
    (
        "BREAST US\nMap: L 1:00 (a) 11 mm, R 9:00 (b) 2.1 cm.\n(a) Round anechoic cyst.\n(b) Irregular mass.",
        [("Breast", "cyst", "left", 11.0), ("Breast", "mass", "right", 21.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KEYED_LINES)
def test_a_line_of_keys_is_one_breast_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), LETTERED_MAPS)
def test_a_lettered_sentence_takes_its_map_entry(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


def test_a_map_entry_without_a_lettered_sentence_sizes_nothing(parser: ReportParser) -> None:
    # guard: a lesion that names its own size keeps it; a label cited mid-sentence is no lettered sentence
    text = "Right breast: R 10:00 (a) 14 mm, R 7:00 (b) 8 mm. The cyst (a) is simple. Mass 5 mm at 3 o'clock."
    assert lesions_of(parser, text)[-1] == ("Breast", "mass", "right", 5.0)


PORT_SITES: list[Row] = [
    ("Post laparoscopy.\nRight port site: 14 mm seroma in the subcutis.", [("Abdominal wall", "fluid collection",
                                                                         "right", 14.0)]),
    # guard: a port at the umbilicus names no side
    ("Post laparoscopy.\nUmbilical port site: 15 mm seroma.", [("Abdominal wall", "fluid collection", None, 15.0)]),
]


@pytest.mark.parametrize(("text", "expected"), PORT_SITES)
def test_a_port_site_sides_its_abdominal_wall_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
