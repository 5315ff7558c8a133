"""A side heading whose side comes after a word the parser does not know: "Mama dir:", "Axila esq:", "Niere re.:".

Writers of other languages head a side's part with their organ's name and then the side ("Mama dir:" over the right
breast's list items, "Mama esq:" over the left's). The organ's name is no anatomy the ontology knows, so the line is
no site heading, and a side heading had to open with its side word ("RIGHT:", "Left-sided findings:"): the items
under it had no side. A sentence that opens with one unknown word, then a side (its full stop kept: "re.:"), then the
colon is such a heading. Not where the first word is anatomy or a lesion ("Kidney right:", "Cyst left:": their own
rules read those), nor where more words stand before the colon ("Mama dir lateral:").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item, Words

_SIDES = ("left", "right")


def side_after_label(words: Words, start: int, end: int, items: list[Item]) -> str | None:
    """The side of a heading "<unknown word> <side>:" that the sentence ``[start, end)`` opens with, else None."""
    if start + 2 >= end:
        return None
    side, role = words.side, words.role
    said = side[start + 1]
    if said not in _SIDES or side[start] is not None or role[start] is not None:
        return None
    colon = start + 2
    if role[colon] is None and colon + 1 < end and side[colon] is None:
        colon += 1  # (the side abbreviation's split full stop: "Niere re.:")
    if role[colon] != "colon":
        return None
    if any(it.start < colon and it.end > start for it in items):  # (no anatomy, lesion or size before the colon)
        return None
    return said
