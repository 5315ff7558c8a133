"""Lesion sizes the development findings corpora left (wave r8rows).

Classes fixed, each with guards where the rule must not fire:
  * One collection measured in several places, each depth followed by the direction it was taken in ("pericardial
    effusion measuring 0.9 cm anteriorly and 1.7 cm posteriorly"): one collection sized by its deepest depth
    (fluid_depths.placed_depths); before, the first depth written sized it. Guards: depths with no direction after
    them, a distance ("lateral to"), and a solid lesion's sizes keep the first size.
  * A count after the colon of a lymph-node field ("Para-aortic lymph nodes: two, measuring 1.8 cm and 1.3 cm"): one
    node per size, as "Two para-aortic lymph nodes, measuring ..." gives (announced_groups.count_after_colon); before,
    the field heading stayed anatomy and one node took the first size. Guards: a digit with a unit after the colon is
    a size ("Lymph nodes: 2 cm"), and a field with no count keeps one node.
  * A side table's row whose label cell states the unit ("| Largest cyst (cm) | 6.1 | 7.4 |" under "| | Right | Left
    |"): each side's unit-less cell is a size in that unit, one lesion per side as with the unit written in the cells
    (header_units._labelled_row_sizes); before, the row was read as a column header and its numbers were lost. Guards:
    an organ's row ("| Length (cm) | ... |", "| Size (cm) | ... |") makes no lesion, and a real column header
    ("| Lesion | Size (mm) |") still gives its unit to the rows below.
  * A form's field whose label states the unit, its values after the colon on the line ("Liver cysts (mm): 8, 13",
    "sizes (mm): 8; 13"): sizes in that unit (header_units._field_sizes); before, the numbers were lost (and the
    line, read as a header, lost its lesion word). Guard: a line that goes on past its values stays unread.

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of

from udt.parser import ReportParser

HM, PL = "Heart and mediastinum", "Pleural space"
RP, AX = "Retroperitoneum and great vessels", "Axilla"
KU, TH = "Kidney and ureter", "Thyroid gland"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


# -- a collection's depths taken in several directions: the deepest ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ECHO LIMITED\nSmall-to-moderate pericardial effusion measuring 0.9 cm anteriorly and 1.7 cm posteriorly. "
         "No diastolic collapse of the right ventricle.",
         [(HM, "fluid collection", None, 17.0)]),
        ("Post-operative: a pericardial effusion, 11 mm inferiorly, 6 mm laterally, no tamponade physiology.",
         [(HM, "fluid collection", None, 11.0)]),
        ("Right pleural effusion of 2.1 cm laterally and 3.4 cm posteriorly, with debris.",
         [(PL, "fluid collection", "right", 34.0)]),
        # guard: a distance after the size ("lateral to") is no depth; the size before it stays
        ("Pericardial effusion 8 mm, 2 cm lateral to the apex.",
         [(HM, "fluid collection", None, 8.0)]),
    ],
)
def test_depths_in_directions(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guard: two sizes with no direction after each keep the first
        ("Pericardial effusion measuring 9 mm and 14 mm on previous studies.",
         [(HM, "fluid collection", None, 9.0)]),
        # guard: only the first depth followed by a direction
        ("Pericardial effusion 7 mm posteriorly and 12 mm.", [(HM, "fluid collection", None, 7.0)]),
    ],
)
def test_depths_without_directions(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# -- a lymph-node field counted after its colon: one node per size ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ABDOMEN\nThe liver is normal.\nRetroperitoneal lymph nodes: two, measuring 2.1cm and 1.4cm.",
         [(RP, None, None, 21.0), (RP, None, None, 14.0)]),
        ("Right axillary lymph nodes: 3, with thickened cortices, 16 mm, 12 mm and 9 mm.",
         [(AX, None, "right", 16.0), (AX, None, "right", 12.0), (AX, None, "right", 9.0)]),
        # a counted group measured by its largest is one finding
        ("Retroperitoneal lymph nodes: three, the largest 1.7 cm.", [(RP, None, None, 17.0)]),
        # guard: a size right after the colon is no count (the field stays the region's measurement, no lesion)
        ("Right axillary lymph nodes: 2 cm and 1 cm.", []),
        # guard: no count, the field stays as it was read
        ("Right axillary lymph nodes: 18 mm and 13 mm.", []),
    ],
)
def test_node_count_after_colon(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# -- a side table's row labelled with its unit ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RENAL US - ADPKD\n| | Right | Left |\n| Length (cm) | 15.8 | 16.9 |\n| Largest cyst (cm) | 5.2 | 6.6 |\n"
         "| Echogenicity | increased | increased |",
         [(KU, "cyst", "right", 52.0), (KU, "cyst", "left", 66.0)]),
        ("THYROID\n| | Right lobe | Left lobe |\n| Volume (ml) | 8.2 | 7.5 |\n| Largest nodule (mm) | 12 | 9 |",
         [(TH, "nodule", "right", 12.0), (TH, "nodule", "left", 9.0)]),
        # guard: the organ's own rows make no lesion
        ("RENAL US\n| | Right | Left |\n| Length (cm) | 10.9 | 11.3 |\n| Cortex (mm) | 14 | 15 |", []),
        ("| | Rt ovary | Lt ovary |\n| Size (cm) | 3.0 x 2.1 | 2.8 x 1.9 |\n| Lesion | nil | nil |", []),
        # guard: a column header still gives its unit to the rows below
        ("| Lesion | Size (mm) |\n| liver cyst | 14 |", [("Liver", "cyst", None, 14.0)]),
    ],
)
def test_unit_in_row_label(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# -- a form field's unit in its label, its values on the line --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spleen: 2 cysts, sizes (mm): 11; 6.", [("Spleen", "cyst", None, 11.0), ("Spleen", "cyst", None, 6.0)]),
        ("Renal cysts, right (cm): 2.4, 1.1 and 0.7", [(KU, "cyst", "right", 24.0), (KU, "cyst", "right", 11.0),
                                                        (KU, "cyst", "right", 7.0)]),
        # guard: words after the values: not a field's values alone, left as it was
        ("Spleen cysts (mm): 11, 6 in the upper pole.", []),
    ],
)
def test_unit_in_field_label(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected
