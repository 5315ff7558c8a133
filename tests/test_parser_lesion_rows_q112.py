"""Tables whose rows are lesions, each row's site and side given as cell values (udt.parser.header_rows,
udt.parser.sentences, udt.parser.lesion_lists).

Causes (development corpora, inventory by row; all kinds):

- A header row naming its size columns by the dates of the studies ("| Nodule | Location | 14/03/2025 | 02/12/2026
  |", "| Lesion | Location | 03/2025 | 11/2026 |") held digits, so it was read as a row of data: its lesion word
  headed no table, no row became a lesion of its own, and the earlier date's size was kept (header_rows.py now
  skips dates; column_headers.py already reads the latest date as today's).
  og025 "| 1 | Right breast, 9 h ..." breast R 9 mm (got 8, the 2025 size); og025 "| 2 | Left breast, 2 h ..." L 12;
  og025 "| 3 | Left breast, 4 h ..." L 5 (lost); og007 "| N1 | Right lobe, upper third |" thyroid R 13 (merged).
- A row opened by a labelled number ("| N2 |", "| #3 |") did not start a sentence of its own (only "| 2 |" did),
  so a table under a caption line ran into one sentence and its rows into one lesion (sentences.py _LINE_BREAK).
  (A level's Roman numeral, "| III |", is left: it opens the rows of side-column tables, "| Level | Right | Left
  |", whose cells split into findings of their own when each row is a sentence.)
  og007 "| N2 | Left lobe, middle third |" thyroid L 21 (merged, bilateral); og007 "| N3 | Isthmus |" 6 (merged).
- A caption line over the header row ("NODULE TABLE" over "| Nodule | Location | ...") is one sentence with it: the
  two lesion words each barred the other from heading the table (lesion_lists.py).
- A lesion word naming a column ("| Nodule | Site | Size | TI-RADS |") over rows that each name their own lesion
  (a TR level names its graded nodule) stayed a lesion of its own with no size: an empty nodule the benchmark paired
  with a row's gold lesion (og007 "size None for 13").

Left: of043 (rows of a table under the title "US thyroid and parathyroids" filed on the parathyroids: the title's
last organ scopes the TR-graded nodules), of042 (the legend "LD = right lobe; LE = left lobe" before the table gives
no side to "LD middle third"), nz026 (count lines "focal lesions: 2" above the table build empty lesions), nk048
(rows "R | 2 | 6" of a side-first table without a unit), of011 (a list in one cell), of045 (the level table under
"Thyroid bed, right:" filed on the thyroid), nd033 (dated columns without a header naming a lesion), og034 (rows
opened by a word, "| Liver lesion S2 | not seen | 7 mm (new) |", run into one sentence; a "none" in the earlier
column negates today's "| Perihepatic ascites | none | 9 mm |").

Rows: a passage written for this file and its lesion findings in report order: (organ, released diagnosis, side,
largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

_THYROID = "Thyroid gland"
_BREAST = "Breast"

LESION_ROWS: list[Row] = [
    # dated size columns: the latest date is today's size, each row one lesion
    (
        "Thyroid follow-up.\n| Nodule | Site | 05/2024 | 10/2026 | TI-RADS |\n"
        "| N1 | right lobe, lower third | 9 x 6 mm | 11 x 7 mm | TR3 |\n"
        "| N2 | left lobe, upper pole | 14 x 10 mm | 18 x 12 mm | TR4 |\n",
        [(_THYROID, "nodule", "right", 11.0), (_THYROID, "nodule", "left", 18.0)],
    ),
    (
        "Thyroid nodules (previous and current)\n| # | Lobe | 11.03.2025 | 02.12.2026 |\n"
        "| #1 | right | 10 x 8 mm | 12 x 9 mm |\n| #2 | left | 6 x 5 mm | 6 x 5 mm |\n",
        [(_THYROID, "nodule", "right", 12.0), (_THYROID, "nodule", "left", 6.0)],
    ),
    # a caption line over the header row, rows labelled "N1", "N2" and a part with no side
    (
        "Gland of normal size.\nNODULES - COMPARISON\n| Nodule | Location | 2024 | 2026 | TI-RADS |\n"
        "| N1 | Right lobe, mid third | 8 x 6 mm | 10 x 7 mm | TR3 |\n"
        "| N2 | Left lobe, lower pole | 19 x 12 mm | 15 x 22 mm | TR4 |\n| N3 | Isthmus | 4 mm | 5 mm | TR2 |\n",
        [(_THYROID, "nodule", "right", 10.0), (_THYROID, "nodule", "left", 22.0), (_THYROID, "nodule", None, 5.0)],
    ),
    (
        "NODULE TABLE\n| Nodule | Location | Size (mm) | TI-RADS |\n| N1 | right lobe | 12 x 8 | TR3 |\n"
        "| N2 | left lobe | 7 x 5 | TR2 |\n",
        [(_THYROID, "nodule", "right", 12.0), (_THYROID, "nodule", "left", 7.0)],
    ),
    # a lesion word naming the column over rows that name their own nodule: no empty nodule of its own
    (
        "Thyroid follow-up.\n| Nodule | Site | Size | TI-RADS |\n| N1 | right | 11 x 7 mm | TR3 |\n"
        "| N2 | left | 18 x 12 mm | TR4 |\n",
        [(_THYROID, "nodule", "right", 11.0), (_THYROID, "nodule", "left", 18.0)],
    ),
    # guards: today's answer right; a table of sides or of organs keeps its measurements off lesions
    (
        "Thyroid US\n| Nodule | Location | Size (cm) | Composition | TI-RADS |\n"
        "| N1 | right | 1.8 x 1.2 | solid | TR4 |\n| N2 | left | 0.6 x 0.5 | cystic | TR1 |\n",
        [(_THYROID, "nodule", "right", 18.0), (_THYROID, "nodule", "left", 6.0)],
    ),
    (
        "Renal ultrasound 12/2026\n| Side | Length (cm) | Cortex (mm) |\n| Right | 10.4 | 15 |\n"
        "| Left | 10.9 | 16 |\nNo hydronephrosis.",
        [],
    ),
    (
        "Thyroid measurements\n| Lobe | 03/2025 | 12/2026 |\n| Right | 45 x 15 x 14 mm | 46 x 16 x 15 mm |\n"
        "| Left | 44 x 14 x 13 mm | 44 x 14 x 13 mm |\nNo nodules.",
        [],
    ),
]

BREAST_ROWS: list[Row] = [
    (
        "BREAST US - CONTROL\n| Lesion | Location | 03/2024 | 10/2026 | BI-RADS |\n"
        "| 1 | Left breast, 3 o'clock | 6 x 4 mm | 7 x 4 mm | 3 |\n"
        "| 2 | Right breast, 10 o'clock | 11 x 6 mm | 10 x 6 mm | 3 |\n",
        [(_BREAST, None, "left", 7.0), (_BREAST, None, "right", 10.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LESION_ROWS + BREAST_ROWS)
def test_each_row_of_a_lesion_table_is_one_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize("label", ["N", "#", ""])
def test_rows_numbered_past_99_are_lesions_of_their_own(parser: ReportParser, label: str) -> None:
    """A long screening table's rows past the 99th start a sentence as the first 99 do (they ran into one lesion)."""
    rows = "".join(f"| {label}{k} | {'right' if k % 2 else 'left'} lobe | {4 + k % 7} mm |\n" for k in range(1, 106))
    expected = [(_THYROID, "nodule", "right" if k % 2 else "left", float(4 + k % 7)) for k in range(1, 106)]
    assert lesions_of(parser, "Thyroid nodules:\n| Nodule | Site | Size |\n" + rows) == expected
