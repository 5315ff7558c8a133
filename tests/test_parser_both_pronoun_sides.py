"""A "both" that stands alone after a preposition for two lesions already reported is no side
(udt.parser.side_words.SideWordRules._stands_for_lesions).

"A mass in the upper pole of the right kidney and a second lesion in the mid pole of the same kidney. CT showed
macroscopic fat in both": the "both" is a pronoun for the two masses, not the two kidneys; read as a side it made the
diagnosis restated after it a bilateral kidney finding. A "both" of a paired organ with one lesion ("Kidneys: mild
hydronephrosis in both", "Simple cysts in both") still names the two sides. Passages written for this file.

Inventory (development findings corpora, side errors whose text holds "both" as a pronoun): pi009.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

_KIDNEY = "Kidney and ureter"

BOTH_PRONOUN: list[tuple[str, list[Lesion]]] = [
    (
        "Two echogenic renal lesions on the left, 18 mm and 7 mm. MRI demonstrated signal drop-out in both, "
        "diagnostic of angiomyolipoma.",
        [(_KIDNEY, None, "left", 18.0), (_KIDNEY, None, "left", 7.0), (_KIDNEY, "mass", None, None)],
    ),
    (
        "A 3.1 cm hyperechoic mass in the upper pole of the left kidney and a second 9 mm echogenic lesion in the "
        "lower pole of the same kidney. CT demonstrated macroscopic fat in both, diagnostic of angiomyolipoma.",
        [(_KIDNEY, "mass", "left", 31.0), (_KIDNEY, None, "left", 9.0), (_KIDNEY, "mass", "left", None)],
    ),
    # guards: a plural lesion of the "both"'s own sentence lies in the organ's two sides
    ("Kidneys: 10.2 cm and 11.0 cm. Simple cysts in both.", [(_KIDNEY, "cyst", "bilateral", None)]),
]


@pytest.mark.parametrize(("text", "expected"), BOTH_PRONOUN)
def test_both_standing_for_two_lesions_is_no_side(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
