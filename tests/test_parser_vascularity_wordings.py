"""Vascularity wordings (ontology synonyms). A transplant or native kidney's "good cortical perfusion" states normal
vascularity, as "normal cortical perfusion" does; only that wording: a bare "good perfusion" would also read "good
colour fill", which the corpora do not annotate one way. "Intense" vascularity is increased, as "strong" is.
Passages written for this file.
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


INTENSE_ROWS = [
    # "intense" vascularity says what "strong" or "marked" vascularity does
    ("Left neck: 2.8 cm solid, well-defined hypoechoic mass at the carotid bifurcation with intense vascularity.",
     ["increased vascularity"]),
    # near miss: the echo intensity of a mass is no vascularity
    ("Left neck: 2.8 cm solid mass with intense echoes and posterior shadowing.", []),
]


@pytest.mark.parametrize(("text", "expected"), INTENSE_ROWS)
def test_intense_vascularity_is_increased(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Vascularity") == expected
