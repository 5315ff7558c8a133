"""Lesions cited by a bracketed label and measured on the row that label opens later (udt.parser.cited_rows).

Inventory of kind "size None for N" on _41/_42 (21 rows) behind this class, cause "measured on a cited row":
nj048 R 9:00 mass (see M1) 19 mm; cluster of microcysts (M2) 8 mm; L 1:00 cyst (M3) 11 mm; L 4:00 cyst (M4) 4 mm;
nj050 perianastomotic collection (M3) 34 mm; lipoma (M4) 27 mm: all got None (the size went to a second lesion
built on the row). Left: nj048 axillary node (M5) 20 mm (its row word is read as the M1 row's "mass"), and the
other causes (fluid depths, "of 2,1 cm" after the organ word, tabbed lists).
"""

from __future__ import annotations

import pytest

import udt

CASES = [
    # (report, concept, expected size of that lesion)
    (
        "FINDINGS:\n1. Left breast 2:00: mass (see L1).\nMEASUREMENTS:\nL1 L 2:00 mass: 1.4 x 0.9 cm, hypoechoic\n",
        "mass",
        [14.0, 9.0],
    ),
    (
        "FINDINGS:\n1. Right breast 7:00: simple cyst (C2).\nMEASUREMENTS:\nC2 R 7:00 cyst: 0.6 cm\n",
        "simple cyst",
        [6.0],
    ),
    (
        "FINDINGS:\n1. Right forearm subcutis: lipoma (M1).\nMEASUREMENTS:\nM1 Lipoma: 3.1 x 1.0 cm, oval\n",
        "lipoma",
        [31.0, 10.0],
    ),
]


@pytest.mark.parametrize(("text", "concept", "size"), CASES)
def test_cited_lesion_takes_row_size(text: str, concept: str, size: list[float]) -> None:
    report = udt.parse_report(text)
    lesions = [f for f in report.findings if f.kind == "lesion"]
    assert len(lesions) == 1
    assert lesions[0].concept == concept
    assert lesions[0].size_mm == size


def test_uncited_row_stays_its_own() -> None:
    # Guard: no citation, the row's own lesion is kept as it is.
    report = udt.parse_report("Right breast 9:00: cyst 8 mm.\nLeft breast 3:00: cyst 5 mm.\n")
    assert sorted(f.size_mm[0] for f in report.findings if f.kind == "lesion") == [5.0, 8.0]
