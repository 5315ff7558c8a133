"""A long list of substring probes, gated by a few short keys: the same answer as testing every probe, with fewer
scans of the text.

``any(p in text for p in probes)`` scans the whole text once per probe, so a gate of 25 foreign names cost 25 scans
on every report although almost no report holds any of them. Every probe contains one of the keys (a substring of
``width`` characters shared by several probes, chosen greedily), so where no key is in the text no probe is either,
and only a text holding a key has its probes tested one by one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from udt.parser.substrings import holds_any


def covering_keys(probes: Iterable[str], width: int = 4) -> tuple[str, ...]:
    """Substrings of ``width`` characters such that each of ``probes`` contains at least one (a probe shorter than
    ``width`` is a key itself): the substring shared by the most probes not yet covered first (ties: the first in
    sorted order, so the keys do not depend on the hash seed)."""
    uncovered = set(probes)
    keys = sorted(p for p in uncovered if len(p) <= width)
    uncovered.difference_update(keys)
    while uncovered:
        grams = Counter(g for p in uncovered for g in {p[i : i + width] for i in range(len(p) - width + 1)})
        key = min(grams, key=lambda g: (-grams[g], g))
        keys.append(key)
        uncovered = {p for p in uncovered if key not in p}
    return tuple(keys)


class SubstringGate:
    """Whether a text contains any of ``probes``, testing the probes only where one of their keys is in it."""

    def __init__(self, probes: Iterable[str], width: int = 4) -> None:
        self.probes = tuple(probes)
        self.width = width
        self._keys: tuple[str, ...] | None = None  # chosen at the first test (about 0.2 ms: not at import)

    @property
    def keys(self) -> tuple[str, ...]:
        if self._keys is None:
            self._keys = covering_keys(self.probes, self.width)
        return self._keys

    def any_in(self, text: str) -> bool:
        keys = self._keys if self._keys is not None else self.keys
        # (plain ``in`` tests, no generator frame per probe: substrings.py)
        return holds_any(text, keys) and holds_any(text, self.probes)
