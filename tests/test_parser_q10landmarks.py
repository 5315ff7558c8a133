"""Landmark classes of stop 43 (wave helper q10landmarks): a region or a measuring line read as an organ examined.

  * "MCL" after a liver or spleen mention is the mid-clavicular line the organ is measured along, in whatever language
    the organ is named ("Leber: ... (MCL 14 cm)", "Hepar: 17,5 cm MCL"), also past a ";" of the organ's sentence
    (senses._other_sense_organ_before). Guard: "MCL" after the knee is the ligament.
  * The appendix's region name ("right lower quadrant", "RLQ") placing fluid or another organ named before it
    ("ascites in the right lower quadrant", "deepest pocket 6 cm RLQ", "transplant kidney in the right lower
    quadrant") is where that lies, a landmark (landmarks._region_name_places). Guards: a structure of the appendix
    found in the region ("blind-ending tubular structure in the RLQ") and a bare region heading stay the appendix.

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oberbauchsonographie\nLeber: vergrößert (MCL 17 cm), verfettet.\nMilz: 10 cm.", ["Liver", "Spleen"]),
        ("Hepar: 16,2 cm MCL, homogeneous. Lien: 11 cm.", ["Liver", "Spleen"]),
        ("The liver is coarse and nodular; MCL span 12 cm. Spleen 14 cm.", ["Liver", "Spleen"]),
        # Guard: the knee's ligament.
        ("Left knee: MCL thickened and hypoechoic, partial tear of its deep fibres.", ["Knee"]),
    ],
)
def test_mcl_after_liver_is_no_knee(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liver: cirrhotic, no focal lesion. Moderate ascites in the right lower quadrant.",
         ["Liver", "Peritoneum mesentery and omentum"]),
        ("Abdomen: ascites, largest pocket 6 cm RLQ, marked for paracentesis.",
         ["Peritoneum mesentery and omentum"]),
        ("Renal graft in the right lower quadrant, 11.5 cm, no hydronephrosis.", ["Kidney and ureter"]),
        # Guards: what the region holds is the appendix's own structure; the region as a heading.
        ("US RLQ: a blind-ending, non-compressible tubular structure in the RLQ measuring 10 mm.", ["Appendix"]),
        ("Right lower quadrant: no collection.", ["Appendix"]),
    ],
)
def test_quadrant_placing_fluid_is_no_appendix(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected
