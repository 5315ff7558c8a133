"""A list of lesions under a word naming their diagnosis: each listed lesion takes the heading's diagnosis and organ,
with its own side and size. Lists split from a diagnosis word itself ("Renal cysts: right 12 mm, left ..."), and
lists of the generic word "lesions" under a heading or legend title naming the diagnosis
(udt.parser.named_lists). Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

TITLED_LISTS: list[Row] = [
    (
        "Renal cysts: right 12 mm, left upper pole 8 mm and lower pole 15 mm.",
        [("Kidney and ureter", "cyst", "right", 12.0), ("Kidney and ureter", "cyst", "left", 8.0),
         ("Kidney and ureter", "cyst", "left", 15.0)],
    ),
    (
        "Fibroids: (1) fundal intramural 23 mm (2) posterior subserosal 31 mm.",
        [("Uterus", "mass", None, 23.0), ("Uterus", "mass", None, 31.0)],
    ),
    (
        "Thyroid nodules: R lobe 8 mm; L lobe 12 mm.",
        [("Thyroid gland", "nodule", "right", 8.0), ("Thyroid gland", "nodule", "left", 12.0)],
    ),
    # the generic word restates the heading's diagnosis: two metastases, no third unsized entry for the heading
    (
        "Known colorectal primary. Hepatic metastases: two hypoechoic lesions with a halo, in segment V (27 mm) "
        "and segment II (16 mm).",
        [("Liver", "mass", None, 27.0), ("Liver", "mass", None, 16.0)],
    ),
    (
        "Uterine fibroids. Two hypoechoic lesions in the myometrium, anterior wall 34 mm and fundus 19 mm.",
        [("Uterus", "mass", None, 34.0), ("Uterus", "mass", None, 19.0)],
    ),
    # a legend's title: its name folds into the first listed lesion (which takes the title's place among the
    # findings), and reaches the second too
    (
        "Figure 5 - Hepatic metastases from a breast primary with ascites. (a) Two target lesions in segments VII "
        "(24 mm) and III (13 mm). (b) Moderate ascites in the pelvis.",
        [("Liver", "mass", None, 24.0), ("Peritoneum mesentery and omentum", "fluid collection", None, None),
         ("Liver", "mass", None, 13.0)],
    ),
]

GUARDS: list[Row] = [
    # organs' own lengths under a heading name no lesion
    ("Kidneys: right 104 mm, left 111 mm. Spleen 98 mm.", []),
    # a singular verdict of one listed lesion names that one only
    (
        "The right parotid tail holds two oval hypoechoic lesions of 26 mm and 12 mm. Biopsy of the larger lesion: "
        "Warthin tumour.",
        [("Salivary glands", "mass", "right", 26.0), ("Salivary glands", None, "right", 12.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_LISTS)
def test_each_listed_lesion_takes_the_heading_diagnosis(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_no_diagnosis_is_carried_where_none_heads_the_list(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
