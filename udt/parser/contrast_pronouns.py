"""A contrastive pronoun after a lesion that has its own size names a further lesion of that kind, wherever its own
place stands before its size: "a cortical cyst of the lower pole with 3,2 cm and another of the mid third with 1,1
cm"; "a fibroid in the fundus 4.6 cm and another anterior 2.2 cm"; "a cyst at 9 o'clock of 1.2 cm, and another one at
11 o'clock measuring 0.7 cm"; "two nodules - the bigger is 1.4 cm; the other is 5 mm"; "a 8.4 cm collection in the R
lobe. 2nd smaller one L lobe 3.2 cm" (a comparative or an ordinal before "one" contrasts it as "another" does).

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
    modifiers: AbstractSet[int] = frozenset(),
) -> bool:
    """Whether the pronoun at token ``j`` ("another", "other", or "one" right after one of them) stands for a
    lesion other than the measured ``antecedent`` (see module docstring); ``contrast`` holds the contrastive
    words' ids, ``pronouns`` every pronoun's, ``modifiers`` those of the words that make "one" after them contrast
    ("a smaller one", "2nd one")."""
    word = lower[j]
    if word not in contrast and not (j > 0 and (lower[j - 1] in contrast or lower[j - 1] in modifiers)):
        return False
    if word in contrast and j + 1 < len(lower) and lower[j + 1] in pronouns:
        return False  # "another one ...": the lesion is read at "one"
    after = bisect_right(starts, j)
    if after < len(items) and items[after].start == j + 1 and items[after].kind in _NOUN_KINDS:
        return False  # "the other kidney", "another cyst of 8 mm": a determiner of that noun
    between = items[bisect_right(starts, antecedent.start) : bisect_left(starts, j)]
    if any(it.kind == "size" for it in between):
        return True
    # "collection R lobe 8.4 cm with debris - liver abscess. 2nd smaller one ...": the name after a dash or a cue
    # is the measured lesion's; its size stands before it in its sentence.
    k = bisect_left(starts, antecedent.start) - 1
    while k >= 0 and items[k].sent == antecedent.sent:
        if items[k].kind == "size":
            return True
        if items[k].kind == "lesion":
            return False
        k -= 1
    return False
