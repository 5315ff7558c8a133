"""The speed gates of pediatric's age reading change nothing they gate.

_AGE's word boundary and first-character look-ahead change no match: each branch's own wording, in any case, is found
where and as the branches alone find it, and text with no age stays without one (near misses: an age's words inside
a longer word, an indented line, non-ASCII letters). And the few scans _names_foreign_years makes for the foreign
words for years find one wherever the scan for each word does."""

from __future__ import annotations

import re

import pytest

from udt.parser import pediatric
from udt.parser import termset as ts

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
    "Mason is 9 cm from the hilum; Jackson (14) in the list.",
    "x9-year-old, ref 12yo_b, ID A14 yrs",
    "Comparison 2 yrs ago; reason: 8 y follow-up",
    "  14 yrs, RIF pain\n\t9 y, limp",
    "Ålder 9 år; İnceleme: 7 yaşında; ſon is 9; Kelvin \u212a 9 yrs",
    "Patiënt: 12 jaar. Échographie: garçon de 8 ans.",
    "image 9 y, drainage 12 yrs, average age 7",
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


FOREIGN_TEXTS = (
    "Paziente: F, 12 anni.", "Patient: m, 58 J.", "Klinische gegevens: 49 jr", "Paciente: 33 anos",
    "Garçon de 15 ans", "Paciente de 7 años", "Potilas 9 vuotta", "Pojke 6 år", "Pacient 10 ani",
    "Junge, 12 Jahren", "Mädchen 8 Jahre", "Patiënt 5 jaar", "Adjacent to the major calyx, a 5 mm stone.",
    "Jugular veins normal; no joint effusion.", "Normal study.", "The cyst is 14 mm.", "",
)


@pytest.mark.parametrize("text", FOREIGN_TEXTS)
def test_foreign_year_scans_find_what_each_word_scan_finds(text: str) -> None:
    for variant in (text, text.lower(), text.upper().lower(), f"report. {text.lower()} end"):
        want = any(word in variant for word in ts.FOREIGN_AGE_YEAR_WORDS)
        assert pediatric._names_foreign_years(variant) == want, variant
