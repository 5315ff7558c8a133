"""A measuring word opens the first item of a list of sided sizes after a bilateral group
(findings.FindingBuilder._list_sides).

"There are cysts in both kidneys measuring 14 mm on the right and 9 mm on the left": the first item ran back to the
group's "both", so the first member was bilateral. Near miss: a side word before the measuring word is the item's
own ("bilateral solid nodules, the right measuring 11 mm and the left 19 mm"). Passages written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

_KIDNEY = "Kidney and ureter"

MEASURED_SIDES: list[tuple[str, list[Lesion]]] = [
    (
        "There are simple cysts in both kidneys measuring 14 mm on the right and 9 mm on the left.",
        [(_KIDNEY, "cyst", "right", 14.0), (_KIDNEY, "cyst", "left", 9.0)],
    ),
    (
        "Simple cysts in both kidneys, 14 mm on the right and 9 mm on the left.",
        [(_KIDNEY, "cyst", "right", 14.0), (_KIDNEY, "cyst", "left", 9.0)],
    ),
    # near miss: the side stands before the measuring word
    (
        "Transverse view of both thyroid lobes shows bilateral solid nodules, the right measuring 11 mm and the left "
        "19 mm.",
        [("Thyroid gland", "nodule", "right", 11.0), ("Thyroid gland", "nodule", "left", 19.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEASURED_SIDES)
def test_measuring_word_opens_the_first_sided_item(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
