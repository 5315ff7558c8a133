"""The side of a further lesion of the same organ in one sentence, carried from the lesion before it.

"There is a 3.4 cm node at left level II, with a further 1.5 cm node below it at level III": the second node names
an unsided part of its organ (a level) and no side; the writer still speaks of the left neck. A measured lymph node
is a lesion, not anatomy, so the rule that gives an unsided part the side of its organ's anatomy named earlier in
the sentence finds nothing: the side is the one of the sentence's last lesion of the same organ before it, where no
side word stands between them (else the sentence has turned to a side, and the lesion's own rules decide).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Protocol

    class _Draft(Protocol):
        organ: str | None
        laterality: str | None


_SIDES = ("left", "right")


def same_organ_side(
    before: Sequence[tuple[int, _Draft]], organ: str | None, side: Sequence[str | None], start: int
) -> str | None:
    """The side of the last finding of ``organ`` in ``before`` ((end token of its lesion word, finding), in
    order) where no other side word stands from its lesion's end to token ``start``; else None."""
    if organ is None:
        return None
    for end, f in reversed(before):
        if f.organ == organ:
            said = f.laterality
            if said not in _SIDES or any(s is not None and s != said for s in side[end:start]):
                return None  # (its own side word may follow its lesion word: "a node at left level II")
            return f.laterality
    return None
