"""A comma clause that gives the other side's size after a sided lesion is that side's lesion
(udt.parser.elliptic_sides.side_clauses).

"R effusion ~4 cm, L ~2 cm": the lesion's clause opens with its side word and closes with its size; the next clause
opens with the other side word and a size within a word or two ("L small ~1.5 cm"). The same lesion kind on the
other side, with its own size, as the semicolon form ("R pleural effusion 6 cm; L side small, 2 cm") already read.
Without this the left size was lost and the left effusion missed (counted as folded into the right one). An organ
measured after its side word ("R 10.5 cm with a 2 cm cyst, L 11 cm") is no such lesion. Passages written for this
file.

Inventory (development corpora, kind "organ has fewer findings than gold (merged)"): nw049 ("pleura: R effusion ~4
cm, L ~2 cm"), nx041 ("R pleural effusion approx 6 cm depth at base, L small ~1.5 cm").

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

_PLEURA = "Pleural space"

PARALLEL_SIDES: list[Row] = [
    (
        "Chest US: L pleural effusion ~3 cm, R ~1 cm. No consolidation.",
        [(_PLEURA, "fluid collection", "left", 30.0), (_PLEURA, "fluid collection", "right", 10.0)],
    ),
    (
        "Lungs: right pleural effusion about 5 cm deep at the base, left small 2 cm.",
        [(_PLEURA, "fluid collection", "right", 50.0), (_PLEURA, "fluid collection", "left", 20.0)],
    ),
    (
        "POCUS. pleura: R effusion 45 mm, L 12 mm. IVC collapses.",
        [(_PLEURA, "fluid collection", "right", 45.0), (_PLEURA, "fluid collection", "left", 12.0)],
    ),
    # guards: the semicolon form as before; an organ's own size after its side word; one side only
    (
        "R pleural effusion 6 cm; L side small, 2 cm.",
        [(_PLEURA, "fluid collection", "right", 60.0), (_PLEURA, "fluid collection", "left", 20.0)],
    ),
    (
        "Kidneys: R 10.5 cm with a 2 cm cortical cyst, L 11 cm. No hydronephrosis.",
        [("Kidney and ureter", "cyst", "right", 20.0)],
    ),
    ("Right pleural effusion 3 cm, left lung clear.", [(_PLEURA, "fluid collection", "right", 30.0)]),
]


@pytest.mark.parametrize(("text", "expected"), PARALLEL_SIDES)
def test_the_other_sides_comma_clause_is_its_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
