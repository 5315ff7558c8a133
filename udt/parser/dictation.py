"""Spoken dictation transcribed raw: the words a speech recogniser leaves for what the speaker meant to be written.

A report dictated without a correcting typist reads "the right kidney measures eleven point two centimetres full
stop new line impression colon ...": punctuation and line breaks are spoken words, numbers are words, and the
recogniser writes homophones ("write kidney", "a simple sist", "plural effusions", "a for millimetre focus", "too
nodules"). None of it is the parser's vocabulary, so such a report is first put into its written form, parsed, and
its evidence offsets mapped back onto the text as given.

Only a report that speaks its punctuation (``Termset.spoken_cues``, at least ``_MIN_CUES`` times) is rewritten: in
written text "comma", "colon" and "write" are words. The spoken marks and homophones are termset word lists; the
number grammar (units, teens, tens, "hundred and", "point" then digits) is English, not vocabulary, and lives here.
A number in words is written in digits only where it is a measurement: followed by a unit or a dimension
separator, or holding a decimal "point" or a "hundred". Counts stay words ("two cysts"), which the parser reads.
Linear in the length of the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from udt.parser import termset as ts
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.lowered_text import lowered
from udt.parser.substrings import holds_any
from udt.parser.word_patterns import words_pattern

_MIN_CUES = 2  # a single "full stop" may be prose ("came to a full stop"); a dictated report says it every sentence
_WORD = lazy_compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+(?:\.\d+)?|\S")
_UNITS = {
    "zero": 0,
    "oh": 0,
    "nought": 0,
    "naught": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# "oh" and "nought" are digits only after "point" or inside a number; alone "oh" is an interjection.
_LEAD_ONLY_AFTER_POINT = frozenset({"oh", "zero", "nought", "naught"})


@dataclass(frozen=True)
class WrittenForm:
    """The written form of a dictated report and, per character of it, the span of the dictated text it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the dictated text that written characters ``start:end`` came from."""
        if end <= start:
            return self.starts[start] if start < len(self.starts) else self.ends[-1], self.ends[max(end - 1, 0)]
        return self.starts[start], self.ends[end - 1]


def _phrases(table: dict[str, str]) -> dict[tuple[str, ...], str]:
    return {tuple(k.split()): v for k, v in table.items()}


class Dictation:
    """Rewrites a dictated report into its written form (see the module docstring)."""

    def __init__(self, termset: ts.Termset) -> None:
        self._cue = (
            words_pattern(termset.spoken_cues, re.IGNORECASE) if termset.spoken_cues
            else None
        )
        # The cue pattern's first test: in an ASCII text its matches are occurrences of the lower-cased cues, so
        # fewer than _MIN_CUES occurrences (str.count in C) rule out as many matches. Only for ASCII cues (with
        # IGNORECASE a non-ASCII pattern letter such as the Kelvin sign matches an ASCII one).
        cues = tuple(c.lower() for c in termset.spoken_cues)
        self._ascii_cues = cues if all(c.isascii() and c for c in cues) else None
        self._marks = _phrases(termset.spoken_marks)
        self._homophones = _phrases(termset.spoken_homophones)
        self._longest = max((len(k) for k in (*self._marks, *self._homophones)), default=1)
        self._units = frozenset(termset.spoken_size_units)
        self._counted = frozenset(termset.spoken_counted_nouns)
        self._count_verbs = frozenset(termset.spoken_count_verbs)
        self._number_homophones = dict(termset.spoken_number_homophones)
        self._organ_colon = frozenset(termset.spoken_colon_organ_words)

    def written_form(self, text: str) -> WrittenForm | None:
        """The written form of ``text`` if it is dictated with spoken punctuation, else ``None``."""
        if self._cue is None:
            return None
        if self._ascii_cues is not None and text.isascii():
            low = lowered(text)  # (the spelled-size check and later passes lower the same text: lowered_text.py)
            # (a C-level probe of each cue first, as most reports hold none; counted only when one is there)
            if (
                not holds_any(low, self._ascii_cues)
                or sum(low.count(c) for c in self._ascii_cues) < _MIN_CUES
            ):
                return None
        if len(self._cue.findall(text, 0, len(text))) < _MIN_CUES:
            return None
        toks = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(text)]
        words = [t[2] for t in toks]
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []

        def emit(piece: str, a: int, b: int, glue: bool = False) -> None:
            # ``glue``: a punctuation mark sits on the word before it ("cm full stop" -> "cm.")
            if out and not glue and not out[-1].endswith(("\n", "(")) and piece not in (")",):
                out.append(" ")
                starts.append(a)
                ends.append(a)
            out.append(piece)
            starts.extend([a] * len(piece))
            ends.extend([b] * len(piece))

        i = 0
        while i < len(toks):
            number = self._number(words, i)
            if number is not None:
                value, j = number
                emit(value, toks[i][0], toks[j - 1][1])
                i = j
                continue
            hit = self._phrase_at(words, i)
            if hit is not None:
                kind, piece, j = hit
                if kind == "mark":
                    glue = piece in (".", ",", ":", ";", "?", ")")
                    if piece.startswith("\n") and out and out[-1] == " ":
                        out.pop(), starts.pop(), ends.pop()
                    emit(piece, toks[i][0], toks[j - 1][1], glue=glue or piece.startswith("\n"))
                else:
                    emit(piece, toks[i][0], toks[j - 1][1])
                i = j
                continue
            a, b, _ = toks[i]
            emit(text[a:b], a, b, glue=not text[a:b][0].isalnum() and text[a:b] not in ("(", "-"))
            i += 1
        written = "".join(out)
        return WrittenForm(written, tuple(starts), tuple(ends) if ends else (0,))

    # -- phrases ---------------------------------------------------------------------------------------------
    def _phrase_at(self, words: list[str], i: int) -> tuple[str, str, int] | None:
        for n in range(min(self._longest, len(words) - i), 0, -1):
            key = tuple(words[i : i + n])
            if key in self._marks:
                if key == ("colon",) and self._colon_is_organ(words, i):
                    return None
                return "mark", self._marks[key], i + n
            if key in self._homophones:
                return "word", self._homophones[key], i + n
        return None

    def _colon_is_organ(self, words: list[str], i: int) -> bool:
        """Whether "colon" names the bowel ("sigmoid colon", "the colon full stop"), not a heading's spoken mark
        ("impression colon")."""
        if i == 0 or words[i - 1] in self._organ_colon:
            return True
        return i + 1 >= len(words) or self._phrase_at_mark(words, i + 1)

    def _phrase_at_mark(self, words: list[str], i: int) -> bool:
        return any(tuple(words[i : i + n]) in self._marks for n in range(1, self._longest + 1))

    # -- numbers ---------------------------------------------------------------------------------------------
    def _number(self, words: list[str], i: int) -> tuple[str, int] | None:
        """A measurement in words starting at token ``i``: its digits and the token after it."""
        w = words[i]
        if w in self._number_homophones and self._homophone_is_number(words, i):
            spoken = self._number_homophones[w]
            if i + 1 < len(words) and words[i + 1] in self._units:
                return str(_UNITS[spoken]), i + 1
            return spoken, i + 1  # a count: "too nodules" -> "two nodules"
        if w not in _UNITS and w not in _TENS:
            return None
        if w in _LEAD_ONLY_AFTER_POINT and (i + 1 >= len(words) or words[i + 1] != "point"):
            return None
        value, j, hundred = self._integer(words, i)
        decimals = ""
        if j + 1 < len(words) and words[j] == "point" and words[j + 1] in _UNITS and _UNITS[words[j + 1]] < 10:
            j += 1
            while j < len(words) and words[j] in _UNITS and _UNITS[words[j]] < 10:
                decimals += str(_UNITS[words[j]])
                j += 1
        if not (decimals or hundred or (j < len(words) and words[j] in self._units)):
            return None  # a count or a name ("two cysts", "segment six", "level four"): left as words
        return (f"{value}.{decimals}" if decimals else str(value)), j

    @staticmethod
    def _integer(words: list[str], i: int) -> tuple[int, int, bool]:
        """The whole number in words from ``i``: value, the token after it, whether it holds "hundred"."""
        total, j, hundred = 0, i, False
        if words[j] in _TENS:
            total = _TENS[words[j]]
            j += 1
            if j + 1 < len(words) and words[j] == "-" and words[j + 1] in _UNITS and 0 < _UNITS[words[j + 1]] < 10:
                j += 1  # "twenty-one"
            if j < len(words) and words[j] in _UNITS and 0 < _UNITS[words[j]] < 10:
                total += _UNITS[words[j]]
                j += 1
            return total, j, False
        total = _UNITS[words[j]]
        j += 1
        if j < len(words) and words[j] == "hundred":
            hundred, total, j = True, total * 100, j + 1
            if j + 1 < len(words) and words[j] == "and" and (words[j + 1] in _UNITS or words[j + 1] in _TENS):
                rest, j, _ = Dictation._integer(words, j + 1)
                total += rest
        return total, j, hundred

    def _homophone_is_number(self, words: list[str], i: int) -> bool:
        """Whether a number homophone stands where a number does ("a for millimetre focus", "there are to simple
        cysts", "too nodules"): before a unit, or before a counted lesion noun (within two describing words),
        "to" only after a verb that counts (everywhere else it is a preposition)."""
        if i + 1 < len(words) and words[i + 1] in self._units:
            return True
        ahead = words[i + 1 : i + 4]
        if not any(w in self._counted for w in ahead):
            return False
        return words[i] != "to" or (i > 0 and words[i - 1] in self._count_verbs)
