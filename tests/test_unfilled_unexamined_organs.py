"""An organ given only an unfilled state and then "not assessed" ("Bladder empty, not assessed", "Bexiga: vazia,
não avaliada") was left out of the examination and is not labelled (unfilled_organs.py); "not distended" or
"collapsed" before "not assessed", and a state followed by a finding, still label it. Passages written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ROWS = [
    ("Kidneys normal in size, no hydronephrosis. Bladder empty, not assessed.", False),
    ("Right kidney 10.9 cm, normal.\nUrinary bladder: not filled, not assessed", False),
    ("Rins sem alterações.\nBexiga: vazia, não avaliada.", False),
    ("Kidneys unremarkable. The bladder was poorly filled, not evaluated.", False),
    # near misses: states read as looked at, and an unfilled bladder that is then described
    ("Kidneys unremarkable.\nBladder: not distended, not assessed.", True),
    ("Kidneys unremarkable. The bladder is collapsed and not assessed.", True),
    ("Kidneys unremarkable. The bladder was empty and not assessed.", True),
    ("Kidneys unremarkable. Bladder empty, wall appears thickened at 6 mm.", True),
]


@pytest.mark.parametrize(("text", "labelled"), ROWS)
def test_an_unfilled_unassessed_bladder(parser: ReportParser, text: str, labelled: bool) -> None:
    assert ("Bladder" in labels_of(parser, text, "Organ_level")) == labelled
