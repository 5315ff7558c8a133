"""A finding said to be absent at an earlier time: new now, not denied.

"a new 13 mm hypoechoic nodule, not present in March", "new hypoechoic lesion (not seen in 2025)", "not present 6
months ago", "not there last time", "not seen in the previous exam": the negation dates the finding's absence to a
past study, so the finding is there today. The fixed forms ("not present on the prior study", "not seen
previously") are pseudo-negations in the term set; these forms name the time with a month, a year, a count of
units "ago" or a word of the last study, which no fixed list spells out, so the cue is dropped here when such a time
follows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc

# The negations that can date an absence ("not seen", "not present", "not there"); "no", "without" cannot.
_DATABLE = ("not seen", "not present", "not visible", "not there", "not identified", "not demonstrated",
            "not evident", "not detected", "not visualised", "not visualized", "was not seen", "was not present",
            "were not seen", "were not present", "is not seen")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
# "in March", "on the previous exam", "at the last scan", "in the prior study", "in 2025"
_PREPOSITIONS = ("in", "on", "at")
_EARLIER = ("previous", "prior", "last", "earlier", "preceding", "former", "initial", "baseline")
_DETERMINERS = ("the", "a", "her", "his", "their", "my")
# "last time", "before", "earlier" right after the negation
_TIME_ADVERBS = ("last", "before", "earlier", "previously", "beforehand")
_UNITS = ("day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "wk", "wks", "mo", "mos")
_AGO = ("ago", "back", "earlier", "before")


class EarlierAbsences:
    """The word sets, built once with the context component."""

    def __init__(self, strings: StringStore) -> None:
        self._datable = frozenset(tuple(strings.add(w) for w in phrase.split()) for phrase in _DATABLE)
        self._months = word_ids(strings, _MONTHS)
        self._prepositions = word_ids(strings, _PREPOSITIONS)
        self._earlier = word_ids(strings, _EARLIER)
        self._determiners = word_ids(strings, _DETERMINERS)
        self._adverbs = word_ids(strings, _TIME_ADVERBS)
        self._units = word_ids(strings, _UNITS)
        self._ago = word_ids(strings, _AGO)
        self.gate = self._months | self._earlier | self._adverbs | self._ago  # one of them is in the report

    def drop(self, cues: list[tuple[str, int, int]], doc: Doc, lower: list[int]) -> list[tuple[str, int, int]]:
        """``cues`` less the negations that date an absence to an earlier time."""
        return [cue for cue in cues if not (cue[0] == ts.NEG_POST and tuple(lower[cue[1] : cue[2]]) in self._datable
                                            and self._earlier_time(doc, lower, cue[2]))]

    def _earlier_time(self, doc: Doc, lower: list[int], j: int) -> bool:
        """The words from ``j`` name an earlier time ("in March", "in 2025", "6 months ago", "last time", "on the
        previous scan")."""
        n = len(lower)
        if j >= n:
            return False
        w = lower[j]
        if w in self._adverbs:
            return True
        if doc[j].like_num:  # "6 months ago"
            return j + 2 < n and lower[j + 1] in self._units and lower[j + 2] in self._ago
        if w not in self._prepositions or j + 1 >= n:
            return False
        k = j + 1
        if lower[k] in self._months or _year(doc[k].text):
            return True
        if lower[k] in self._determiners:
            k += 1
        return k < n and lower[k] in self._earlier


def _year(text: str) -> bool:
    """A year of a past study ("2025", "'24" is too rare to read)."""
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")
