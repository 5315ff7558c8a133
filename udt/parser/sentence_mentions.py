"""The other mentions of a mention's sentence: what a rule reads to decide what one mention names.

An "echogenic focus" is read against the mentions of its own sentence (senses.py): a stone or a calcification named
there says what the focus is, a shadowing named after it that it shadows. Each rule walks the mentions from the focus
outwards and stops at the sentence's bounds, so that a long report is read in linear time.
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


def sentence_mates(spans: Sequence[MentionRecord], k: int, lo: int, hi: int) -> Iterator[MentionRecord]:
    """The mentions other than ``spans[k]`` that start within tokens ``lo``..``hi`` (its sentence): those after it,
    nearest first, then those before it, nearest first."""
    yield from mentions_after(spans, k, hi)
    for j in range(k - 1, -1, -1):
        if spans[j].start < lo:
            return
        yield spans[j]
