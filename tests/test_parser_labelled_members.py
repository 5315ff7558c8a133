"""Lesions listed as labelled rows or blocks whose rows name no lesion word of their own: a row label restated in the
conclusion (udt.parser.row_labels.listed_rows), rows announced by a plural lesion word in the sentence before them
(row_labels.announcing_lesion), and blocks headed "Finding A" / "Target 2:" (udt.parser.labelled_findings). Each
row or block is one lesion with its own size. Passages written for this file.

Inventory (development corpora, kind "organ has fewer findings than gold (merged)"): ne009 ("N3 - isthmus: ... 6 mm"
lost, its label restated in the conclusion), ne035 ("2 cysts. C1 seg 7, 62 x 55 mm ... C2 seg 4b, 21 mm"), mm031
(two rows, "Target lesions (...): T1 ... T2 ... T3 ..."), ms028 ("Finding A" / "Finding B" blocks; left: the
block's sizes go to the nipple its distance line names).

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser
from udt.parser.row_labels import listed_rows

Row = tuple[str, list[Lesion]]
_THY = "Thyroid gland"

LABELLED_MEMBERS: list[Row] = [
    # a row's label restated after the list
    (
        "Nodules:\n"
        "N1 - left lobe, upper pole: solid, isoechoic, 17 x 11 x 9 mm. TR3.\n"
        "N2 - right lobe, mid: spongiform, 9 mm. TR2.\n"
        "N3 - isthmus: solid, markedly hypoechoic, 7 mm. TR5.\n"
        "Impression: N3 in the isthmus is TR5, FNA advised.",
        [(_THY, "nodule", "left", 17.0), (_THY, "nodule", "right", 9.0), (_THY, "nodule", None, 7.0)],
    ),
    (
        "N1 R lower: 14 mm, solid nodule, TR4.\nN2 L upper: 8 mm, TR3.\nSummary: N1 needs FNA; N2 follow up.",
        [(_THY, "nodule", "right", 14.0), (_THY, "nodule", "left", 8.0)],
    ),
    # rows announced by a plural lesion word in the sentence before
    (
        "Liver: 2 cysts. C1 segment 6, 48 x 40 mm, septated. C2 segment 2, 17 mm, unilocular.",
        [("Liver", "cyst", None, 48.0), ("Liver", "cyst", None, 17.0)],
    ),
    (
        "Spleen 11 cm with three hypoechoic lesions.\nF1 upper pole 12 mm.\nF2 hilum 9 mm.\nF3 lower pole 6 mm.",
        [("Spleen", None, None, 12.0), ("Spleen", None, None, 9.0), ("Spleen", None, None, 6.0)],
    ),
    # blocks headed by a labelled finding word
    (
        "Left breast US.\nFinding 1: L breast 2 o'clock, 11 x 8 mm, irregular.\n"
        "Finding 2: L breast 9 o'clock, 5 mm, oval.",
        [("Breast", None, "left", 11.0), ("Breast", None, "left", 5.0)],
    ),
    (
        "Liver response.\nTarget 1 - segment VIII: 27 mm (baseline 35 mm).\n"
        "Target 2 - segment III: 14 mm (baseline 19 mm).",
        [("Liver", None, None, 27.0), ("Liver", None, None, 14.0)],
    ),
    # guards: a block that names its lesion builds it once; an unlabelled "finding" is no lesion
    (
        "Finding 1: 9 mm cyst in the right breast.\nFinding 2: left breast, fibroadenoma 14 mm.",
        [("Breast", "cyst", "right", 9.0), ("Breast", "mass", "left", 14.0)],
    ),
    ("Liver 14 cm. No focal finding. Spleen 10 cm.", []),
    # a block whose only size places its lesion ("5 cm FN") names it by its type line
    (
        "LEFT BREAST US\nFinding 1: 2 o'clock, 4 cm FN\nType: mass\nShape: oval\n"
        "Finding 2: 8 o'clock, 6 mm anechoic cyst",
        [("Breast", "mass", "left", None), ("Breast", "cyst", "left", 6.0)],
    ),
    ("Findings: right kidney 10.5 cm, 8 mm upper pole cyst.", [("Kidney and ureter", "cyst", "right", 8.0)]),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_MEMBERS)
def test_each_labelled_member_is_a_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([(1, 0, 0), (2, 5, 1), (3, 9, 2), (3, 20, 5)], [(1, 0, 0), (2, 5, 1), (3, 9, 2)]),  # restated after
        ([(1, 0, 0), (1, 5, 1), (2, 9, 2)], None),  # repeated inside the run: no list
        ([(1, 0, 0), (2, 5, 1), (4, 9, 2)], [(1, 0, 0), (2, 5, 1), (4, 9, 2)]),
        ([(1, 0, 0), (2, 5, 1), (5, 9, 2), (3, 12, 3)], [(1, 0, 0), (2, 5, 1), (5, 9, 2), (3, 12, 3)]),
        ([(2, 0, 0)], None),
    ],
)
def test_a_list_of_labelled_rows_ends_where_its_labels_repeat(
    rows: list[tuple[int, int, int]], expected: list[tuple[int, int, int]] | None
) -> None:
    assert listed_rows(rows) == expected
