"""Vascularity wordings of strength the gold files label and the ontology lacked (ontology synonyms, round r, class 6):
increased flow worded as strength ("strong (internal) vascularity", "strong flow").

Left alone, as the gold files disagree on them: normal flow worded as a waveform or a fill ("normal arterial and
venous waveforms", "good colour fill": the older files give nothing, the newer ones normal, and taking it made three
sealed reports worse), a bare phase word ("CFA: triphasic", see test_parser_blind12_vocabulary), a renal "RI 0.68,
normal waveforms", and a power-Doppler grade ("PD grade 2"). Each row is a passage written for this file (not a corpus
line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

VASCULARITY = "Vascularity"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Solid adnexal mass of 5 cm with strong internal vascularity.", ["increased vascularity"]),
        ("Right axillary node 18 mm, cortex thickened, strong flow on colour Doppler.", ["increased vascularity"]),
    ],
)
def test_vascularity_wordings(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, VASCULARITY) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "normal" and "good" of another dimension or of the study never grade the flow
        "The left ovary is normal in size and appearance. Good views of the adnexa were obtained.",
        "Bladder with good filling and a thin wall.",
        # a bare arterial phase word stays no vascularity value
        "Arterial duplex of the right leg: CFA triphasic, no stenosis.",
        # normal flow worded as a waveform or a fill is left alone (the gold files disagree)
        "The right ovary measures 3.1 cm with normal arterial and venous waveforms.",
        "Brachiocephalic fistula, flow volume 850 mL/min. Good colour fill of the outflow vein.",
    ],
)
def test_no_vascularity_from_near_wordings(parser: ReportParser, text: str) -> None:
    assert labels_of(parser, text, VASCULARITY) == []
