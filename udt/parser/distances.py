"""Distance phrases, read before the findings pass: a size followed by a distance word and its object ("1 cm from
the adrenal", "6 mm from the junction with the right lobe", "2 cm deep to the skin").

The object of a distance phrase is a landmark that locates a lesion, not its site: its side words are no side of
the lesion, and anatomy inside it is marked ``distant`` (the findings pass places a lesion there only when nothing
else does). "Deep" without "to" states a depth ("an effusion 7 mm deep"), which is a size, not a distance.

A size after "at a depth of" ("a lipoma at a depth of 15 mm, measuring 30 mm") locates the lesion below the skin
too (:func:`locates`): the guideline counts no depth below the skin as a size (an effusion's "depth 15 mm", with
no "at", stays its size).

Gated on the report's word set: no cost in a report without distance words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress, repeat
from operator import eq
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.placed_depths import placed_depth
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from spacy.strings import StringStore

    from udt.parser.findings import Item, Words

_PHRASE_WORDS = 6  # how many words after the distance word its object may span (a bounded look-ahead)
# Roles that end a distance phrase's object: a clause boundary, or a preposition that places the lesion again ("4 cm
# from the nipple in the right breast"). "of" and "with" stay inside ("the dome of the right hemidiaphragm").
_PHRASE_ENDS = frozenset({"sep", "comma", "sep_strong", "colon", "place", "measure", "distance", "refine"})


_AT_DEPTH = lazy_compile(r"\bat\s+(?:an?\s+|the\s+)?depth\s+(?:of\s+)?(?:about\s+|approx\.?\s+|~\s*)?$", re.IGNORECASE)
_DEPTH_WINDOW = 32  # characters before a size that "at a depth of about" may span


def locates(text: str, start: int) -> bool:
    """Whether the size starting at character ``start`` of ``text`` is a depth that locates a lesion ("at a depth
    of 15 mm"), not its size."""
    if start <= 0:
        return False
    lo = max(0, start - _DEPTH_WINDOW)
    # (the word "depth" first, a C-level probe of the lower-cased window: no other character lower-cases, as the
    # pattern's IGNORECASE reads it, to one of its letters; most sizes have none before them)
    if "depth" in text[lo:start].lower() and _AT_DEPTH.search(text, lo, start) is not None:
        return True
    return placed_depth(text, start)  # "10:00, 3 cm FN, depth 1.2 cm"; "skin distance 15 mm" (placed_depths.py)


class DistanceRules:
    """Reads distance phrases (see module docstring); built once per pipeline from its string store."""

    def __init__(self, strings: StringStore) -> None:
        self._objects = word_ids(strings, ts.DISTANCE_OBJECT_WORDS)  # distance words that take an object
        self._inner = word_ids(strings, ts.DISTANCE_PHRASE_INNER_WORDS)  # words of those roles that stay inside
        self._depth = strings.add("deep")
        self._to = strings.add("to")

    def settle(self, words: Words, lower: list[int], report_words: AbstractSet[int], items: list[Item],
               sent_starts: list[int]) -> list[tuple[int, str]]:
        """Correct ``words`` in place and mark the anatomy ``items`` (in token order) inside distance phrases;
        returns the ``(token, side)`` of each side word a phrase named (a landmark's side, which a lesion of a paired
        organ with no site of its own takes: see ``SitesAndFindings._settle_sides``)."""
        role, side = words.role, words.side
        n = len(lower)
        named: list[tuple[int, str]] = []
        if self._depth in report_words:
            for j in compress(range(n), map(self._depth.__eq__, lower)):
                if j + 1 >= n or lower[j + 1] != self._to:
                    role[j] = None  # "7 mm deep": a depth
        if self._objects.isdisjoint(report_words) and self._to not in report_words:
            return named
        spans: list[tuple[int, int]] = []
        size_ends = {it.end for it in items if it.kind == "size"}
        # (operator.eq, not "distance".__eq__: that returns NotImplemented, which is truthy, for a token with no role)
        for j in compress(range(n), map(eq, role, repeat("distance"))):
            if j not in size_ends:
                continue  # a distance is measured: "4 cm from the nipple", not "arising from the right kidney"
            if lower[j] not in self._objects and not (j + 1 < n and lower[j + 1] == self._to):
                continue  # "FN", "away": no object follows
            start = j + 2 if j + 1 < n and lower[j + 1] == self._to else j + 1
            sent = bisect_right(sent_starts, j)
            limit = min(n, start + _PHRASE_WORDS, sent_starts[sent] if sent < len(sent_starts) else n)
            end = start
            while end < limit and (role[end] not in _PHRASE_ENDS or lower[end] in self._inner):
                end += 1
            for p in range(start, end):
                if (s := side[p]) is not None:
                    named.append((p, s))
                    side[p] = None
            spans.append((start, end))
        if not spans:
            return named
        k = 0
        for it in items:  # (both in token order: one merge pass)
            while k < len(spans) and spans[k][1] <= it.start:
                k += 1
            if k == len(spans):
                break
            if it.kind == "anatomy" and spans[k][0] <= it.start < spans[k][1]:
                it.distant = True
        return named
