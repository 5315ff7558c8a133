"""The word "left" as the participle of "to leave", not a side: "Separate small collection at 6 o'clock, 9 mm,
left alone", "a second, smaller volar ganglion, 6 mm - left alone", "drain left in situ", "a 4 mm stone, left
untreated".

A writer who aspirates one lesion and leaves another says so in the lesion's own clause, so the side word the
tokenizer reads there would side the lesion (the opposite side of the breast it lies in). The word after "left"
tells the verb: one of ``termset.LEAVING_WORDS``, or "in" and one of ``termset.LEAVING_PLACES``. Gated on the
report's word set: no cost in a report without those words.
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from spacy.strings import StringStore


class LeavingWords:
    """Clears the side of a "left" that a leaving word follows; built once per pipeline from its string store."""

    def __init__(self, strings: StringStore) -> None:
        self._left = strings.add("left")
        self._after = word_ids(strings, ts.LEAVING_WORDS)
        self._in = strings.add("in")
        self._places = word_ids(strings, ts.LEAVING_PLACES)

    def settle(self, side: list[str | None], lower: list[int], report_words: AbstractSet[int]) -> None:
        """Set ``side`` to None (in place) at each "left" of ``lower`` (lower-cased word ids) used as a verb."""
        if self._left not in report_words or (
            self._after.isdisjoint(report_words) and self._places.isdisjoint(report_words)
        ):
            return
        n = len(lower)
        for j in compress(range(n - 1), side[: n - 1]):
            if lower[j] != self._left:
                continue
            after = lower[j + 1]
            if after in self._after or (after == self._in and j + 2 < n and lower[j + 2] in self._places):
                side[j] = None
