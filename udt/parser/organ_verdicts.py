"""Several organs in one sentence, each with its own verdict: "Right kidney normal, left kidney 11.2 cm", "Spleen
normal, liver 16 cm", "Right kidney 10.5 cm with a 5 mm cyst, left kidney normal", "Both ovaries normal, uterus 8 cm
with a 2 cm fibroid".

Without this reading a lesion-free sentence gave one structure finding, the last organ's, with the first organ's
"normal" and the last one's length (the right kidney normal and 112 mm long); and a sentence with a lesion dropped
its other organ's "normal" altogether (the left kidney stated normal had no finding). Two shapes:

- a lesion-free sentence whose verdict stands between two organs: the organs (an organ list read as one subject,
  "liver and spleen normal", stays together) each take the verdict and attributes that follow them, up to the next
  organ;
- a sentence with a lesion: an organ stated normal right after its name ("left kidney normal", "both ovaries are
  normal"), other than the lesions' own organs, is a normal structure of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol, TypeVar


class _Mention(Protocol):
    """What these rules read of a findings item (findings.Item)."""

    kind: str
    start: int
    end: int
    organ: str | None
    laterality: str | None


M = TypeVar("M", bound=_Mention)

COPULA_GAP = ("is", "are", "was", "were", "appears", "appear", "seems", "remains", "remain", "looks", "look", ":", "-")
_MAX_GAP = 3  # ("the left kidney: is normal"; a longer gap is no plain statement of the organ)


def _same_place(a: _Mention, b: _Mention) -> bool:
    """The same organ, on the same side or with a side left unstated ("Liver normal, portal vein patent")."""
    return a.organ == b.organ and (a.laterality == b.laterality or a.laterality is None or b.laterality is None)


def verdict_segments(anatomy: Sequence[M], rest: Sequence[M]) -> list[tuple[list[M], list[M]]] | None:
    """The organ groups of a lesion-free sentence (``anatomy``, in order) and the verdicts, attributes and sizes
    (``rest``, in order) each takes, when a verdict stands before the last organ and everything follows the first
    one; None otherwise (a verdict closing the sentence, or text before the first organ, keeps the older readings).
    Organs named one after another with nothing between are one group ("liver and spleen normal")."""
    if len(anatomy) < 2 or not rest or rest[0].start < anatomy[0].end:
        return None
    last_start = anatomy[-1].start
    if not any(it.kind == "normal" and it.start < last_start for it in rest):
        return None
    groups: list[tuple[list[M], list[M]]] = []
    r = 0
    for a in anatomy:
        owned: list[M] = []
        while r < len(rest) and rest[r].start < a.start:
            owned.append(rest[r])
            r += 1
        if groups and not owned:
            groups[-1][0].append(a)  # (nothing between: one subject)
            continue
        if groups:
            groups[-1][1].extend(owned)
        groups.append(([a], []))
    groups[-1][1].extend(rest[r:])
    if len(groups) < 2 or any(not owned for _, owned in groups):
        return None
    for (before, _), (after, _) in pairwise(groups):
        if _same_place(before[-1], after[0]):
            return None  # one organ's parts: the older reading
    return groups


def normal_right_after(anatomy: Sequence[M], normal: M, lower: Sequence[int], gap_words: frozenset[int]) -> M | None:
    """The organ ``normal`` is stated of, named right before it with only copula words between ("left kidney
    normal", "both ovaries are normal", "Spleen: unremarkable"); None if none."""
    for a in reversed(anatomy):
        if a.end > normal.start:
            continue
        if normal.start - a.end > _MAX_GAP:
            return None
        if all(w in gap_words for w in lower[a.end : normal.start]):
            return a
        return None
    return None
