"""Power Doppler signal wordings (ontology synonyms). Rheumatology reports shorten power Doppler to "PD" and grade
synovitis by its signal: "increased PD signal" is increased vascularity and "no PD signal" none, as the spelled-out
"increased power Doppler" and "no Doppler signal" already are. A bare "PD signal at the enthesis" states no degree,
and "PD" alone is also the pancreatic duct, so only the degree-bearing phrases are vocabulary. "Good perfusion on
colour Doppler" states normal vascularity, as "good cortical perfusion" does; a bare "good perfusion" stays out, as
it is also a clinical remark on a limb or a patient, and one sealed report read it so. Passages written for this
file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ROWS = [
    ("Rheumatology US, left knee: moderate suprapatellar effusion. Synovial thickening with increased PD signal.",
     ["increased vascularity"]),
    ("R 2nd MCP: synovial hypertrophy grade 1, PD grade 0 (no PD signal). No erosion.", ["no vascularity"]),
    ("Left wrist: small radiocarpal effusion, absent PD signal.", ["no vascularity"]),
    ("Renal transplant RIF, 11 cm, no hydronephrosis. Good perfusion on colour Doppler, RI 0.68.",
     ["normal/regular vascularity"]),
    # near misses: a signal with no degree, the pancreatic duct's "PD", perfusion not stated as a Doppler finding
    ("Right Achilles: insertional thickening to 7 mm with enthesophytes and PD signal at the enthesis.", []),
    ("Pancreas: 2.4 cm hypoechoic mass in the head, upstream PD dilated to 5 mm.", []),
    ("Right foot: warm, with good perfusion clinically. 2 cm ganglion over the dorsum, anechoic.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_power_doppler_signal_grades_vascularity(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Vascularity") == expected
