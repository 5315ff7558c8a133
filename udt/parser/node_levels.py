"""A lymph-node heading whose line measures a node by its nodal level: "Lymph nodes: level III right 14 x 6 mm",
"LNs: L level II x2 -> 14 mm & 11 mm". A neck survey lists its abnormal nodes by level, without the word "node"
again, so the heading itself is the measured node (a finding like a lesion), not the organ's structure. Only a
level word ("level", "levels") before the size tells the two apart: "Lymph nodes: 8 mm, normal" keeps the heading a
structure measured, and so does a levelled node called benign after its size ("level II 9 mm, reactive")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from udt.parser import termset as ts

if TYPE_CHECKING:
    from udt.parser.findings import Item

_LEVEL_WORDS = frozenset(get_string_id(w) for w in ("level", "levels"))
_NORMAL_WORDS = frozenset(get_string_id(w) for w in ts.LEVELLED_NODE_NORMAL_WORDS)
_REACH = 8  # tokens from the heading's end to the size ("LNs: L level II x2 -> 14 mm")
_NORMAL_REACH = 8  # tokens after the size in which a word may still call the nodes normal ("largest 8 mm, normal hila")


def levelled_size(items: Sequence[Item], k: int, lower: Sequence[int]) -> Item | None:
    """The size that measures the node of the heading ``items[k]`` by a nodal level written between them, or None
    (no size within reach, something else named first, no level word, or the nodes called normal right after)."""
    heading = items[k]
    nxt = items[k + 1] if k + 1 < len(items) else None
    if nxt is None or nxt.kind != "size" or nxt.start - heading.end > _REACH:
        return None
    if _LEVEL_WORDS.isdisjoint(lower[heading.end : nxt.start]):
        return None
    return None if not _NORMAL_WORDS.isdisjoint(lower[nxt.end : nxt.end + _NORMAL_REACH]) else nxt
