"""The first-character look-ahead of pediatric._AGE (a speed gate) changes no match: each branch's own wording,
in any case, is found where and as the branches alone find it, and text with no age stays without one."""

from __future__ import annotations

import re

import pytest

from udt.parser import pediatric

# One realistic wording per branch of _AGE_BRANCHES (written for this test), then near misses.
AGES = (
    "Clinical details: 9-year-old boy with RIF pain.",
    "Pt is a 7 yo with fever.",
    "Age: 12 Sex: F. Right kidney normal.",
    "Age : 5 Y   Sex : M",
    "Age: 12yrs. Liver normal.",
    "aged 9y, pain",
    "Header: 7 y F. Spleen normal.",
    "9 y/o male, testicular pain",
    "HISTORY:\n 14 yrs, RIF pain\nFINDINGS: normal appendix.",
    "14 yrs; RIF pain",
    "DOB 03/05/2019, 6 yrs. Normal.",
    "D.O.B.: 14.06.2018 (7 y)",
    "Date of birth 01-02-2015 9 years",
    "Patient: 11 years. Pelvis normal.",
    "Pt: 9 yrs",
    "Garçon de 15 ans, douleur.",
    "Paziente: F, 12 anni",
    "my son is 9 and has a lump",
    "our daughter (14) had a scan",
    "Grandson (11 yrs) scanned",
    "Daughter 14, bad pain",
    "my nephew, 9; scanned",
    "DS1, 6: lump in neck",
    "my son's scan (he's 14)",
    "she is 9, and the cyst",
    "mere bete (5 saal) ka scan",
    "meri bachi, 8 saal",
)
NEAR_MISSES = (
    "Normal appearance of the liver, gallbladder and pancreas.",
    "Age: 12/03/1961. Normal.",
    "my son is 18 months old",
    "he is 2 days post-op",
    "RIF pain for 2 yrs, 3 cm cyst.",
    "",
    "\n\n",
)


def _ungated(flags: int) -> re.Pattern[str]:
    return re.compile(pediatric._AGE_BRANCHES, flags)


@pytest.mark.parametrize("text", [*AGES, *NEAR_MISSES])
def test_gate_keeps_every_match(text: str) -> None:
    age = re.compile(pediatric._AGE.pattern, pediatric._AGE.flags)
    lower = re.compile(pediatric._LOWER_AGE.pattern, pediatric._LOWER_AGE.flags)
    for variant in (text, text.upper(), text.lower(), f"Report.\n{text}\n"):
        want = [(m.span(), m.groups()) for m in _ungated(age.flags).finditer(variant)]
        assert [(m.span(), m.groups()) for m in age.finditer(variant)] == want
        low = variant.lower()
        want_low = [(m.span(), m.groups()) for m in _ungated(lower.flags).finditer(low)]
        assert [(m.span(), m.groups()) for m in lower.finditer(low)] == want_low


@pytest.mark.parametrize("text", AGES)
def test_each_branch_wording_is_an_age(text: str) -> None:
    # (so the comparison above covers each branch where it matches, not only where nothing does)
    assert re.compile(pediatric._AGE.pattern, pediatric._AGE.flags).search(text) is not None
