"""A contrastive pronoun after a lesion that has its own size names a further lesion of that kind, wherever its own
place stands before its size: "a cortical cyst of the lower pole with 3,2 cm and another of the mid third with 1,1
cm"; "a fibroid in the fundus 4.6 cm and another anterior 2.2 cm"; "a cyst at 9 o'clock of 1.2 cm, and another one at
11 o'clock measuring 0.7 cm"; "two nodules - the bigger is 1.4 cm; the other is 5 mm".

"another" and "other" contrast with a lesion just measured, so the words after them up to the next size describe
the second lesion (its place, its verb), as a group member's words do (``pronoun_lesions``), even when the lesion
before was named alone. Read so only when a size stands between the lesion and the pronoun (the first lesion is
done) and the pronoun qualifies no noun ("the other kidney", "another cyst": anatomy or a lesion word right after
it); "another one" is read at "one".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import Item

_NOUN_KINDS = ("anatomy", "lesion", "normal")  # what a pronoun word qualifies when one starts right after it


def is_contrastive(
    items: list[Item],
    starts: list[int],
    lower: list[int],
    j: int,
    antecedent: Item,
    contrast: AbstractSet[int],
    pronouns: AbstractSet[int],
) -> bool:
    """Whether the pronoun at token ``j`` ("another", "other", or "one" right after one of them) stands for a
    lesion other than the measured ``antecedent`` (see module docstring); ``contrast`` holds the contrastive
    words' ids, ``pronouns`` every pronoun's."""
    word = lower[j]
    if word not in contrast and not (j > 0 and lower[j - 1] in contrast):
        return False
    if word in contrast and j + 1 < len(lower) and lower[j + 1] in pronouns:
        return False  # "another one ...": the lesion is read at "one"
    after = bisect_right(starts, j)
    if after < len(items) and items[after].start == j + 1 and items[after].kind in _NOUN_KINDS:
        return False  # "the other kidney", "another cyst of 8 mm": a determiner of that noun
    between = items[bisect_right(starts, antecedent.start) : bisect_left(starts, j)]
    return any(it.kind == "size" for it in between)
