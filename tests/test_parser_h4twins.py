"""Rules that two modules carried twice, now kept in one place each. Passages written for this file.

- A vessel said patent or compressible after it is named (udt.parser.landmarks.LandmarkRules._said_patent): read
  after a landmark and by the settling rules alike.
- The wall a tissue layer lies in, by its sentence, its title or a scar (udt.parser.wall_layers.layer_wall and
  one_wall): the findings (wall_layers.py) and the labels (wall_tissues.py) decide it by the same rules.
- The whole-cell answers that deny a table column's header (termset.DENYING_CELLS): derived from a template's own
  "no" values, the foreign ones included, less the bare minus sign, which is an empty cell.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, lesions_of, statuses_of

from udt.parser import ReportParser
from udt.parser import termset as ts
from udt.parser.wall_layers import layer_wall, one_wall

REGIONS = frozenset({"Hip groin and buttock"})


# -- one reader of "a vessel said patent"

PATENT_AFTER: list[str] = [
    "A 2 cm ganglion displacing the radial artery, which is patent.",
    "Left upper arm: 3 cm haematoma next to the brachial artery; artery patent.",
]

PATENT_GUARDS: list[str] = [
    # the vessel only places the lesion: no clause of its own
    "A 2 cm ganglion displacing the radial artery.",
    "Left upper arm: 3 cm haematoma next to the brachial artery.",
]


@pytest.mark.parametrize("text", PATENT_AFTER)
def test_a_vessel_then_said_patent_is_examined_too(parser: ReportParser, text: str) -> None:
    assert "Peripheral arteries" in labels_of(parser, text, "Organ_level")


@pytest.mark.parametrize("text", PATENT_GUARDS)
def test_a_vessel_that_only_places_a_lesion_is_no_site(parser: ReportParser, text: str) -> None:
    assert "Peripheral arteries" not in labels_of(parser, text, "Organ_level")
    assert len(lesions_of(parser, text)) == 1


# -- one home for the wall rules of a tissue layer


def test_a_report_naming_one_wall_gives_its_scar_that_wall() -> None:
    assert one_wall(["Abdominal wall", "Abdominal wall"], REGIONS)
    assert not one_wall(["Abdominal wall", "Thoracic wall"], REGIONS)  # a sternotomy wound beside a rectus haematoma
    assert not one_wall(["Hip groin and buttock"], REGIONS)  # a groin's scar places no layer


@pytest.mark.parametrize(
    ("own", "own_is_region", "placed", "title", "scarred", "expected"),
    [
        ("Thoracic wall", False, True, None, None, "Thoracic wall"),  # "Chest wall, 3rd ICS: subcutaneous abscess"
        ("Hip groin and buttock", True, False, None, None, "Hip groin and buttock"),  # "R groin: subcutaneous cyst"
        ("Hip groin and buttock", True, True, None, None, None),  # a run-on table row naming another site too
        (None, False, False, "Abdominal wall", None, "Abdominal wall"),  # a layer in a wall study
        (None, False, True, "Abdominal wall", "Abdominal wall", None),  # ... whose sentence names another site
        (None, False, False, None, "Abdominal wall", "Abdominal wall"),  # "seroma along the scar"
        (None, False, False, None, None, None),  # nothing places it: the soft tissues
    ],
)
def test_the_wall_a_layer_lies_in(
    own: str | None, own_is_region: bool, placed: bool, title: str | None, scarred: str | None, expected: str | None
) -> None:
    assert layer_wall(own, own_is_region, placed, title, scarred) == expected


# -- one list of the template answers that deny


def test_the_denying_cells_are_the_template_no_values_less_the_minus_signs() -> None:
    # (a cell's bare dash, hyphen or en dash alike, is empty; a row's is its "no")
    assert {*ts.TEMPLATE_NO_VALUES, *ts.TEMPLATE_NO_ANSWERS} - ts.DENYING_CELLS == {"-", "\u2013", "\u2014", "\u2212"}
    assert {"none", "nil", "not seen"} <= ts.DENYING_CELLS


TABLE = "Right thyroid nodules:\n| # | Size | Composition | Echogenic foci |\n| 1 | 9 x 7 mm | solid | {} |\n" \
    "| 2 | 6 x 5 mm | cystic | {} |"


@pytest.mark.parametrize(("first", "second"), [("none", "-"), ("nein", "nein"), ("-ve", "nil")])
def test_a_column_of_denying_cells_denies_its_header(parser: ReportParser, first: str, second: str) -> None:
    text = TABLE.format(first, second)
    assert statuses_of(parser, text, "InternalCharacteristics", "calcifications") == {"absent"}


def test_a_column_of_empty_cells_denies_nothing(parser: ReportParser) -> None:
    text = TABLE.format("-", "-")
    assert "absent" not in statuses_of(parser, text, "InternalCharacteristics", "calcifications")
