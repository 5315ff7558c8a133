"""Where a diagnosis is named outside a finding statement, and the status it gets (issue 11, the v2title wave): one
table per class, passages written for this file in the corpora's styles (dictated impressions, worksheet lines,
clinic titles), never corpus lines, each with near misses where the rule must not fire. Rows read a value the way
the corpus scoring does (``reading_of``: labelled, else absent, else uncertain, else None)."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

Row = tuple[str, str, str, str | None]  # (passage, field, value, expected reading)

# A query mark glued to "borderline" ("?borderline tumour") queries the tumour. "Borderline" right before a tumour is
# its grade, not a doubt, and the grade rule used to take the empty cue the glued "?" leaves at that word for the word
# itself, so the tumour was asserted.
QUERIED_BORDERLINE: list[Row] = [
    ("Right ovary: 52 mm multilocular cyst with a solid papilla, vascular - ?borderline tumour.", "Diagnosis", "mass",
     "uncertain"),
    ("IMPRESSION: Complex left adnexal cyst, ? borderline tumor. MRI pelvis advised.", "Diagnosis", "mass",
     "uncertain"),
    ("L ovary 38 mm cyst, papillary projection 7 mm, ?borderline ovarian tumour, gynae onc referral.", "Diagnosis",
     "mass", "uncertain"),
    # near misses: the grade stated without a query is asserted; a hedge word still doubts it
    ("Histology of the right ovary: borderline serous tumour, completely excised.", "Diagnosis", "mass", "present"),
    ("Left ovary: 40 mm complex cyst, probably a borderline tumour.", "Diagnosis", "mass", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), QUERIED_BORDERLINE)
def test_a_query_mark_before_borderline_doubts_the_tumour(parser: ReportParser, text: str, field: str, value: str,
                                                         expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# A run of query marks ("?? cyst", "lesion ??? lipoma") is one emphatic "?": the last mark, before the word, is placed
# by what stands before the first. Before, the last mark counted as glued to the mark before it, so it looked back at
# nothing and the diagnosis after it was asserted.
QUERY_RUNS: list[Row] = [
    ("Adnexa: ?? cyst on the left, 22 mm, poorly seen.", "Diagnosis", "cyst", "uncertain"),
    ("Subcut lump L forearm, 15 mm, hypoechoic ?? lipoma.", "Diagnosis", "mass", "uncertain"),
    ("R kidney: 9 mm echogenic focus ??? angiomyolipoma - f/u 12 months.", "Diagnosis", "mass", "uncertain"),
    ("Liver S6: 11 mm hyperechoic lesion, ??haemangioma.", "Diagnosis", "mass", "uncertain"),
    # near misses: a run closing a sentence looks back; a run ending a lay question asks, hedging nothing now
    ("L kidney: 2 cm angiomyolipoma?? Follow up in a year.", "Diagnosis", "mass", "uncertain"),
    ("Breast US: 12 mm simple cyst at 2 o'clock. Benign.", "Diagnosis", "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), QUERY_RUNS)
def test_a_run_of_query_marks_is_one_query(parser: ReportParser, text: str, field: str, value: str,
                                           expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected
