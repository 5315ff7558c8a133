"""A bracketed aside that compares the lesion with the other side names that side's part, not the lesion's side.

"Left hip: anterior recess distended, effusion 7 mm (right hip 3 mm for comparison, normal)", "suprapatellar
effusion 9 mm (contralateral knee 2 mm)": the writer measures the other joint as a reference, inside brackets after
the lesion. The side words inside such an aside (one holding a word of ``termset.COMPARISON_ASIDE_WORDS``) would
be read as the lesion's own clause side; they are cleared, and so is the side of the anatomy named in it. Gated on
the report's word set: no cost in a report without a comparison word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from spacy.strings import StringStore

    from udt.parser.findings import Item

_ASIDE_TOKENS = 16  # the longest aside read as one ("( right hip 3 mm for comparison , normal )")


class ComparisonAsides:
    """Clears the sides inside comparison asides; built once per pipeline from its string store."""

    def __init__(self, strings: StringStore) -> None:
        self._open, self._close = strings.add("("), strings.add(")")
        self._words = word_ids(strings, ts.COMPARISON_ASIDE_WORDS)

    def settle(
        self, side: list[str | None], lower: list[int], report_words: AbstractSet[int], items: list[Item]
    ) -> None:
        """Set ``side`` to None (in place) inside each bracketed comparison aside, and the anatomy's in it."""
        if self._open not in report_words or self._words.isdisjoint(report_words):
            return
        n = len(lower)
        for j in range(n):
            if lower[j] != self._open:
                continue
            end = next(
                (k for k in range(j + 1, min(n, j + _ASIDE_TOKENS)) if lower[k] in (self._open, self._close)), None
            )
            if end is None or lower[end] != self._close or self._words.isdisjoint(lower[j + 1 : end]):
                continue
            if not any(side[j + 1 : end]):
                continue
            for k in range(j + 1, end):
                side[k] = None
            for it in items:
                if it.kind == "anatomy" and j < it.start < end:
                    it.laterality = None
