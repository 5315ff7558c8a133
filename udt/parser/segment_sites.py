"""A lesion placed by a numbered liver segment ("a 4 cm collection in segment 8", "Segment 5: 16 mm hypoechoic area",
"a 15 mm cyst lies in S7") is in the liver, the organ that holds the numbered segments (organ_parts.py), even where
the report named another organ in the sentences before or names the liver nowhere: the segment is the word that
says where the lesion lies. A site carried over from earlier sentences does not place it, nor does its side.

The segment must stand in the lesion's clause (between the semicolons or sentence ends around it) with no other
anatomy or lesion between the two ("a 2 cm cyst in the right kidney and a haemangioma in segment 6": only the
haemangioma). A lesion whose diagnosis implies an organ other than the liver keeps it.

One pass over the items of a report with a segment word (organ_parts.OrganPartWords.named_at gates it), a bisection
per lesion.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from udt.parser.sentences import sentence_end

if TYPE_CHECKING:
    from udt.parser.findings import Item


def place_in_segments(items: list[Item], segments: list[int], role: list[str | None], sent_starts: list[int],
                      liver: tuple[str, str | None]) -> None:
    """Put in the liver (``liver``: its released organ and body system) each lesion of no organ or of the liver's
    whose clause names a numbered segment (``segments``: their tokens, in order) with nothing placed between; mark it
    ``own_site`` and ``unsided`` (a segment has no side). ``items`` is in token order; ``role`` is ``Words.role``."""
    if not segments:
        return
    organ, system = liver
    n = len(role)
    for k, it in enumerate(items):
        if it.kind != "lesion" or it.merged or it.organ not in (None, organ):
            continue
        lo = sent_starts[it.sent]
        hi = sentence_end(sent_starts, it.sent, n)
        seg = role[lo : it.start]
        if "sep_strong" in seg:
            lo += len(seg) - seg[::-1].index("sep_strong")
        after = role[it.end : hi]
        if "sep_strong" in after:
            hi = it.end + after.index("sep_strong")
        # The nearest segment word before the lesion and after it, inside the clause.
        at = bisect_left(segments, it.start)
        # (a lesion's own words hold no segment; a one-word item at a segment word is a listed line that the segment
        # opens, "Lesions:" over "1. segment 4a: 38 mm": lesion_lists.py)
        near = [t for t in (segments[at - 1] if at else -1, segments[at] if at < len(segments) else n)
                if lo <= t < hi and not (it.start <= t < it.end and it.end - it.start > 1)]
        if any(_nothing_between(items, k, t) for t in near):
            it.organ, it.system, it.own_site, it.unsided = organ, system, True, True


def _nothing_between(items: list[Item], k: int, token: int) -> bool:
    """No other anatomy or lesion item starts between ``items[k]`` and ``token`` (items are in token order)."""
    if token < items[k].start:
        for j in range(k - 1, -1, -1):
            other = items[j]
            if other.start <= token:
                return True
            if other.kind in _PLACING and not other.merged:
                return False
        return True
    for j in range(k + 1, len(items)):
        other = items[j]
        if other.start >= token:
            return True
        if other.kind in _PLACING and not other.merged:
            return False
    return True


_PLACING = ("anatomy", "lesion")  # items that would place, or be placed by, the segment instead
