"""Hedges of exclusion on real-world-like text (wave r1dx: exclusions still to be made, worded after or before the
finding, read as denials or as a recommendation's purpose on the development corpora).

Classes and what each test below pins:
  * An exclusion still to be made, after the finding ("TCC to be excluded", "(abscess needs to be excluded)",
    "a tumour must be ruled out") -> uncertain: the finding is suspected, not denied (termset._STILL_TO_EXCLUDE,
    longer than the negation "excluded"). Guards: "Abscess excluded." and "a tumour has been ruled out" stay denials.
  * An exclusion that ends a finding's own phrase after a comma or dash ("left testicular solid lesion, to rule out
    neoplasia", "liver lesion - to exclude a metastasis") -> uncertain (termset._THEN_TO_EXCLUDE). Guard: a
    recommendation's purpose with no comma ("repeat in 6 weeks to exclude an underlying mass") is not doubted, and
    an indication line ("History: flank pain, to rule out a stone") labels nothing.

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

DX = "Diagnosis"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Impression: 14 mm solid lesion of the bladder wall - TCC to be excluded, cystoscopy booked.", "mass",
         "uncertain"),
        ("Conclusion: right testicular hypoechoic lesion 9 mm, urology referral (tumour to be excluded).", "mass",
         "uncertain"),
        ("Left kidney: 2.4 cm exophytic lesion; a renal cell carcinoma must be ruled out. CT advised.", "mass",
         "uncertain"),
        ("Post-op wound: 3 cm heterogeneous area, an abscess needs to be excluded; aspiration planned.",
         "fluid collection", "uncertain"),
        ("Thigh: a neoplasm has to be ruled out, MRI requested.", "mass", "uncertain"),
        # guards: plain denials keep their reading
        ("Right iliac fossa: no collection. Abscess excluded.", "fluid collection", "absent"),
        ("Left testis: a tumour has been ruled out; the lesion is an epidermoid cyst.", "mass", "absent"),
    ],
)
def test_exclusion_still_to_be_made_is_a_hedge(parser: ReportParser, text: str, value: str,
                                              expected: str) -> None:
    assert reading_of(parser, text, DX, value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IMPRESSION: Left testicular solid lesion 11 mm, to rule out neoplasia. Small left hydrocele.", "uncertain"),
        ("Liver: 18 mm hypoechoic lesion in segment 3 - to exclude a metastasis, CT suggested.", "uncertain"),
        ("Conclusion: Right renal lesion 2 cm, to exclude a tumour.", "uncertain"),
        # guard: a recommendation's purpose is not doubted
        ("Liver normal. Repeat scan in 6 weeks to exclude an underlying mass.", None),
    ],
)
def test_exclusion_ending_a_finding_phrase_is_a_hedge(parser: ReportParser, text: str,
                                                      expected: str | None) -> None:
    assert reading_of(parser, text, DX, "mass") == expected


def test_indication_to_rule_out_labels_nothing(parser: ReportParser) -> None:
    text = ("History: left flank pain, to rule out a tumour.\nFindings: Both kidneys are normal in size and "
            "echotexture. No hydronephrosis.")
    assert "mass" not in parser.parse(text).labels[DX]
