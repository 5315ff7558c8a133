"""A further lesion a pronoun names in the sentence of the lesion it stands for lies where that lesion does
(udt.parser.pronoun_sites).

"Gallbladder of normal size, ..., an echogenic image of 16 mm ..., and another smaller of 7 mm": the pronoun's
clause names no organ, and the site carried from the sentence before ("Liver of normal size") filed the second stone
under the liver. A pronoun whose own sentence names another organ keeps that organ. Passages written for this file.

Inventory (development findings corpora): ni016.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

_GB = "Gallbladder and bile ducts"

PRONOUN_SITES: list[tuple[str, list[Lesion]]] = [
    (
        "Liver of normal size, no focal lesions. Gallbladder of normal size, thin walls, in its interior an echogenic "
        "image of 16 mm that casts an acoustic shadow and moves with position, and another smaller of 7 mm. Bile "
        "ducts not dilated.",
        [(_GB, None, None, 16.0), (_GB, None, None, 7.0)],
    ),
    # near misses: a pronoun of a lesion its sentence already placed; one in a sentence naming another organ
    (
        "Spleen of normal size. Left kidney of 104 mm, in the upper pole a simple cyst of 22 mm, and another of 9 mm. "
        "Bladder normal.",
        [("Kidney and ureter", "cyst", "left", 22.0), ("Kidney and ureter", "cyst", "left", 9.0)],
    ),
    (
        "Liver of normal size. Gallbladder of normal size, thin walls, an echogenic image of 16 mm with shadow. The "
        "right kidney has another of 7 mm.",
        [(_GB, None, None, 16.0), ("Kidney and ureter", None, "right", 7.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_SITES)
def test_further_lesion_lies_where_its_antecedent_does(parser: ReportParser, text: str,
                                                       expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
