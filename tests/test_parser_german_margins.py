"""German templates state a lesion's margin with "begrenzt": "scharf begrenzt" and "glatt begrenzt" (sharply,
smoothly delimited) are well-defined, "unscharf begrenzt" ill-defined, in any adjective ending (ontology related
synonyms, tagged de). The longer "unscharf" form wins over the "scharf" inside it. Passages written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ROWS = [
    ("Leber: im Segment 7 eine 14 mm große echoreiche, scharf begrenzte Läsion, am ehesten Hämangiom.",
     ["well-defined"]),
    ("Li. Lappen: echoarmer Knoten 9 x 7 mm, glatt begrenzt, keine Verkalkungen.", ["well-defined"]),
    ("Pankreas: im Schwanz eine 2,1 cm große echoarme, unscharf begrenzte Raumforderung.",
     ["ill-defined/indistinct"]),
    # near miss: no margin wording
    ("Leber: im Segment 7 eine 14 mm große echoreiche Läsion, am ehesten Hämangiom.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_german_begrenzt_states_the_margin(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Margins") == expected
