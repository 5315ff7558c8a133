"""Rows of a nodule table, each one lesion, where only a scoring system names the rows' kind (udt.parser.unnamed_rows,
udt.parser.tirads).

Two causes folded a table's nodules into one finding or into the lobes' measurements:

- A numbered table whose header names a scoring system ("| No. | Lobe | Size (mm) | Composition | EU-TIRADS |") and
  whose rows give the score as a bare number ("| 2 | right | 8 x 6 x 6 | solid | 4 |") names no lesion anywhere: each
  row measured its lobe (a structure). The header's scoring column names the organ whose lesions it grades (the
  ontology reads "TI-RADS" as the thyroid, whose graded lesion is the *TI-RADS graded nodule*): each numbered row
  with a size is one such nodule.
- A lesion word naming a column ("| Nodule | Site | Size | TI-RADS |") was read as a nodule named before the rows'
  levels, so each row's "TR4" graded that column's name and named no nodule of its own; the header filter then
  dropped the column's name and every row was lost.

Inventory (development corpora, kinds "organ has fewer findings than gold (merged)"):

- np023 "| 2 | right | lower | 8 x 6 x 6 |": thyroid nodule R 8 mm; got the lobe's measurement (scored header).
- np023 "| 3 | left | mid | 31 x 24 x 20 |": thyroid nodule L 31 mm; got the lobe's measurement (scored header).
- of042 "| N2 | LE lower pole | 0,6 x 0,5 x 0,5": thyroid cyst 6 mm; lost, its TR1 graded "Nodule" (column name).
- of042 "| N1 | LD middle third | 1,8 x 1,2 x 1,5": thyroid nodule 18 mm; a structure, its TR4 lost (column name).

Left (other kinds or causes): oe014 ("Nodulos / Nodules (der. = right ...):" a glossed caption of two lesion words;
"Ganglios" read as a ganglion cyst), og007 (a table of dated size columns), of043 (rows "RL upper" read as
parathyroid), the sides "LD"/"LE" of of042.

Rows: a passage written for this file and its lesion findings in report order: (organ, released diagnosis, side,
largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

_THYROID = "Thyroid gland"

SCORED_TABLES: list[Row] = [
    # the score as a bare number under a scoring column: each numbered row a nodule
    (
        "THYROID US v2\nRight lobe 5.0 x 1.8 cm.\n| No. | Lobe | Size (mm) | Composition | EU-TIRADS |\n"
        "| 1 | right | 22 x 15 | solid | 3 |\n| 2 | right | 8 x 6 | solid | 4 |\n| 3 | left | 31 x 24 | mixed | 3 |\n"
        "Conclusion: multinodular goitre.",
        [(_THYROID, "nodule", "right", 22.0), (_THYROID, "nodule", "right", 8.0), (_THYROID, "nodule", "left", 31.0)],
    ),
    (
        "Neck ultrasound, thyroid.\n| # | Side | Level | Dimensions (mm) | Echo | TI-RADS |\n"
        "| 1 | left | upper | 12 x 9 x 9 | hypoechoic | 4 |\n| 2 | right | lower | 5 x 4 x 4 | anechoic | 1 |\n",
        [(_THYROID, "nodule", "left", 12.0), (_THYROID, "nodule", "right", 5.0)],
    ),
    (
        "Thyroid scan (follow-up 2026)\n| Nodule no. | Lobe | Size (cm) | TIRADS |\n| N1 | left | 1.4 x 1.1 | 3 |\n"
        "| N2 | left | 0.7 x 0.5 | 2 |\n| N3 | right | 2.0 x 1.6 | 4 |\n",
        [(_THYROID, "nodule", "left", 14.0), (_THYROID, "nodule", "left", 7.0), (_THYROID, "nodule", "right", 20.0)],
    ),
    (
        "Thyroid scan\n| No. | Lobe | Size (cm) | TIRADS |\n| N1 | left | 1.4 x 1.1 | 3 |\n"
        "| N2 | left | 0.7 x 0.5 | 2 |\n| N3 | right | 2.0 x 1.6 | 4 |\n",
        [(_THYROID, "nodule", "left", 14.0), (_THYROID, "nodule", "left", 7.0), (_THYROID, "nodule", "right", 20.0)],
    ),
    # a lesion word naming a column: each row's TR level names its own nodule
    (
        "Thyroid US\n| Nodule | Location | Size (cm) | Composition | TI-RADS |\n"
        "| N1 | right | 1.8 x 1.2 | solid | TR4 |\n| N2 | left | 0.6 x 0.5 | cystic | TR1 |\n"
        "Cervical lymph nodes: without alterations.",
        [(_THYROID, "nodule", "right", 18.0), (_THYROID, "nodule", "left", 6.0)],
    ),
    (
        "THYROID\n| Nodule | Site | Size (mm) | ACR TI-RADS |\n| 1 | right lobe upper pole | 9 x 7 | TR3 |\n"
        "| 2 | left lobe mid | 16 x 12 | TR4 |\n",
        [(_THYROID, "nodule", "right", 9.0), (_THYROID, "nodule", "left", 16.0)],
    ),
    # guards: today's answer right; a numbered table of organs or of sides, and a described nodule graded after
    (
        "Thyroid US\n| # | Location | Size (cm) | Composition | ACR TI-RADS |\n"
        "| 1 | right | 1.8 x 1.2 | solid | TR4 |\n| 2 | left | 0.6 x 0.5 | cystic | TR1 |\n",
        [(_THYROID, "nodule", "right", 18.0), (_THYROID, "nodule", "left", 6.0)],
    ),
    (
        "Renal ultrasound\n| Side | Length (cm) | Cortex (mm) |\n| Right | 10.4 | 15 |\n| Left | 10.9 | 16 |\n"
        "No hydronephrosis.",
        [],
    ),
    (
        "Thyroid: right lobe 1.2 cm nodule, solid, no calcifications, TR3. Left lobe normal.",
        [(_THYROID, "nodule", "right", 12.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCORED_TABLES)
def test_each_row_of_a_scored_table_is_one_nodule(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
