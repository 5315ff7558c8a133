"""Side headings written without a colon, and how long a side heading holds.

Several organ headings in one sentence ("Right kidney: a 14 mm cyst; left ovary: a 32 mm cyst; spleen: normal")
each head the clause after them, up to the next.

A line that says only a side ("Right side", "LEFT", "Left sided") heads the lines after it, as "RIGHT:" does. A side
heading holds across the headings of paired organs under it ("RIGHT:\\nPopliteal fossa: Baker's cyst 5 cm": the
right knee; "LEFT:\\n- submandibular gland: 8 mm stone": the left gland); a heading that names an unpaired organ
("Liver:") or a side of its own ends it.

A side heading written under an organ's heading ("Breast:\\n R: cyst 8 mm.\\n L: mass 12 mm.") sides that organ
only: the next heading naming another organ ("Thyroid:", "Central compartment (level VI):" after "Thyroid:\\n LS:
...") is the report's next part, as the organ heading above the side headings was.
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
# Tokens a line naming only an organ may hold after its name: a closing bracket, a colon, the line break ("[Breast]\n").
_LINE_TAIL = 3


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


def organ_line(headings: list[Item], anatomy: list[Item], items: list[Item], span: tuple[int, int]) -> Item | None:
    """The organ a line opening with its heading names ("Thyroid:"), or a line naming only an organ ("[Thyroid]",
    "THYROID"): the ``headings`` and ``anatomy`` of a sentence that opens its line, its ``items`` and token ``span``."""
    if headings and headings[-1].start <= span[0] + 2:
        return headings[-1]
    if len(items) == 1 and len(anatomy) == 1 and anatomy[0].end + _LINE_TAIL >= span[1]:
        return anatomy[0]
    return None


def heading_parent(site: Item | None, head_organ: str | None) -> str | None:
    """The organ of the heading a side heading stands under: that of the last organ heading line, ``head_organ``,
    while the current ``site`` is still its organ (a "RIGHT:" / "LEFT:" part after prose on other organs stands
    under none: its "Adrenal:" is still on its side)."""
    return head_organ if site is not None and site.organ == head_organ else None


def leaves_parent(heading: Item, parent: str | None) -> bool:
    """Whether a line's organ ``heading`` names an organ other than the one the side heading stands under."""
    return parent is not None and heading.organ is not None and heading.organ != parent


def names_other_organ(items: list[Item], parent: str) -> bool:
    """Whether a sentence's lesions are lymph nodes (their own site; a child's nodes roll up to the organ of the
    child's neck, as its thyroid does) or name an organ of their own other than ``parent``."""
    return any(it.kind == "lesion" and (it.site_of_self or it.organ not in (None, parent)) for it in items)


def heading_before(headings: list[Item], start: int) -> Item | None:
    """The last of a sentence's organ ``headings`` (in token order) that ends before token ``start`` (a lesion)."""
    before = None
    for h in headings:
        if h.end > start:
            break
        before = h
    return before
