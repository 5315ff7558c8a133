"""A translated report's bare word for "normal" closing a clause: "Right ovary 32x20 mm, natural.", "Right hip: alpha
62°, beta 50°, type Ia, natural.".

A Turkish-trained writer says "doğal" (natural) for normal. The ontology holds the phrases that carry it safely ("is
natural", "in natural appearance"); the word alone is too common in other senses ("natural delivery", "its natural
course") to be a synonym. After a comma, colon or dash and before the clause ends it can only be the writer's
verdict on what the clause named, so it is read there as the normal value (the normal-appearance rules then decide
whether that is a whole organ, one aspect, or a part). Constant work per candidate word; a report without the word
pays one C-level test of its word set.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from itertools import compress

from spacy.strings import StringStore

from udt.parser.wordids import word_ids


class ClosingNormals:
    """Finds the closing normal words (see module docstring); built once from the termset's word lists."""

    def __init__(self, strings: StringStore, words: Iterable[str], leads: Iterable[str], ends: Iterable[str],
                 normal_key: int | None) -> None:
        self.words = word_ids(strings, words) if normal_key is not None else frozenset()
        self._leads = word_ids(strings, leads)
        self._ends = word_ids(strings, ends)
        self._key = normal_key

    def find(self, lower: list[int], taken: bytearray, words: AbstractSet[int]) -> list[tuple[int, int, int]]:
        """``(start, start + 1, key)`` of the normal value for each free closing word in ``lower`` (the lower-cased
        words' string ids; ``words`` their set)."""
        if self._key is None or self.words.isdisjoint(words):
            return []
        n, found = len(lower), []
        for i in compress(range(n), map(self.words.__contains__, lower)):
            if taken[i] or i == 0 or lower[i - 1] not in self._leads:
                continue
            if i + 1 == n or lower[i + 1] in self._ends:
                found.append((i, i + 1, self._key))
        return found
