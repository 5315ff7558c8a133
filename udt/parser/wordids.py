"""Word sets as spaCy string-store ids.

The parser's rules compare a token's LOWER/ORTH id (an int read from the Doc's columns) against fixed sets of
words. Holding those sets as ids, not strings, keeps each test one hash of an int, and adding each word to the
store at construction means a word the Doc has never seen still has the id it will get.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.strings import StringStore


def word_ids(strings: StringStore, words: Iterable[str]) -> frozenset[int]:
    """The string-store ids of ``words``, each added to ``strings`` if it was not there."""
    return frozenset(strings.add(w) for w in words)
