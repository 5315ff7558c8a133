"""Side headings with a bracketed aside before their colon.

"Right lobe (remaining): 4.7 cm. Two nodules: ...", "Left (operated side): level III node 14 mm" and "Right side
(transplant): 11 cm. A 9 mm cyst." head the lines after them as "Right lobe:" does: the aside qualifies the part
(what is left of it, a graft, an operated side) and does not stop the line being a side heading, whose side then
holds over the sentences after it (an earlier "Left thyroid bed:" line no longer does).
"""

from __future__ import annotations

from collections.abc import Sequence

# Tokens an aside may hold inside its brackets ("( remaining )", "( post lumpectomy )", "( native , atrophic )").
_ASIDE_WORDS = 4


def colon_after_aside_roles(role: Sequence[str | None], j: int, end: int) -> int | None:
    """The colon's token when ``role[j]`` opens a bracket that a few plain words (no role; the closing bracket has
    none either) fill and a colon follows ("Right lobe ( remaining ) :"); None otherwise (``end``: the sentence's
    end)."""
    if role[j] != "open":
        return None
    for k in range(j + 1, min(end, j + 3 + _ASIDE_WORDS)):
        if role[k] == "colon":
            # (a word at least; the tokenizer may join the closing bracket to the colon: "remaining ):")
            return k if k > j + 1 else None
        if role[k] is not None:
            return None
    return None
