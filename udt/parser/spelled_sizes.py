"""Sizes written in words in a typed report: "a two centimetre cyst", "measuring one point five cm".

A dictated report is put into its written form whole (dictation.py), but only when it speaks its punctuation. A
typed report can still spell a size ("twelve millimetres"), as a writer avoiding digits or a recogniser that wrote
the numbers alone does; every size reader reads digits. So such a report is read with those numbers in digits, and
only those: a number in words directly before a length unit ("two cm", "twenty-five mm", "one point five
centimetres"). Counts and names stay words ("two cysts", "segment six"). Nothing else of the text changes, so its
line breaks and punctuation keep their meaning; the evidence offsets map back onto the text as given.

Cheap for a report that spells no size: the units are found with ``str.split`` (C) and only the word before each is
looked at; the regex runs on a report that has a number word there.
"""

from __future__ import annotations

import re

from udt.parser.dictation import _TENS, _UNITS, Dictation, WrittenForm
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.lowered_text import lowered
from udt.parser.units import LENGTH_UNIT, LENGTH_UNIT_STARTS

_NUMBER_WORDS = frozenset((*_UNITS, *_TENS))
_NUMBER_WORD = "(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
# A number in words (its words joined by spaces or a hyphen, "point" before its decimals, "hundred and") right
# before a length unit, the unit itself left as written; or the axes of a size, numbers joined by "by" or "x"; a half
# ("seven and a half mm", "half a centimetre").
_SPELLED = lazy_compile(
    rf"\b(?:half\s+an?|{_NUMBER_WORD}(?:[\s-]+(?:{_NUMBER_WORD}|point|hundred|and|by|x|a|half)\b)*)"
    rf"(?=\s*-?\s*{LENGTH_UNIT}\b)",
    re.IGNORECASE,
)
_HALF = ["and", "a", "half"]  # "seven and a half mm"
_LAST_WORDS = _NUMBER_WORDS | {"half", "a", "an"}  # what the last word of a size in words may be
_WORD = lazy_compile(r"[a-z]+")
_AXIS = lazy_compile(r" (?:by|x) ")


# The test below as one reversed search: a unit's first letters reversed, spaces or hyphens, a last word reversed
# (no test of the letter before the word: a gate only, which the exact test follows). Every unit start reversed
# begins with "m", which the search skips to in C; most reports' units follow a digit and fail at once.
_REVERSED_GATE = lazy_compile(
    "(?:" + "|".join(re.escape(u[::-1]) for u in LENGTH_UNIT_STARTS) + ")[ -]*(?:"
    + "|".join(re.escape(w[::-1]) for w in sorted(_LAST_WORDS, key=len, reverse=True)) + ")"
)


def _spells_a_size(low: str) -> bool:
    """Whether a number word stands right before a unit (``low``: the lower-case text), found without a regex."""
    if _REVERSED_GATE.search(low[::-1]) is None:
        return False  # (most reports: no unit after a word that could end a number)
    for unit in LENGTH_UNIT_STARTS:
        if unit not in low:
            continue  # (most units: a C-level test, no list of pieces)
        pieces = low.split(unit)
        for piece in pieces[:-1]:
            before = piece.rstrip(" -")
            k = len(before)
            while k > 0 and before[k - 1].isalpha():
                k -= 1
            if before[k:] in _LAST_WORDS:
                return True
    return False


def _digits(words: list[str]) -> str | None:
    """The number ``words`` say, in digits, if they are all of one number ("one point five", "twenty five", "one and
    a half", "half a")."""
    if words in (["half", "a"], ["half", "an"]):
        return "0.5"
    if words[-3:] == _HALF and len(words) > 3:
        whole = _digits(words[:-3])
        return None if whole is None or "." in whole else f"{whole}.5"
    if not words or words[0] not in _NUMBER_WORDS:
        return None
    value, j, _ = Dictation._integer(words, 0)
    decimals = ""
    if j + 1 < len(words) and words[j] == "point":
        j += 1
        while j < len(words) and words[j] in _UNITS and _UNITS[words[j]] < 10:
            decimals += str(_UNITS[words[j]])
            j += 1
    if j != len(words):
        return None
    return f"{value}.{decimals}" if decimals else str(value)


def spelled_sizes(text: str) -> WrittenForm | None:
    """``text`` with each size written in words put in digits, or ``None`` when it spells none."""
    low = lowered(text)  # (lowered once for this check and the dictation check before it: lowered_text.py)
    if len(low) != len(text) or not _spells_a_size(low):
        return None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _SPELLED.finditer(text):
        axes = [_digits(axis.split()) for axis in _AXIS.split(" ".join(_WORD.findall(m.group().lower())))]
        if None in axes:
            continue
        digits = " x ".join(a for a in axes if a is not None)
        a, b = m.span()
        out.append(text[pos:a])
        starts.extend(range(pos, a))
        ends.extend(range(pos + 1, a + 1))
        out.append(digits)
        starts.extend([a] * len(digits))
        ends.extend([b] * len(digits))
        pos = b
    if not out:
        return None
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return WrittenForm("".join(out), tuple(starts), tuple(ends) if ends else (0,))
