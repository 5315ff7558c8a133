"""A size followed by "of the nipple" in Spanish, French or Portuguese is the lesion's distance from the nipple, not
its size (udt.parser.nipple_distances): "a 3 cm del pezón", "à 2 cm du mamelon". "de" before anything else still
joins a lesion to its own size ("nódulo de 9 mm"). Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

NIPPLE_DISTANCES: list[Row] = [
    (
        "Mama derecha: nódulo sólido ovalado a las 10 h, a 3 cm del pezón, 11 x 7 mm.",
        [("Breast", "nodule", "right", 11.0)],
    ),
    (
        "Mama izquierda: quiste simple de 9 mm a las 2 h, a 5 cm de la areola.",
        [("Breast", "cyst", "left", 9.0)],
    ),
]

GUARDS: list[Row] = [
    # "de" joins the nodule to its own size where no nipple follows
    (
        "Mama derecha: nódulo de 14 mm a las 7 h, de bordes bien definidos.",
        [("Breast", "nodule", "right", 14.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NIPPLE_DISTANCES)
def test_a_distance_from_the_nipple_is_no_size(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_de_before_anything_else_still_measures(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
