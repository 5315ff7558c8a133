"""A ceiling on a sentence's length, so that parsing time stays linear in the report's length.

The findings pass weighs every size of a sentence against the lesions and organs around it, and the context rules
scope cues within sentences: work that grows with the square of a sentence's length. Real sentences are short (the
longest in the project's 6,900 corpus reports is 160 tokens), but some inputs are one sentence end to end: a
table whose rows open with a bar ("| 3 | R | 12 x 8 mm | cyst |"), which starts no sentence of its own, or a
dictated run of findings joined by commas with no full stop. A 2 MB report of either kind never finished.

A sentence longer than ``MAX_SENTENCE_TOKENS`` is cut into pieces of at most that length, each cut at the
strongest break in the last half of the piece: a line break first (a table's row, a list's line), then a
semicolon, then a comma, and a plain word boundary only where the stretch has none. No corpus sentence comes near
the ceiling, so every report a person writes is parsed exactly as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

MAX_SENTENCE_TOKENS = 320  # twice the longest sentence any corpus report holds


def bounded_starts(
    starts: list[int],
    n_tokens: int,
    text: str,
    idx: Sequence[int],
    lower: Sequence[int],
    semicolons: AbstractSet[int],
    commas: AbstractSet[int],
    limit: int = MAX_SENTENCE_TOKENS,
) -> list[int]:
    """``starts`` (sorted sentence starts, token indices) with a start added inside each sentence longer than
    ``limit`` tokens, so that none is longer; ``idx`` is each token's character offset in ``text`` and ``lower``
    its word id, ``semicolons`` and ``commas`` the ids of those marks. The same list when no sentence is too long
    (a length test per sentence)."""
    if n_tokens <= limit:
        return starts
    ends = [*starts[1:], n_tokens]
    if all(hi - lo <= limit for lo, hi in zip(starts, ends, strict=True)):
        return starts
    added: list[int] = []
    for lo, hi in zip(starts, ends, strict=True):
        cur = lo
        while hi - cur > limit:
            cur = _cut(cur, cur + limit, text, idx, lower, semicolons, commas)
            added.append(cur)
    return sorted({*starts, *added})


def _cut(lo: int, last: int, text: str, idx: Sequence[int], lower: Sequence[int],
         semicolons: AbstractSet[int], commas: AbstractSet[int]) -> int:
    """Where the piece starting at ``lo`` ends (the next piece's first token, at most ``last``): the latest token
    in the piece's last half that opens a line, else the latest after a semicolon, else after a comma, else
    ``last`` itself. One backward pass over the half, at most."""
    semicolon = comma = None
    for j in range(last, (lo + last) // 2, -1):
        if "\n" in text[idx[j - 1] : idx[j]]:
            return j  # (the previous token, or the space after it, holds the line break)
        word = lower[j - 1]
        if semicolon is None and word in semicolons:
            semicolon = j
        elif comma is None and word in commas:
            comma = j
    if semicolon is not None:
        return semicolon
    return comma if comma is not None else last
