"""The a4code refactors and speed-ups keep the parser's behaviour: one reader of a dialysis access's arm, one set of a
template row's line breaks, and the age patterns' case-sensitive twins (passages written for these tests)."""

from __future__ import annotations

import re

import pytest

from udt.parser import pediatric
from udt.parser.access_sides import agreed_arm


@pytest.mark.parametrize(("mention_sides", "arm"), [
    ([{"left"}], "left"),
    ([set(), {"right"}, {"right"}], "right"),
    ([{"left"}, {"right"}], None),  # an access in each arm
    ([{"left", "right"}], None),  # a line naming both
    ([set(), set()], None),  # no side named
    ([{"bilateral"}], None),  # no one arm
])
def test_agreed_arm(mention_sides: list[set[str]], arm: str | None) -> None:
    assert agreed_arm(iter(mention_sides)) == arm


def test_agreed_arm_stops_at_the_first_disagreement() -> None:
    read: list[int] = []

    def sides():
        for k, s in enumerate(({"left"}, {"right"}, {"left"})):
            read.append(k)
            yield s

    assert agreed_arm(sides()) is None
    assert read == [0, 1]


_TWINS = (("_AGE", "_LOWER_AGE"), ("_KIN_INFANT_AGE", "_LOWER_KIN_INFANT_AGE"),
          ("_INFANT_UNIT", "_LOWER_INFANT_UNIT"))


@pytest.mark.parametrize(("pattern", "twin"), _TWINS)
def test_lower_case_twins_spell_no_upper_case_letter(pattern: str, twin: str) -> None:
    # (what makes the twin on lower-cased ASCII text match as the pattern does on the original)
    source = getattr(pediatric, pattern).pattern
    assert re.findall(r"(?<!\\)[A-Z]", source) == []
    assert getattr(pediatric, twin).pattern == source
    assert not getattr(pediatric, twin).flags & re.IGNORECASE


_AGE_TEXTS = (
    "HISTORY: 9 Y/O MALE, RIF PAIN. Appendix not seen.",
    "Age: 12 YRS\nNo free fluid.",
    "My Son is 7, scanned for a lump in the neck. 12 mm node, reactive.",
    "DOB 03/05/2019, 6 Yrs. Kidneys normal.",
    "Patient: 11 years. Liver normal.",
    "Our Daughter (6 Weeks) had a hip scan: normal.",
    "He's 14 mm - no, HE IS 9, and the testes are normal.",
    "Aged 45 years, gallstones.",
    "We have a 10-year-old; my own scan: 8 mm thyroid nodule.",
    "Pain for 2 Years. Liver 16 cm.\n  3 yrs, LIF pain\n",
)


@pytest.mark.parametrize("text", _AGE_TEXTS)
def test_lower_case_twins_match_as_the_patterns(text: str) -> None:
    low = text.lower()
    for pattern, twin in _TWINS:
        spans = [(m.span(), m.groups()) for m in getattr(pediatric, pattern).finditer(text)]
        assert [(m.span(), m.groups()) for m in getattr(pediatric, twin).finditer(low)] == spans


@pytest.mark.parametrize(("text", "child"), [
    ("HISTORY: 9 Y/O MALE, RIF PAIN. Appendix not seen.", True),
    ("My Son is 7, scanned for a lump in the neck.", True),
    ("Our Daughter (6 Weeks) had a hip scan: normal.", True),
    ("Aged 45 years, gallstones.", False),
    ("We have a 10-year-old; my own scan: 8 mm thyroid nodule.", False),
    ("Pain for 2 Years. Liver 16 cm.", False),
])
def test_child_age(text: str, child: bool) -> None:
    assert pediatric._child_age(text) is child
