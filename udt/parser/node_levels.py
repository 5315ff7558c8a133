"""A lymph-node heading whose line measures a node by its nodal level: "Lymph nodes: level III right 14 x 6 mm",
"LNs: L level II x2 -> 14 mm & 11 mm". A neck survey lists its abnormal nodes by level, without the word "node"
again, so the heading itself is the measured node (a finding like a lesion), not the organ's structure. Only a
level before the size tells the two apart: "Lymph nodes: 8 mm, normal" keeps the heading a structure measured, and
so does a levelled node called benign after its size ("level II 9 mm, reactive"). The level is a level word
("level", "levels") or a bare level, a side word then a Roman level numeral ("Nodes: R III: 9 mm short axis",
"LNs: Lt IV 12 mm"): terse notes drop the word "level" and keep its numeral, which after a side word under a node
heading numbers nothing else."""

from __future__ import annotations

from collections.abc import Sequence, Set
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from udt.parser import termset as ts

if TYPE_CHECKING:
    from udt.parser.findings import Item

_LEVEL_WORDS = frozenset(get_string_id(w) for w in ("level", "levels"))
_NORMAL_WORDS = frozenset(get_string_id(w) for w in ts.LEVELLED_NODE_NORMAL_WORDS)
_REACH = 8  # tokens from the heading's end to the size ("LNs: L level II x2 -> 14 mm")
_NORMAL_REACH = 8  # tokens after the size in which a word may still call the nodes normal ("largest 8 mm, normal hila")


def levelled_size(
    items: Sequence[Item],
    k: int,
    lower: Sequence[int],
    side: Sequence[str | None] = (),
    roman: Set[int] = frozenset(),
) -> Item | None:
    """The size that measures the node of the heading ``items[k]`` by a nodal level written between them, or None
    (no size within reach, something else named first, no level, or the nodes called normal right after).
    ``side``: each token's side word (``Words.side``); ``roman``: the ids of the Roman level numerals, which after
    a side word make a bare level."""
    heading = items[k]
    nxt = items[k + 1] if k + 1 < len(items) else None
    if nxt is None or nxt.kind != "size" or nxt.start - heading.end > _REACH:
        return None
    gap = range(heading.end, nxt.start)
    if _LEVEL_WORDS.isdisjoint(lower[heading.end : nxt.start]) and not any(
        lower[t] in roman and t > 0 and side[t - 1] is not None for t in gap if t < len(side)
    ):
        return None
    return None if not _NORMAL_WORDS.isdisjoint(lower[nxt.end : nxt.end + _NORMAL_REACH]) else nxt
