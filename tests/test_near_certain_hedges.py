"""Near-certainty is still a hedge (class: uncertain Diagnosis pairs missed on the development corpora).

"Almost certainly a lipoma", "nearly certainly an abscess": the writer stops short of asserting the finding, as
with "most likely", so the diagnosis offered is uncertain (corpus guideline: hedged -> uncertain).

Guards: a plain "certainly" asserts; "almost certainly benign" doubts only the nature, not the nodule it is said of.
Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


def _uncertain(parser: ReportParser, text: str) -> set[tuple[str, str]]:
    report = parser.parse(text)
    return {(m.dimension, m.value) for m in report.mentions if m.status == "uncertain"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Forearm: oval compressible isoechoic lesion in the subcutis, 28 mm, no flow - almost certainly a lipoma.",
         "mass"),
        ("Right flank: thick-walled hypoechoic area 4 cm with debris, nearly certainly an abscess.",
         "fluid collection"),
        ("Had my scan, the doctor said the thing in my wrist is almost certainly a ganglion cyst.", "cyst"),
    ],
)
def test_near_certainty_hedges_the_diagnosis(parser: ReportParser, text: str, value: str) -> None:
    assert value not in parser.parse(text).labels["Diagnosis"]
    assert ("Diagnosis", value) in _uncertain(parser, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guards: a plain "certainly" asserts, and a nature word hedged leaves the nodule asserted
        ("Forearm: oval compressible isoechoic lesion in the subcutis, 28 mm - certainly a lipoma.", "mass"),
        ("Left lobe: 14 mm spongiform nodule, TR1, almost certainly benign.", "nodule"),
    ],
)
def test_plain_certainty_and_hedged_nature_still_assert(parser: ReportParser, text: str, value: str) -> None:
    assert value in parser.parse(text).labels["Diagnosis"]
