"""A list of sizes after a plural lesion word: "two cysts in the right kidney measuring 12 mm and 25 mm", "three
nodules in the left lobe of 5, 7 and 11 mm", "two cysts in the left kidney, one 8 mm and one 12 mm".

The list goes on past its first size with only separators between (and maybe one word naming the member), even
where the sizes after the first are not placed next to the lesion word itself (the organ that places the lesion
stands between). Each listed size is then a member of its own (``FindingBuilder._enumerate``), as the development
gold reads "two lesions, 1.1 cm and 8 mm". (A lesion measured on named axes is axis_sizes.py.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item, Words


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
