"""Descriptor wording (issue 11, stop 40): the shorthand cells of a worksheet's descriptor columns ("Echo | hypo",
"Margin | smooth"), read as that column's value (udt.parser.column_values).

A row names the report-level reading of one value, as the corpus scoring reads it: "present" (labelled), "absent" or
"uncertain" (a mention with that status and no label), or None (neither labelled nor mentioned). No row is a corpus
sentence."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

ECHO, MARGINS, SHAPE = "Echogenicity", "Margins", "Shape"
WELL, ILL = "well-defined", "ill-defined/indistinct"

NECK_TABLE = (
    "Thyroid ultrasound.\n"
    "N | Side | Size (mm) | Echo | Margin | Foci\n"
    "1 | right | 14 x 9 x 10 | hypo | lobulated | none\n"
    "2 | left | 7 x 5 x 6 | an | sharp | comet tail\n"
)
LIVER_TABLE = (
    "Liver lesions.\n"
    "No. | Segment | Size (cm) | Echogenicity | Margins\n"
    "A | 6 | 2.1 | markedly hypo | irregular\n"
)
# A column of another dimension, or a longer cell, keeps its own words' reading.
PLAIN_TABLE = (
    "Kidneys.\n"
    "Side | Length (cm) | Cortex | Comment\n"
    "Right | 10.8 | smooth | an upper pole cyst, 12 mm\n"
)
PROSE = "The right ovary holds a 3 cm cyst with a smooth inner wall; the uterus has an irregular shape."

DESCRIPTOR_COLUMNS = [
    (NECK_TABLE, ECHO, "hypoechoic", "present"),
    (NECK_TABLE, ECHO, "anechoic", "present"),
    (NECK_TABLE, MARGINS, ILL, "present"),
    (NECK_TABLE, MARGINS, WELL, "present"),
    (NECK_TABLE, SHAPE, "lobulated", None),
    (LIVER_TABLE, ECHO, "hypoechoic", "present"),
    (LIVER_TABLE, MARGINS, ILL, "present"),
    (LIVER_TABLE, SHAPE, "irregular", None),
    # near misses: no descriptor column above the cell
    (PLAIN_TABLE, ECHO, "anechoic", None),
    (PLAIN_TABLE, MARGINS, WELL, None),
    (PROSE, MARGINS, WELL, None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), DESCRIPTOR_COLUMNS)
def test_a_descriptor_column_reads_its_shorthand_cells(parser: ReportParser, text: str, field: str, value: str,
                                                       reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading
