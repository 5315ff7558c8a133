"""Behaviour fixed while the parser was made faster (stop q4speed): the speed work itself changes no output (checked
with benchmarks/parser_identity.py), but one shared definition did.

- A numbered table row is opened by its number cell ("| 1 |", "| N2 |", "| #3 |"): sentences.py starts a sentence at
  such a row up to "| 105 |" (a long screening table), while unnamed_rows.py, which reads each numbered row of a
  scored table as one lesion, had its own copy of the pattern that stopped at two digits: rows past 99 of a scored
  table were no lesions (their sizes went to the row before's nodule or were lost). Both now read one definition
  (sentences.ROW_NUMBER_CELL), so a scored table's row 100 is a lesion as its row 99 is.

Rows: a passage written for this file and its lesion findings in report order: (organ, released diagnosis, side,
largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

_THYROID = "Thyroid gland"

NUMBERED_ROWS: list[tuple[str, list[Lesion]]] = [
    # a scored table numbered past 99 (a screening programme's running count): each numbered row one nodule
    (
        "Thyroid surveillance (continued)\n| No. | Lobe | Size (mm) | Composition | EU-TIRADS |\n"
        "| 99 | right | 14 x 10 | solid | 4 |\n| 100 | left | 9 x 7 | solid | 3 |\n"
        "| 101 | left | 23 x 18 | mixed | 3 |\n",
        [(_THYROID, "nodule", "right", 14.0), (_THYROID, "nodule", "left", 9.0), (_THYROID, "nodule", "left", 23.0)],
    ),
    (
        "THYROID US\n| # | Side | Size (mm) | TI-RADS |\n| N118 | right | 6 x 5 | 2 |\n| N119 | left | 17 x 12 | 4 |\n",
        [(_THYROID, "nodule", "right", 6.0), (_THYROID, "nodule", "left", 17.0)],
    ),
    # guards: the two-digit rows as before; a table of organs is not numbered, whatever its first cell's digits
    (
        "Thyroid scan\n| No. | Lobe | Size (cm) | TIRADS |\n| 1 | left | 1.4 x 1.1 | 3 |\n"
        "| 2 | right | 2.0 x 1.6 | 4 |\n",
        [(_THYROID, "nodule", "left", 14.0), (_THYROID, "nodule", "right", 20.0)],
    ),
    (
        "Renal ultrasound\n| Side | Length (mm) | Cortex (mm) |\n| Right | 104 | 15 |\n| Left | 109 | 16 |\n"
        "No hydronephrosis.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERED_ROWS)
def test_numbered_rows_past_99_are_lesions(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
