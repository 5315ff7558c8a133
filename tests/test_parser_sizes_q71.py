"""Inventory of round 31's size and vocabulary errors on _30/_31 (a lesion found without its size, another number,
or its organ not read), by class, with sentences written for this file in several wordings (not corpus text).

Rows found on the development files (id, fragment, expected, got, class):

- a machine export's ``KEY=value`` fields, the unit named only in the key ("SIZE_MM=8"), the bare number read as no
  size: my029 "KIDNEY_L_FINDING=angiomyolipoma; SIZE_MM=8" 8 got None, "UTERUS_FINDING=fibroid; ...;
  SIZE_MM=31x28x26" 31 got None; my030 "NODULE_1_SITE=R mid; ...; SIZE_MM=9x7x12" 12 got 10, nodule 2 21 got None,
  nodule 3 4 got None; my031 "TESTIS_L_LESION=...mass; SIZE_MM=14x11" 14 got None, "EPIDID_R=head cyst; SIZE_MM=3"
  3 got None; my047 "BREAST_L_LESION_1=mass; ...; SIZE_MM=11x9x14" 14 got None, "..._2=cyst; ...; SIZE_MM=7" 7 got
  None; my050 "KIDNEY_R_FINDING=cysts, multiple; LARGEST_MM=17" 17 got None (key_units.py).
- the same export's keys joined with underscores ("AXILLA_L=node", "KIDNEY_L_FINDING=cyst") kept as one token, so
  the organ and side they name were not read: my047 "AXILLA_L=node; ...; SIZE_MM=19" organ not recognised; my050
  "KIDNEY_L_FINDING=cyst; SIZE_MM=12" filed on no organ (tokenizer.py's underscore infix). Left: a part's field
  between the node and its size ("AXILLA_L=node; CORTEX_MM=4,2; SIZE_MM=19") still leaves the node unmeasured (a
  structure finding): reading the part key as a size gave the node the cortex's size instead.
- a threshold of a guideline or a recommendation read as a lesion's size ("FNA if >= 15 mm", "(TR4, >=10 mm)"):
  my030 "FNA nodule 1 (TR4, >=10 mm)" a fourth nodule sized 10 that took nodule 1's place (12 got 10); b100
  "FNA if >= 15 mm" a structure finding sized 15 (threshold_sizes.py).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

K, UT, TH, BR, AX, SC, LI = "Kidney and ureter", "Uterus", "Thyroid gland", "Breast", "Axilla", "Scrotum", "Liver"


# The unit named in the key: the value is a size in it.
KEY_UNITS = [
    (
        "EXAM=US_RENAL\nKIDNEY_R_LENGTH_CM=10,2; KIDNEY_R_FINDING=cyst; SIZE_MM=14x12; WALL=thin",
        [(K, "cyst", "right", 14.0)],
    ),
    (
        "EXAM=US_PELVIS\nUTERUS_SIZE_CM=7,9x4,1x4,0; UTERUS_FINDING=fibroid; LOC=posterior intramural; SIZE_CM=2,3",
        [(UT, "mass", None, 23.0)],
    ),
    (
        "EXAM=US_THYROID\nNODULE_A_SITE=L lower; COMPOSITION=solid; SIZE_MM=8x6x11; TIRADS=TR4\n"
        "NODULE_B_SITE=R upper; COMPOSITION=cystic; SIZE_MM=5; TIRADS=TR1",
        [(TH, "nodule", "left", 11.0), (TH, "nodule", "right", 5.0)],
    ),
    (
        "EXAM=US_BREAST\nBREAST_R_LESION_1=cyst; CLOCK=10; DIST_FN_CM=4; MAX_DIAM_MM=9",
        [(BR, "cyst", "right", 9.0)],
    ),
    (
        "EXAM=US_RENAL\nKIDNEY_L_FINDING=cysts, multiple; LARGEST_MM=21",
        [(K, "cyst", "left", 21.0)],
    ),
]

# ... but a key that measures an organ, a part or a distance gives no lesion a size.
ORGAN_KEYS = [
    ("EXAM=US_SCROTUM\nTESTIS_R_MM=42x25x28; TESTIS_R=normal", []),
    ("EXAM=US_BREAST\nBREAST_L_LESION_1=cyst; CLOCK=3; DIST_FN_CM=5", [(BR, "cyst", "left", None)]),
]

# Underscore-joined keys name their organ and side.
UNDERSCORE_KEYS = [
    ("EXAM=US_AXILLA\nAXILLA_R=node; SIZE_MM=16; HILUM=absent", [(AX, None, "right", 16.0)]),
    ("EXAM=US_NECK\nLN_L_LEVEL_II=enlarged node; MAX_DIAM_MM=23", [("Lymph nodes", None, "left", 23.0)]),
    ("EXAM=US_ABDOMEN\nLIVER_FOCAL_LESION_1=cyst; SEG=6; SIZE_MM=9", [(LI, "cyst", None, 9.0)]),
]

# A threshold is no measurement.
THRESHOLDS = [
    (
        "Thyroid: right lobe nodule 9 x 7 mm, TR4. Recommendation: FNA if >= 15 mm, else follow-up.",
        [(TH, "nodule", "right", 9.0)],
    ),
    ("Thyroid: left lobe nodule of 6 mm, TR3 (follow-up threshold ≥ 15 mm).", [(TH, "nodule", "left", 6.0)]),
    ("Liver: 8 mm hypoechoic lesion, below the reporting threshold of => 10 mm.", [(LI, None, None, 8.0)]),
    # An at-most sign bounds the lesions found: their largest, a size.
    ("Liver: several small cysts <= 5 mm.", [(LI, "cyst", None, 5.0)]),
    ("Liver: several small cysts ≤ 5 mm.", [(LI, "cyst", None, 5.0)]),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), KEY_UNITS + ORGAN_KEYS + UNDERSCORE_KEYS + THRESHOLDS)
def test_export_and_threshold_sizes(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
