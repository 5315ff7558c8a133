"""A transplant or native kidney's "good cortical perfusion" states normal vascularity, as "normal cortical
perfusion" does (ontology related synonym of normal/regular vascularity). Only that wording: a bare "good
perfusion" would also read "good colour fill", which the corpora do not annotate one way. Passages written for
this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ROWS = [
    ("Renal transplant in the left iliac fossa, 11.4 cm. Good cortical perfusion, RI 0.66.",
     ["normal/regular vascularity"]),
    # near miss: no perfusion wording
    ("Renal transplant in the left iliac fossa, 11.4 cm, no hydronephrosis.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_good_cortical_perfusion_is_normal(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Vascularity") == expected
