"""A peritoneal recess said to be free: "Douglas sac free.", "Pouch of Douglas: free.", "Morison's pouch clear",
"cul-de-sac empty". A translated or hurried writer names the recess where free fluid is sought and answers with one
word for "no fluid in it" (the Spanish "Douglas libre", the Romanian "Douglas liber"). The answer is the report's
denial of free fluid there (guideline: "no free fluid in the pouch of Douglas" -> absent fluid collection), though no
fluid word is written.

Read only where the recess is a kind of the peritoneal cavity in the ontology (the recesses where free fluid
collects: the pouch of Douglas, Morison's pouch, ...), the answer word follows its mention (a noun for the space, a
key's colon or dash, or a copula may stand between: "Douglas space free", "POD - clear", "Morison's pouch is clear")
and closes its clause: "free fluid in the Douglas" and "Douglas: free fluid 8 mm" are left to the fluid words, and
"the pouch is clear of fluid" to its own fluid word. The answer word becomes a denied free-fluid mention, which the
findings rules read as any denied free fluid. Constant work per answer word; a report without one pays one C-level
test of its word set.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from itertools import compress

from spacy.strings import StringStore

from udt.parser.wordids import word_ids


class FreeRecesses:
    """Finds the one-word "free" answers after a recess (see module docstring); built once from the termset's lists
    and the free-fluid key of the matcher."""

    def __init__(self, strings: StringStore, answers: Iterable[str], between: Iterable[str], ends: Iterable[str],
                 fluid_key: int | None) -> None:
        self.words = word_ids(strings, answers) if fluid_key is not None else frozenset()
        self._between = word_ids(strings, between)
        self._ends = word_ids(strings, ends)
        self._key = fluid_key

    def find(self, lower: list[int], taken: bytearray, words: AbstractSet[int],
             recess_ends: AbstractSet[int]) -> list[tuple[int, int, int]]:
        """``(start, end, key)`` of a free-fluid mention for each answer word that closes the clause of a recess
        (``recess_ends``: the token indices right after each recess mention)."""
        if self._key is None or not recess_ends or self.words.isdisjoint(words):
            return []
        n, found = len(lower), []
        for i in compress(range(n), map(self.words.__contains__, lower)):
            if taken[i] or not (i + 1 == n or lower[i + 1] in self._ends):
                continue
            j = i
            while j > 0 and j not in recess_ends and i - j < 2 and lower[j - 1] in self._between:
                j -= 1  # "Douglas space: free", "Morison's pouch is clear"
            if j in recess_ends:
                found.append((i, i + 1, self._key))
        return found
