"""Sizes and sides of findings (round 5, findings3):

- a clock position's minutes open no list of sizes sharing a unit ("satellite lesion at 2:30, 6 mm" is 6 mm, not a
  list "30 and 6 mm"): size_lists._LIST and SizeLists._opens_list;
- a size before a part's thickening across a descriptor ("a node with 3.8 mm eccentric cortical thickening, 16 mm
  long") is the cortex's, so the node takes its length: findings._thickening_after;
- the Italian axilla ("cavo ascellare sin", "linfonodo ascellare") is the axilla, not a lymph node of the neck
  (ontology synonyms).
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of

from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def test_clock_minutes_are_no_size(parser: ReportParser) -> None:
    text = ("LEFT BREAST: at 1 o'clock an irregular hypoechoic mass 14 x 9 mm. A second small lesion at 1:30, 5 mm, "
            "also hypoechoic.")
    sizes = [size for _, _, _, size in lesions_of(parser, text)]
    assert 5.0 in sizes and 30.0 not in sizes


def test_numbers_after_a_plain_colon_still_list(parser: ReportParser) -> None:
    # near miss: a colon after a word still opens a list of numbers sharing a unit
    text = "Right kidney: two simple cysts: 12 and 8 mm."
    assert sorted(size for _, _, _, size in lesions_of(parser, text)) == [8.0, 12.0]


def test_cortical_thickening_across_a_descriptor_is_the_cortex(parser: ReportParser) -> None:
    text = "Left breast: 9 mm simple cyst. Left axilla: one node with 4.2 mm focal cortical thickening, 18 mm long."
    nodes = [lesion for lesion in lesions_of(parser, text) if lesion[0] == "Axilla"]
    assert nodes and nodes[0][3] == 18.0


def test_cortical_lesion_keeps_its_size(parser: ReportParser) -> None:
    # near miss: "cortical" before a lesion word, no thickening: the size is the cyst's
    text = "Left kidney 10.8 cm with a 14 mm hypoechoic cortical cyst at the upper pole."
    assert ("Kidney and ureter", "cyst", "left", 14.0) in lesions_of(parser, text)


def test_italian_axilla(parser: ReportParser) -> None:
    text = ("ECOGRAFIA MAMMARIA | Mammella sin: hypoechoic formation of 11 mm at ore 2. | Cavo ascellare sin: "
            "linfonodo with thickened cortex, long axis 17 mm. | Cavo ascellare dx: nella norma.")
    organs = {organ for organ, _, _, size in lesions_of(parser, text) if size == 17.0}
    assert organs == {"Axilla"}
