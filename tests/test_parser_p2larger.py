"""A diagnosis for the lesion a later sentence picks by its size ("FNA of the larger lesion: ...", "aspiration of
the smallest lesion: ...") names the lesion of its organ measured largest (smallest), not the one named last
(udt.parser.size_chosen). Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

PICKED: list[Row] = [
    (
        "Left parotid: two oval hypoechoic lesions, 12 mm and 31 mm. FNA of the bigger lesion: pleomorphic adenoma.",
        [("Salivary glands", None, "left", 12.0), ("Salivary glands", "mass", "left", 31.0)],
    ),
    # the largest is neither the first lesion nor the one named last
    (
        "Liver: two hypoechoic lesions in segment VI and segment VII, measuring 18 mm and 32 mm. A third lesion of "
        "9 mm in segment II. Biopsy of the larger lesion: haemangioma.",
        [("Liver", None, None, 18.0), ("Liver", "mass", None, 32.0), ("Liver", None, None, 9.0)],
    ),
    # ... nor is the smallest
    (
        "Right kidney: two cortical lesions, 25 mm and 18 mm. A further 12 mm lesion at the upper pole. Aspiration "
        "of the smallest lesion: simple cyst.",
        [("Kidney and ureter", None, "right", 25.0), ("Kidney and ureter", None, "right", 18.0),
         ("Kidney and ureter", "cyst", "right", 12.0)],
    ),
]

GUARDS: list[Row] = [
    # the diagnosis named before the picking words is the mass's, not the larger node's
    (
        "Left breast: irregular hypoechoic mass at 2 o'clock, 17 mm.\nLeft axilla: two enlarged nodes, 12 mm and "
        "19 mm.\nPlan: core biopsy of the mass and of the larger node.",
        [("Breast", "mass", "left", 17.0), ("Axilla", None, "left", 12.0), ("Axilla", None, "left", 19.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PICKED)
def test_a_diagnosis_for_the_larger_lesion_names_the_largest(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_a_diagnosis_named_before_the_picking_words_is_not_moved(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
