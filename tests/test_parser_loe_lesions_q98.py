""" "LOE" (Spanish "lesión ocupante de espacio", a space-occupying lesion) is the generic lesion word, as "SOL" is
(ontology/udt.owl, the lesion class's related synonyms).

Spanish-trained writers keep the abbreviation in English reports: "LOE hypoechogenic in segment IV-b of 21x18 mm.
Another LOE in segment VI of 9 mm, compatible with angioma". Unread, the first lesion had no word of its own: its
size and place were lost and only the second, named by its diagnosis, was found (counted as folded into it). Passages
written for this file.

Inventory (development corpora, kind "organ has fewer findings than gold (merged)"): nj021.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

LOE_ROWS: list[Row] = [
    (
        "Liver: normal size. LOE hyperechogenic in segment VII of 15 x 12 mm, well delimited.",
        [("Liver", None, None, 15.0)],
    ),
    (
        "Higado: LOE hypoechogenic of 32 mm in segment V. Another LOE of 8 mm in segment II, compatible with cyst.",
        [("Liver", None, None, 32.0), ("Liver", "cyst", None, 8.0)],
    ),
    ("Spleen 11 cm, no LOE.", []),
]


@pytest.mark.parametrize(("text", "expected"), LOE_ROWS)
def test_loe_is_the_generic_lesion_word(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
