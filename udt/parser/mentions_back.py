"""The mentions before a mention within its clause, nearest first: what a one-word name's reading looks back at.

Two rules read the nearest mention before a word to decide its sense ("Leber: normal groß (MCL 14 cm)": the liver's
mid-clavicular line, senses.py; "ascites in the right lower quadrant": where the fluid lies, landmarks.py). Both stop
where the look-back leaves the clause: past a reach in tokens, or across a stop word (a full stop, a line break).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet

from udt.parser.record import MentionRecord


def mentions_back(spans: Sequence[MentionRecord], k: int, lower: Sequence[int], reach: int,
                  stops: AbstractSet[int]) -> Iterator[MentionRecord]:
    """The mentions before ``spans[k]``, nearest first, while each ends at most ``reach`` tokens before it and no
    word of ``stops`` stands between them."""
    start = spans[k].start
    for j in range(k - 1, -1, -1):
        prev = spans[j]
        if start - prev.end > reach or not stops.isdisjoint(lower[prev.end : start]):
            return
        yield prev
