"""A side heading glossed in a second language: "RECHTS / right:", "SEIN DROIT / RIGHT", "LINKS / left:".

Writers of bilingual forms name a side twice, in their language and in English, joined by a slash; the foreign
side word is read as English already (foreign_sides.py), and a foreign organ word before it ("sein", "Mamma") may be
one the ontology does not know. The same side on both sides of the slash is a side heading whose side is that side;
one word without a role may stand before it (the untranslated organ). Two different sides ("right / left") are no
gloss: that is a pair ("right/left kidney", side_words.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item, Words

_ONE_SIDE = frozenset({"left", "right"})


def glossed_side_end(words: Words, start: int, end: int, items: list[Item]) -> int | None:
    """The token of the second (glossing) side word of a glossed side heading the sentence ``[start, end)`` opens
    with, else None."""
    side, role = words.side, words.role
    for first in (start, start + 1):
        if first + 2 >= end:
            return None
        said = side[first]
        if said in _ONE_SIDE and role[first + 1] == "slash" and side[first + 2] == said:
            if first > start and (
                side[start] is not None or role[start] is not None or any(it.start == start for it in items)
            ):
                return None  # (the word before must be a plain word: no side, separator or item)
            return first + 2
    return None
