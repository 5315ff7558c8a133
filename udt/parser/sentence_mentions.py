"""The mentions around a mention within its sentence: what a rule reads to decide what one mention names.

An "echogenic focus" is read against the mentions of its own sentence (senses.py): a stone or a calcification named
there says what the focus is, a shadowing named after it that it shadows. A margin word's wall is the organ named
last before it in its sentence (margins.py), a normal statement's organs those named before it in its clause
(normals.py). Each walk starts at the mention and stops at the bound it is given, so that a long report is read in
linear time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from udt.parser.record import MentionRecord


def mentions_after(spans: Sequence[MentionRecord], k: int, hi: int) -> Iterator[MentionRecord]:
    """The mentions after ``spans[k]``, nearest first, that start before token ``hi`` (its sentence's end)."""
    for j in range(k + 1, len(spans)):
        if spans[j].start >= hi:
            return
        yield spans[j]


def mentions_before(spans: Sequence[MentionRecord], k: int, lo: int) -> Iterator[MentionRecord]:
    """The mentions before ``spans[k]``, nearest first, that start at token ``lo`` (its sentence's start) or later."""
    for j in range(k - 1, -1, -1):
        if spans[j].start < lo:
            return
        yield spans[j]


def sentence_mates(spans: Sequence[MentionRecord], k: int, lo: int, hi: int) -> Iterator[MentionRecord]:
    """The mentions other than ``spans[k]`` that start within tokens ``lo``..``hi`` (its sentence): those after it,
    nearest first, then those before it, nearest first."""
    yield from mentions_after(spans, k, hi)
    yield from mentions_before(spans, k, lo)
