"""Which trigger-word groups a report's words touch: worked out once per report, so that each rule's gate is one probe.

Many rules start with a gate on the report's distinct words (``TokenColumns.words``): "is any of my trigger words
here?". Written as ``triggers.isdisjoint(cols.words)``, each gate probes min(len(triggers), len(words)) words: a
short report of about 30 distinct words paid about 30 probes for every gate whose trigger set is larger, some 1,100
probes per report over about 80 gates (callgrind: about 3% of the parse). Here each gate's trigger set is
registered once, at construction, as a group; per report the words are looked up once in the map from trigger word
to the groups that hold it, and the groups hit are kept (``TokenColumns.touched``). A gate then asks
``group in cols.touched``: the same answer as ``not triggers.isdisjoint(cols.words)``, for one probe of a set of a
few small ints (measured with callgrind on the benchmark mix: 1.9% fewer instructions per report, as on short
reports).

The registry is one per process, not one per parser: word ids are the string store's hashes of the words, the
same in every vocabulary, so two parsers that register the same set share its group. Each module keeps its own
trigger words where they are and hands the registry the set while it is built: a group registered while reports
are parsed would be missing from the groups of a report whose columns were already read. Columns copied with other
words (sites.py reads foreign side words as English ones on a copy) need their own ``touched``.
"""

from __future__ import annotations

from collections.abc import Iterable

_NONE: frozenset[int] = frozenset()


class TriggerGroups:
    """Trigger-word sets registered as numbered groups, and per report the groups its words touch."""

    __slots__ = ("_groups_of", "_ids", "_words")

    def __init__(self) -> None:
        self._ids: dict[frozenset[int], int] = {}  # a trigger set -> its group (equal sets share one)
        self._groups_of: dict[int, frozenset[int]] = {}  # a trigger word -> the groups that hold it
        self._words: frozenset[int] = _NONE  # every registered trigger word

    def group(self, triggers: Iterable[int]) -> int:
        """The group of the word ids ``triggers`` (registered on first sight): a report touches it when its words
        hold any of them."""
        key = frozenset(triggers)
        found = self._ids.get(key)
        if found is not None:
            return found
        number = self._ids[key] = len(self._ids)
        own = frozenset((number,))
        groups_of = self._groups_of
        self._words = self._words | key
        for word in key:
            groups_of[word] = groups_of.get(word, _NONE) | own
        return number

    def touched(self, words: frozenset[int]) -> frozenset[int]:
        """The groups that hold any of ``words`` (a report's distinct LOWER ids): one lookup per word, the groups'
        sets joined in C."""
        # (frozenset & frozenset probes the smaller with the hashes it stores: a probe per report word)
        return _NONE.union(*map(self._groups_of.__getitem__, words & self._words))


#: The process's registry (see the module's doc): rules register their trigger sets while they are built.
TRIGGER_GROUPS = TriggerGroups()
