"""A scar named by the abdominal operation that left it (a Pfannenstiel, laparotomy or appendicectomy scar) is a site
on the abdominal wall (ontology related synonyms of the abdominal wall): a collection or lump at such a scar is
the wall's, and a scar examined and found clear names the wall examined. A scar only in the history, or the
caesarean scar of the uterus, names no wall. Passages written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, lesions_of

from udt.parser import ReportParser

WALL = "Abdominal wall"

# (passage, its organ labels, its lesion findings: (organ, released diagnosis, side, largest size in mm))
SCAR_SITES: list[tuple[str, list[str], list[tuple[str | None, str | None, str | None, float | None]]]] = [
    (
        "Tender swelling at the appendicectomy scar: 18 mm hypoechoic collection with peripheral flow, probable "
        "stitch abscess.",
        [WALL],
        [(WALL, "fluid collection", None, 18.0)],
    ),
    (
        "Midline laparotomy scar: a 25 mm fluid collection at its lower end, likely seroma.",
        [WALL],
        [(WALL, "fluid collection", None, 25.0)],
    ),
    (
        "Pfannenstiel scar: no collection, no hernia.",
        [WALL],
        [],
    ),
]

GUARDS: list[tuple[str, str]] = [
    # the scar only in the history: the wall was not examined
    ("History: previous laparotomy scar. Liver normal. Gallbladder contains a 12 mm stone.", WALL),
    # a caesarean scar is the uterus's (its niche), not the wall's
    ("Transvaginal scan. Previous caesarean section scar with a 4 mm niche, residual myometrium 6 mm. Ovaries "
     "normal.", WALL),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "organs", "lesions"), SCAR_SITES)
def test_scar_of_an_abdominal_operation_is_the_wall(parser: ReportParser, text: str, organs: list[str],
                                                    lesions: list) -> None:
    assert labels_of(parser, text, "Organ_level") == organs
    assert lesions_of(parser, text) == lesions


@pytest.mark.parametrize(("text", "organ"), GUARDS)
def test_scar_names_no_wall(parser: ReportParser, text: str, organ: str) -> None:
    assert organ not in labels_of(parser, text, "Organ_level")
