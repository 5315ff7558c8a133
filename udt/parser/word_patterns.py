"""A regex finding any of a list of words or phrases as a whole word, shared by the passes that test a line or a
report for one of their termset's words (study titles, title regions, pregnancy and fetal words, spoken cues)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from udt.parser.lazy_patterns import lazy_compile


def words_pattern(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """A regex finding any of ``words`` as a whole word; the longest first, so that a phrase wins over a word it
    starts with ("right upper quadrant" over "right"). Compiled at its first use (lazy_patterns.py)."""
    return lazy_compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b", flags)
