"""Inventory (stop 31, kinds "size: another gold lesion's size" and "size: much larger"), the class fixed here.

A summary (impression, conclusion, assessment) that restates a lesion the findings measured, by its largest size,
names the same lesion, not a second one (udt/parser/restated_sizes.py). Before, a sized summary lesion was folded
only into an earlier lesion without a size, so a restated measured lesion stayed twice, and the duplicate took the
position, hence the size, of the next gold lesion.

Development rows (id, fragment, expected, got before the fix):
  mx044  "R mid, solid hypoechoic, 11 x 8 x 9 mm" restated by the summary's "nodules" at 11 mm  17 mm  11 (dup.)
  ng021  "The largest, submucosal, measures 5.6 x 5.1 cm", summary "Fibroid uterus" at 56 mm     30 mm  56 (dup.)
  nk007  "a fundal interstitial myoma of 4,5 cm", summary "myomas" of the uterus at 45 mm        20 mm  45 (dup.)
  no015  "Baker cyst 4,8 x 1,9 x 2,6 cm", summary "Baker cyst" at 48 mm                          24 mm  48 (dup.)
  ns039  "mass 5.8x2.7cm", summary "Lipomas right arm (5.8cm)"                                   31 mm  58 (dup.)
  (also nx047 "in the right lobe 7,4 cm ... Hepatic cysts (biggest 74 mm", nx039 "15 x 13 x 16 mm ... PTC Rt
  (16 mm)": the duplicate is gone; other kinds remain on those rows.)

Rows of these kinds read in the inventory and left (another cause; see the branch's closing note):
  nx002  "Question: nodule re.?" in the referral opens an unsized lesion the summary's 17 mm restates first.
  og007, nd033, nk048, of043  per-date / per-side table columns; og034 a "not seen" prior cell merging two rows.
  nd006, ni004, ni008, nf036  list members whose output is right, matched crosswise by the scorer (shared mention).
  nx032, nx038, ng035, nk007  lesions filed on another organ (the summary duplicate had matched the gold by luck).

Rows are (organ, released diagnosis, side, largest size in mm) of each lesion finding, in report order.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

TH, LI, UT, KN = "Thyroid gland", "Liver", "Uterus", "Knee"

Row = tuple[str, list[Lesion]]

RESTATED: list[Row] = [
    (
        "Thyroid: right lobe with a solid hypoechoic nodule 14 x 9 x 8 mm in the lower pole.\n"
        "Impression: right thyroid nodule 14 mm, EU-TIRADS 4.",
        [(TH, "nodule", "right", 14.0)],
    ),
    (
        "Liver: simple cysts, in segment 7 5,6 cm and in segment 3 2,1 cm.\n"
        "Conclusion: hepatic cysts, the largest 56 mm.",
        [(LI, "cyst", None, 56.0), (LI, "cyst", None, 21.0)],
    ),
    (
        "Uterus enlarged with an intramural fibroid 3.2 x 2.9 cm and a subserosal fibroid of 1.5 cm.\n"
        "IMPRESSION: Fibroid uterus, dominant fibroid 3.2 cm.",
        [(UT, "mass", None, 32.0), (UT, "mass", None, 15.0)],
    ),
    (
        "Left knee: Baker cyst 3,9 x 1,2 x 2,0 cm in the medial popliteal fossa.\nConclusion: Baker cyst of 39 mm.",
        [(KN, "cyst", "left", 39.0)],
    ),
    # rounding: the summary's 16 mm is the nodule's largest of 15 x 13 x 16 (within half a millimetre)
    (
        "Thyroid: left lobe, solid nodule 15.6 x 13 x 11 mm.\nAssessment: left nodule (16 mm), TR4.",
        [(TH, "nodule", "left", 15.6)],
    ),
]

GUARDS: list[Row] = [
    # another size in the summary is another lesion, or the findings' lesion restated unsized
    (
        "Liver: hypoechoic lesion 18 mm in segment 6.\nConclusion: liver cyst 40 mm in segment 2.",
        [(LI, None, None, 18.0), (LI, "cyst", None, 40.0)],
    ),
    # a summary size restates an unmeasured lesion of the findings (unchanged)
    (
        "Findings: a cyst in the right kidney.\nImpression: right renal cyst, 14 mm.",
        [("Kidney and ureter", "cyst", "right", 14.0)],
    ),
    # a summary on the other side is another lesion, even at the same size
    (
        "Thyroid: right lobe nodule 12 x 8 mm.\nImpression: left thyroid nodule 12 mm.",
        [(TH, "nodule", "right", 12.0), (TH, "nodule", "left", 12.0)],
    ),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), RESTATED + GUARDS)
def test_summary_restating_a_measured_lesion_by_its_size_is_that_lesion(
    parser: ReportParser, text: str, expected: list
) -> None:
    assert lesions_of(parser, text) == expected
