"""Several sizes after one lesion word: a list of a group's members, or one lesion's axes.

- "two cysts in the right kidney measuring 12 mm and 25 mm", "three nodules in the left lobe of 5, 7 and 11 mm":
  a list of sizes after a plural lesion goes on past its first size with only separators between, even where the
  sizes after the first are not placed next to the lesion word itself (the organ that places the lesion stands
  between). Each listed size is then a member of its own (``FindingBuilder._enumerate``), as the development gold
  reads "two lesions, 1.1 cm and 8 mm".
- "short axis 8 mm, long axis 22 mm", "width 12 mm, height 8 mm, length 15 mm", "9 mm long, 6 mm wide": sizes
  labelled by an axis word (termset.AXIS_WORDS) are the dimensions of one lesion, all of which count toward its
  largest stated dimension (where only the first size of a lesion is otherwise taken).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import Item, Words


def mark_axis_sizes(items: list[Item], lower: list[int], axis_words: AbstractSet[int],
                    gap_words: AbstractSet[int]) -> None:
    """Flag each size an axis word labels: right before it, across at most one gap word ("width: 12 mm"), or right
    after it ("9 mm long")."""
    n = len(lower)
    for it in items:
        if it.kind != "size":
            continue
        j = it.start - 1
        if j >= 1 and lower[j] in gap_words:
            j -= 1
        it.axis = (j >= 0 and lower[j] in axis_words) or (it.end < n and lower[it.end] in axis_words)


def axis_dimensions(found: list[tuple[int, Item]]) -> list[float] | None:
    """All the values of a lesion's axis-labelled sizes of the first (winning) priority, when there are several and
    the winning size is one of them; else None. ``found`` is sorted, the winning size first."""
    priority, first = found[0]
    if not first.axis:
        return None
    axes = [it for p, it in found if p == priority and it.axis]
    if len(axes) < 2:
        return None
    return [v for it in axes for v in it.sizes]


def continued_list(last: Item, others: list[Item], words: Words) -> list[Item]:
    """The sizes of ``others`` (in token order) that go on the list ending with ``last``, each after the one before
    with only clause separators ("and", ",") between, and maybe one word naming the member right before it."""
    role = words.role
    out: list[Item] = []
    for it in others:
        if it.start < last.end:
            continue
        gap = role[last.end : it.start]
        if gap and gap[-1] is None:
            gap = gap[:-1]  # one word naming the member ("one 8 mm and one 12 mm", "8 mm and another 12 mm")
        if not gap or any(r not in _LIST_JOINS for r in gap):
            break
        out.append(it)
        last = it
    return out


_LIST_JOINS = ("sep", "comma")  # roles of the words between two sizes of one list ("8 mm, 12 mm and 21 mm")
