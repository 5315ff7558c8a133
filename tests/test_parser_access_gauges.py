"""A French gauge after a vascular access or before a nephrostomy is no child's age and sex (udt.parser.pediatric):
"POST PCI (RT CFA 6F, ANGIOSEAL)", "via a 7F", "8F nephrostomy in situ" are an adult's procedure, so the groin
haematoma or the perinephric collection stays with the adult organ. Passages written for this file; the near miss, a
child's age glued to the sex letter in a groin report, must still make the report a child's.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

SYSTEM = "Body_system_level"


@pytest.mark.parametrize(
    ("text", "system"),
    [
        ("FEMORAL DUPLEX RT - POST ANGIOPLASTY (RT CFA 6F, ANGIOSEAL)\nRT GROIN: HAEMATOMA 4.1 X 2.0 CM, NO FLOW.",
         "Pediatrics"),
        ("Post coronary angiography via the right radial 6F, closure band. Forearm haematoma 3 cm.", "Pediatrics"),
        ("POST NEPHROSTOMY CHECK - RIGHT\n10F nephrostomy in situ via an upper pole calyx.\n"
         "Perinephric collection 4.2 x 1.9 cm.", "Pediatrics"),
    ],
)
def test_an_access_gauge_is_no_child_age(parser: ReportParser, text: str, system: str) -> None:
    assert system not in labels_of(parser, text, SYSTEM)


def test_a_child_age_in_a_groin_report_still_counts(parser: ReportParser) -> None:
    text = "HISTORY: 9F, lump in the right groin. Right groin: 2 cm oval lymph node with a fatty hilum."
    assert "Pediatrics" in labels_of(parser, text, SYSTEM)
