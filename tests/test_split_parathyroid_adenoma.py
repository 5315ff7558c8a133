"""A parathyroid adenoma named with its gland's position ("likely an inferior parathyroid adenoma", "probable left
inferior parathyroid adenoma"): the position makes "inferior parathyroid" the organ's name, and where no lesion word
came before, the remaining "adenoma" is the lesion's only diagnosis. It is read as the parathyroid adenoma (a
nodule), keeping its hedge.

Near misses: after the lesion's own word ("a 12 mm oval nodule ..., in keeping with a left inferior parathyroid
adenoma") the split name restates that nodule and adds no lesion, in its sentence or a later one.
Each passage is written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of, reading_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Behind the lower pole of the right thyroid lobe there is a 10 x 5 mm oval hypoechoic structure with a "
         "polar vessel - likely a right inferior parathyroid adenoma.",
         "uncertain"),
        ("PARATHYROID SCAN\nR superior: not seen\nL superior: not seen\nL inferior: 8 x 4 mm, hypoechoic, oval\n"
         "Conclusion: probable left inferior parathyroid adenoma.", "uncertain"),
        ("Sestamibi-concordant left superior parathyroid adenoma, 11 mm, deep to the mid left lobe.", "present"),
    ],
)
def test_split_name_keeps_the_lesion(parser: ReportParser, text: str, status: str) -> None:
    assert reading_of(parser, text, "Diagnosis", "nodule") == status


@pytest.mark.parametrize(
    "text",
    [
        # near miss: the lesion's own word came first; the split name restates it
        "Posterior to the left lower pole is a 12 x 6 mm oval hypoechoic nodule with a polar feeding vessel, in "
        "keeping with a left inferior parathyroid adenoma.",
        # near miss: the lesion's own word in an earlier sentence
        "Right lower pole: 9 mm oval hypoechoic lesion posterior to the thyroid. Impression: right inferior "
        "parathyroid adenoma.",
    ],
)
def test_restated_adenoma_adds_no_lesion(parser: ReportParser, text: str) -> None:
    assert len(lesions_of(parser, text)) == 1
