"""Words read as a mass where the report gives them another sense (class: Diagnosis "mass" false positives on the
development corpora).

  * "growth" as a known lesion's change over time, not "a growth": weighed ("insignificant growth", "Growth
    therefore not significant"), given as a plan's reason ("FNA recommended given growth of ..."), an amount bounded
    before its number ("growth of more than 20%"), or an amount glued to its unit ("growth 3mm/yr").
  * "met" as the verb after the bar that is met ("FNA threshold 1.5 cm met"), as the urologist's medical expulsive
    therapy named with its drug ("trial of MET (tamsulosin)"), and as Dutch "with" ("struma met kleine noduli").

Guards: "a polypoid growth of 3 cm", "Bladder: growth 23 mm", "?new met in segment 6", "liver met 14 mm".
Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "mass"),
    [
        ("AAA surveillance. Infrarenal aorta 4.9 cm. Comment: growth 4mm/yr, refer to vascular.", False),
        ("Thyroid: dominant nodule 26 mm. Biopsy advised given growth of more than 20% since 2023.", False),
        ("Right adrenal formation 27 mm, was 25 mm. Conclusion: insignificant growth in dynamics.", False),
        ("Nodule re-measured at 16 mm. Growth therefore not significant; routine follow-up.", False),
        ("Left lobe nodule 12 mm, growth of about 3 mm over two years.", False),
        # guards: a growth that is a thing
        ("Bladder: a polypoid growth of 3 cm on the left lateral wall.", True),
        ("Bladder: growth 23 mm on the posterior wall, vascular.", True),
        ("Sessile growth in the bladder base, 2.4 cm, with internal flow.", True),
    ],
)
def test_growth_as_change_over_time(parser: ReportParser, text: str, mass: bool) -> None:
    assert ("mass" in parser.parse(text).labels["Diagnosis"]) is mass


@pytest.mark.parametrize(
    ("text", "mass"),
    [
        ("Right lobe: solid nodule 17 mm, TR4 (FNA threshold 1.5 cm met).", False),
        ("Left lower pole nodule 26 mm, TR3; size criteria for FNA now met.", False),
        ("Distal left ureteric stone 5 mm. Plan: trial of MET (tamsulosin) for 2 weeks.", False),
        ("Left ureteric stone 4 mm at the VUJ - medical expulsive therapy (MET) advised.", False),
        ("Conclusie: multinodulair struma met kleine noduli, geen verdachte klieren.", False),
        # guards: the abbreviated metastasis
        ("Known colorectal primary. Liver: solitary met in segment 7, 14 mm.", True),
    ],
)
def test_met_as_verb_therapy_or_dutch(parser: ReportParser, text: str, mass: bool) -> None:
    assert ("mass" in parser.parse(text).labels["Diagnosis"]) is mass


def test_hedged_met_stays_uncertain(parser: ReportParser) -> None:
    report = parser.parse("Liver: ?new met in segment 6, 12 mm, needs MRI.")
    assert "mass" not in report.labels["Diagnosis"]
    assert ("Diagnosis", "mass") in {(m.dimension, m.value) for m in report.mentions if m.status == "uncertain"}
