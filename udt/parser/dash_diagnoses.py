"""A diagnosis after a dash names the lesion its clause described: "collection at 2 o'clock, 4 x 3 cm, thick walls -
abscess"; "echogenic lesion, 2.3 cm - ddx haemangioma vs focal fat"; "12 mm hypoechoic lesion - ?abscess". The
dash, like "likely" or "consistent with", appends the writer's reading of what was just measured: the size stated
before it is the lesion's, and the dash makes no second lesion.

Only a dash standing free between spaces (not the hyphen of "left-sided" or of a range "5-8 mm"), followed within a
few words by the diagnosis with nothing but hedging or refining words between ("- ddx", "- ?", "- probable"), and
only for a diagnosis with no size of its own ("- also a 9 mm haemangioma" is another lesion). Constant work per
pair of lesions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

_CUE_WORDS = 2  # words that may stand between the dash and the diagnosis ("- ddx probable ...")


def spaced_dashes(lower: list[int], idx: list[int], text: str, dash_ids: AbstractSet[int],
                  words: AbstractSet[int]) -> frozenset[int]:
    """The tokens that are a dash standing free, with white space on both sides ("wall - abscess"), by their word
    ids ``lower`` (``words``: the report's distinct ones), character offsets ``idx`` and the report ``text``."""
    if dash_ids.isdisjoint(words):
        return frozenset()
    out = set()
    for dash in dash_ids & words:
        # (list.count and list.index scan in C: most reports hold a dash only as the hyphen of "left-sided")
        i = -1
        for _ in range(lower.count(dash)):
            i = lower.index(dash, i + 1)
            start = idx[i]
            before = text[start - 1] if start > 0 else " "
            after = text[start + 1] if start + 1 < len(text) else " "
            if before.isspace() and after.isspace():
                out.add(i)
    return frozenset(out)


def named_after_dash(dashes: AbstractSet[int], role: list[str | None], prev_end: int, start: int, end: int,
                     size_spans: list[tuple[int, int]]) -> bool:
    """Whether a free dash after the earlier lesion (ending at ``prev_end``) introduces the diagnosis at tokens
    ``[start, end)``: at most ``_CUE_WORDS`` words between, each a refining word or a word of no clause role, and no
    size of the diagnosis's own (``size_spans``: the sentence's sizes) after the dash or right after the diagnosis."""
    for d in range(start - 1, max(prev_end, start - 1 - _CUE_WORDS) - 1, -1):
        if d in dashes:
            return not any(d < lo < start or end <= lo <= end + 2 for lo, _ in size_spans)
        if role[d] is not None and role[d] != "refine":
            return False
    return False
