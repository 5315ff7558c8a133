"""A template key that runs on past the finding it names: "Free fluid in abdominal cavity: none", "Free fluid in the
pelvis: not seen", "FREE FLUID / LIQUIDE LIBRE: none" (a bilingual form's gloss after a slash).

The context component reads a template line's value ("none", "not found", "N") back to its key only where the colon
follows the finding's own words ("Free fluid: none"); translated and bilingual forms write the key as a phrase, the
place the finding was looked for or its second language, and the value denies the finding all the same. Such a key
opens its line with the finding and reaches its colon within a few plain words (no clause mark, no number): a
sentence that goes on ("free fluid in the pelvis, 12 mm: ...") is no key.
"""

from __future__ import annotations

from collections.abc import Collection

KEY_REACH = 5  # words from the finding's end to its key's colon ("in the pouch of Douglas", "/ LIQUIDE LIBRE")


def long_key_colon(lower: list[int], start: int, end: int, colon: int, line_starts: Collection[int],
                   stops: Collection[int]) -> int | None:
    """The colon ending a template key that the mention ``[start, end)`` opens and that runs on past it by a few
    plain words; None where the colon follows the mention itself, or the mention opens no such key. ``line_starts``:
    the words a key may follow (line breaks, bullets, a heading's colon); ``stops``: marks that end a key's words."""
    n = len(lower)
    if end >= n or lower[end] == colon or (start > 0 and lower[start - 1] not in line_starts):
        return None
    for j in range(end, min(n, end + KEY_REACH + 1)):
        w = lower[j]
        if w == colon:
            return j
        if w in stops:
            return None
    return None
