"""A node region that opens a row of a node table measures a node: "L axilla | 14 mm | 22 mm", "| R axilla | 19 x 10
| 18 x 10 |", "axilla;L;14 mm;31 mm;abnormal". A nodal survey lists its target nodes by station, the neck's by level
(level_rows.py) and the others by the region that holds them, without the word "node" again; the row's sizes are the
node's. Read as the region itself measured, the row gave a structure (no lesion), and its first cell's size (often a
baseline column) was the organ's.

Only a row of a report that names a lymph node elsewhere (a node survey: "nodal survey", "Target nodes", a level row)
is read, and only a row that is a table's or a list's: the region, with nothing but a side before it on its line,
then a cell separator ("|", ";", ",") and a size as the next item of its line. A row that names its own lesion or
node ("axilla,L,node,2.1") is that lesion's, and a node called benign after its size ("axilla;R;6 mm;16 mm;normal")
is listed, not a finding (as level_rows.py reads a level's node).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from operator import attrgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

_CELL_SEPARATORS = frozenset("|;,")
_SUBJECTS = frozenset(("lesion", "normal", "anatomy"))
_NODE = attrgetter("node")  # (any over map: the loop over the items runs in C)


def add_region_rows(
    items: list[Item],
    regions: AbstractSet[str],
    side: Sequence[str | None],
    lower: Sequence[int],
    text: str,
    idx: Sequence[int],
    normal_words: AbstractSet[int],
) -> None:
    """Make, in place, each anatomy item of a node region (``regions``: Axilla, ...) that opens a row of a node
    table a node lesion of that region (see the module docstring). ``items`` is in token order and stays so."""
    if not any(map(_NODE, items)):
        return  # no node named: not a node survey
    starts = [it.start for it in items]
    for k, it in enumerate(items):
        if it.kind != "anatomy" or it.organ not in regions or it.node:
            continue
        pos, end = idx[it.start], idx[it.end] if it.end < len(idx) else len(text)
        line = text.rfind("\n", 0, pos) + 1
        first = bisect_left(starts, bisect_left(idx, line))
        if first < k:
            continue  # something named before the region on its line: the row is not the region's
        # Before it: bars, spaces and side words only ("| L axilla |", "R axilla |").
        line_tokens = range(bisect_left(idx, line), it.start)
        if any(side[j] is None and text[idx[j]] not in "|." for j in line_tokens):
            continue
        rest = text[end:].lstrip(" \t")
        if not rest or rest[0] not in _CELL_SEPARATORS:
            continue
        eol = text.find("\n", end)
        eol = len(text) if eol < 0 else eol
        if sum(text.count(c, line, eol) for c in _CELL_SEPARATORS) < 2:
            continue  # one separator: a list's comma, no row of cells
        nxt = items[k + 1] if k + 1 < len(items) else None
        if nxt is None or nxt.kind != "size" or idx[nxt.start] >= eol:
            continue
        last = bisect_left(idx, eol)
        if any(o.kind in _SUBJECTS for o in items[k + 1 : bisect_left(starts, last)]):
            continue  # the row names its own lesion or node ("axilla,L,node,2.1")
        if not normal_words.isdisjoint(lower[nxt.end : last]):
            continue  # "axilla;R;6 mm;16 mm;normal": a node listed as benign
        if it.laterality is None:
            sides = {s for s in side[bisect_left(idx, line) : nxt.start] if s is not None}
            if len(sides) == 1:
                it.laterality = sides.pop()
        it.kind, it.value = "lesion", None
        it.node = it.site_of_self = it.own_site = True
