"""The organ a verdict's diagnosis typically lies in, and the primary a metastasis came from, are not organs examined
(udt.parser.implied._names_a_located_lesion, termset.LANDMARK_CUES).

Causes (development text, reports_blind_final_12): a legend's last line "Papillary carcinoma metastasis at FNA." after
a level IV node labelled the thyroid (papillary carcinoma's typical site) and the liver (metastasis's) although only
the node was examined (bd064); "Biopsy: metastasis from lung adenocarcinoma." after a chest-wall lesion labelled the
lung (bd160). The passages below are our own, written for this file.

Guards: a verdict whose organ the case presented with (a breast lump, then "Core biopsy: invasive ductal
carcinoma") keeps it; a verdict with no organ named before it ("... lesion. FNA: papillary thyroid carcinoma") still
names its typical organ.

Left: a primary named by a diagnosis whose own words hold its organ ("metastasis from renal cell carcinoma") still
labels that organ (the diagnosis's organ is added with it, not settled as a site).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

ORGAN_ROWS: list[tuple[str, set[str]]] = [
    # a verdict after the organ examined: its diagnosis's typical organ was not examined
    ("Left neck: a 2.1 cm level III lymph node with loss of its fatty hilum and cystic change.\n"
     "FNA: metastatic papillary carcinoma.", {"Lymph nodes"}),
    ("Fig. 4. Right supraclavicular node, 24 mm, round, with microcalcifications. Papillary carcinoma metastasis "
     "confirmed at FNA.", {"Lymph nodes"}),
    ("Posterior neck: 3 cm lobulated hypoechoic mass in the subcutaneous fat. Histology showed a metastasis.",
     {"Soft tissues"}),
    # the primary a metastasis came from
    ("Image 6: right chest wall, 2.6 cm hypoechoic lesion within serratus anterior with internal flow. Core biopsy: "
     "metastasis from a lung primary.", {"Thoracic wall"}),
    ("Left axilla: two rounded nodes, largest 19 mm, cortex 6 mm. FNA showed deposits from a known gastric "
     "adenocarcinoma.", {"Axilla"}),
    # guards
    ("A 52-year-old woman with a palpable left breast lump. Ultrasound: an irregular hypoechoic mass of 2.1 cm with "
     "posterior shadowing; a 15 mm left axillary node with a thick cortex. Core biopsy: invasive ductal carcinoma.",
     {"Breast", "Axilla"}),
    ("A 2.4 cm solid hypoechoic lesion with microcalcifications. FNA: papillary thyroid carcinoma.",
     {"Thyroid gland"}),
    ("Liver: multiple hypoechoic target lesions, the largest 3.2 cm. Biopsy: metastases from a colonic primary.",
     {"Liver"}),
]


@pytest.mark.parametrize(("text", "organs"), ORGAN_ROWS)
def test_a_verdict_names_the_organ_examined_not_its_typical_one(parser: ReportParser, text: str,
                                                                 organs: set[str]) -> None:
    assert set(parser.parse(text).labels["Organ_level"]) == organs
