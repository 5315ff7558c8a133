"""A template line that names an organ and leaves its value a lone dash ("Baço: -", "Bladder: -") reports nothing
on that organ, so the organ is not labelled (empty_keys.py); a finding key left blank ("Free fluid: -") is still
the template "no", and a dash that is no whole value leaves its organ alone. Passages written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, statuses_of

from udt.parser import ReportParser

ROWS = [
    ("Fígado: dimensões normais, sem lesões focais.\nBaço: -\nRins: rim esquerdo com quisto simples de 3 cm.",
     "Spleen", False),
    ("RENAL TRANSPLANT\nCortex: normal thickness\nUreter: not dilated\nBladder: \u2013\nRenal vein: patent",
     "Bladder", False),
    ("  - Spleen: -\n  - Liver: 14 cm, normal", "Spleen", False),
    # near misses: a value follows the dash, the dash is a range, or the organ is answered
    ("Liver: 15 cm\nSpleen: - normal size, 10 cm", "Spleen", True),
    ("Liver: 15 cm\nSpleen: 10-11 cm, normal", "Spleen", True),
    ("Liver: 15 cm\nBladder: empty\nKidneys: normal", "Bladder", True),
]


@pytest.mark.parametrize(("text", "organ", "labelled"), ROWS)
def test_an_organ_left_blank_is_not_labelled(parser: ReportParser, text: str, organ: str, labelled: bool) -> None:
    assert (organ in labels_of(parser, text, "Organ_level")) == labelled


def test_a_blank_finding_key_is_still_denied(parser: ReportParser) -> None:
    text = "Uterus: anteverted\nRight ovary: corpus luteum 18 mm\nFree fluid: -"
    assert statuses_of(parser, text, "Diagnosis", "fluid collection") == {"absent"}
    assert "Peritoneum mesentery and omentum" in labels_of(parser, text, "Organ_level")
