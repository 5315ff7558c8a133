"""A "normal" said of where an organ lies, not of how it looks: "Thyroid gland: in the normal position, the right lobe
18 x 17 x 48 mm ... parenchyma heterogeneous (thyroiditis)", "Thyroid of normal position. ... a hypoechogenic nodule".

An organ found where it belongs may still be diseased, and the annotators never read its position alone as a normal
organ: only the wordings that go on to another aspect ("normal position and size", "in normal position, size and
echotexture ...") state how it looks, and those keep their normal statement.
"""

from __future__ import annotations

from spacy.strings import get_string_id

from udt.parser import termset as ts

_POSITION_WORDS = frozenset(get_string_id(w) for w in ts.NORMAL_POSITION_WORDS)
# What goes on to a look the same "normal" qualifies: "normal position and size", "normal position, size, echotexture".
_ASPECTS = frozenset(get_string_id(w) for w in (*ts.LISTED_ASPECT_WORDS, *ts.NORMAL_SIZE_ASPECT_WORDS)
                     if w not in ts.NORMAL_POSITION_WORDS)
_REACH = 4  # tokens after the position word: "position and size", "position, with normal size"


def normal_position_only(end: int, lower: list[int]) -> bool:
    """The "normal" ending at token ``end`` qualifies a position word ("in the normal position", "of normal
    location") that no aspect of the organ's look follows within a few words."""
    if end >= len(lower) or lower[end] not in _POSITION_WORDS:
        return False
    return _ASPECTS.isdisjoint(lower[end + 1 : end + 1 + _REACH])
