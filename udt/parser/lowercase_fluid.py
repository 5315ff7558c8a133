"""Free fluid abbreviated in lower case: "no ff", "small ff pelvis ~1cm", "trace ff in POD".

The ontology spells the abbreviation "FF", matched case-sensitively so that the letters are not read wherever they
occur ("ff." for "and following", a dictated stammer). A hurried note typed in lower case writes the same "ff"; it is
read as free fluid only where a neighbour says so: a denial or amount word before it ("no ff", "nil ff", "small
ff", "small vol ff") or a place or presence word after it ("ff in the pelvis", "ff pelvis", "ff seen"). The token
becomes a free-fluid mention, which the context and findings rules read as any "FF". Constant work per "ff"; a report
without one pays one C-level test of its word set.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from itertools import compress

from spacy.strings import StringStore

from udt.parser.wordids import word_ids


class LowercaseFreeFluid:
    """Finds the lower-case "ff" tokens that stand for free fluid (see module docstring); built once from the
    termset's lists and the free-fluid key of the matcher."""

    def __init__(self, strings: StringStore, words: Iterable[str], leads: Iterable[str], follows: Iterable[str],
                 fluid_key: int | None) -> None:
        self.words = word_ids(strings, words) if fluid_key is not None else frozenset()
        self._leads = word_ids(strings, leads)
        self._follows = word_ids(strings, follows)
        self._key = fluid_key

    def find(self, lower: list[int], orth: list[int], taken: bytearray,
             words: AbstractSet[int]) -> list[tuple[int, int, int]]:
        """``(start, end, key)`` of a free-fluid mention for each lower-case "ff" with a telling neighbour
        (``orth``: the written forms, so "FF", already matched case-sensitively, is left alone)."""
        if self._key is None or self.words.isdisjoint(words):
            return []
        n, found = len(lower), []
        for i in compress(range(n), map(self.words.__contains__, orth)):
            if taken[i]:
                continue
            if (i > 0 and lower[i - 1] in self._leads) or (i + 1 < n and lower[i + 1] in self._follows):
                found.append((i, i + 1, self._key))
        return found
