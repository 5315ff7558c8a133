"""Side headings written without a colon, and how long a side heading holds.

Several organ headings in one sentence ("Right kidney: a 14 mm cyst; left ovary: a 32 mm cyst; spleen: normal")
each head the clause after them, up to the next.

A line that says only a side ("Right side", "LEFT", "Left sided") heads the lines after it, as "RIGHT:" does. A side
heading holds across the headings of paired organs under it ("RIGHT:\\nPopliteal fossa: Baker's cyst 5 cm": the
right knee; "LEFT:\\n- submandibular gland: 8 mm stone": the left gland); a heading that names an unpaired organ
("Liver:") or a side of its own ends it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item, Words

# A side word and at most four tokens after it: a word ("side", "sided"), the line break and a list dash or bullet
# the sentence splitter leaves on the line ("Right side\n-").
_BARE_LINE_TOKENS = 5
_BARE_LINE_ROLES = frozenset({None, "sep", "comma", "sep_strong"})


def bare_side_line(words: Words, start: int, end: int, items: list[Item]) -> bool:
    """The sentence at tokens ``[start, end)`` is a side word and a few tokens without a role but a separator ("Right
    side"), with no finding, anatomy or size in it (its end comes from the sentence splitter: a line of its own)."""
    if end - start > _BARE_LINE_TOKENS or words.side[start] is None:
        return False
    if not _BARE_LINE_ROLES.issuperset(words.role[start + 1 : end]):
        return False
    return not any(start <= it.start < end for it in items)


def heading_ends_side(heading: Item, unpaired: Collection[str | None]) -> bool:
    """Whether an organ heading without a side ends the side a side heading set: it names an unpaired organ or part
    (the thyroid isthmus), or no organ, whose findings have no side (``unpaired``: organ and part labels)."""
    return heading.organ is None or heading.organ in unpaired or heading.structure in unpaired


def heading_before(headings: list[Item], start: int) -> Item | None:
    """The last of a sentence's organ ``headings`` (in token order) that ends before token ``start`` (a lesion)."""
    before = None
    for h in headings:
        if h.end > start:
            break
        before = h
    return before
