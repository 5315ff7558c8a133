"""A node measured by its nodal level alone ("R level III: 8 mm short axis", "Level II l. dex. 24 x 11 mm",
"level II;L;11 mm;24 mm", "| R neck level IV | 16 x 9 |") is a lymph node, a finding like a lesion: a neck survey
lists its abnormal nodes by level, without the word "node" again. Without this the size went to the organ the
heading or the report's last sentence named (the thyroid, the "Nodes:" heading measured), or to nothing.

A level word followed by a level number (level_nodes.LEVEL_NUMBERS) gets a node lesion when the first item after it
is a size, within ``_REACH`` tokens on its line, and its sentence names nothing before it (no lesion, normal finding
or anatomy: "Lymph nodes: level III 14 mm" is the heading's node, node_levels.py; "adenopathy at level II, 12 mm"
is the adenopathy, level_nodes.py). A semicolon ends a row as a sentence does: "Lymph nodes: right level II 11 mm,
oval; left level IV 16 mm, round" lists a second node after the first one's clause, which names the heading. A
node called benign right after its size ("level II 9 mm, fatty hilum, normal") is listed, not a finding. The
node's organ is the cervical nodes' (the levels number the neck's stations), its side its own words'. A level
counted by a multiplication sign ("L level II x2 -> 9 and 11 mm") holds that many nodes, which its list of sizes
splits as it splits any counted group's (multiplied_counts.py).

In a list that holds abnormal nodes, a row whose words after its size call its node benign ("| Ib | R | 6 mm | oval,
hilum present |") is that benign node, a structure (_benign_rows); a row with no size whose nodes are matted is an
unmeasured node lesion (matted_rows.py); a side cell before the level is the node's ("| li. | V | 17 mm |").

Two levels or more listed after the colon of the nodes their sentence names ("Multiple enlarged cervical lymph nodes
bilaterally: right level II 22 x 12 mm, right level III 15 x 9 mm, left level II 19 x 10 mm") are rows too, though
the nodes' word stands before them: it announces the list, and had taken the first level's size alone, so that the
other nodes and their sides were lost (_listed_under_nodes).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from itertools import compress
from typing import TYPE_CHECKING

from udt.parser.findings import new_item
from udt.parser.matted_rows import matted_row
from udt.parser.multiplied_counts import TIMES_SIGNS, count_after_word
from udt.parser.normal_nodes import described_benign_words
from udt.parser.sided_largest_levels import group_of_row, sided_largest_row

if TYPE_CHECKING:
    from udt.parser.findings import Item

_REACH = 7  # tokens from the level number to the size: a side and a separator ("level II;L;11 mm", "II l. dex. 24")
_NORMAL_REACH = 8  # tokens after the size where a word may still call the node normal ("5 mm, hilum present - benign")
_SUBJECTS = frozenset(("lesion", "normal", "anatomy"))


def bare_levels(
    items: Sequence[Item],
    lower: Sequence[int],
    side: Sequence[str | None],
    roman: AbstractSet[int],
    cell_breaks: AbstractSet[int] = frozenset(),
    stations: AbstractSet[int] = frozenset(),
) -> list[tuple[int, int]]:
    """Token spans of each bare level, a side word then a Roman level number ("Rt III", "L IV"), that stands where
    the last subject named before it is a lymph node ("LN evaluation ... Lateral: Rt III 7 mm, Rt IV 9 mm"). In a
    table whose level column comes before its side column ("| III | L | 16 x 9 |", "IV | R | 5 mm"), a Roman level
    number then a cell break (``cell_breaks``: "|") and a side word is one too: its span is the number alone, so the
    side after it stays the node's own (add_level_rows). A side word then a neck station's word (``stations``:
    "Rt paratracheal 5 mm" beside "Rt III 7 mm") is one as well."""
    out: list[tuple[int, int]] = []
    last: Item | None = None
    k = 0
    n = len(lower)
    # (the Roman numbers found by a C-level probe of each token: Python runs only at one, and a liver's "segment
    # VII" in a report with a side word would otherwise walk every token)
    found: Iterator[int] = compress(range(n), map(roman.__contains__, lower))
    if stations:
        found = iter(sorted((*found, *compress(range(n), map(stations.__contains__, lower)))))
    for t in found:
        if t > 0 and side[t - 1] is not None:
            span = (t - 1, t + 1)
        elif lower[t] in stations:
            continue  # (a station only after its side word: "the paratracheal region", "supraclavicular fossa")
        elif t + 2 < n and lower[t + 1] in cell_breaks and side[t + 2] is not None:
            span = (t, t + 1)  # "| III | L | 16 x 9 |": the level's cell, then the side's
        else:
            continue
        while k < len(items) and items[k].start < t - 1:
            if items[k].kind in _SUBJECTS:
                last = items[k]
            k += 1
        if last is not None and last.node:
            out.append(span)
    return out


def add_level_rows(
    items: list[Item],
    at: Sequence[tuple[int, int]],
    lower: Sequence[int],
    side: Sequence[str | None],
    role: Sequence[str | None],
    sent_starts: Sequence[int],
    text: str,
    idx: Sequence[int],
    normal_words: AbstractSet[int],
    organ: tuple[str, str | None],
    other_stations: AbstractSet[str | None] = frozenset(),
) -> None:
    """Insert, in place, a node lesion filed under ``organ`` (organ, body system) at each level of ``at`` (token
    spans) that measures a node on its own (see the module docstring); ``other_stations``: the organs whose own
    levels number other nodes (the axilla). ``items`` is in token order and kept so."""
    starts = [it.start for it in items]
    added: list[Item] = []
    firsts = [_row_first(t, starts, sent_starts, text, idx) for t, _ in at]
    measured = [_row_size(t, end, items, starts, lower, sent_starts, text, idx, normal_words) for t, end in at]
    benign = _benign_rows(measured, text, idx)
    joined: set[int] = set()  # (ids of the groups whose sided largest nodes report them)
    picked: tuple[Item, int] | None = None  # the last sided row's group, and the index of the item after its size
    listed = _listed_under_nodes(items, at, firsts, measured, starts, role)
    for n, ((t, end), first, in_list) in enumerate(zip(at, firsts, listed, strict=True)):
        k = bisect_left(starts, t)
        sided = sided_largest_row(t, role, side)
        group = group_of_row(items, starts, t, side, sent_starts) if sided else None
        if sided and group is None and picked is not None and picked[1] <= k \
                and all(it.kind not in _SUBJECTS and it.kind != "size" for it in items[picked[1] : k]):
            group = picked[0]  # ("...; largest L level IV 2.1 cm": the same group's other side, after the first's size)
        if not in_list and any(it.kind in _SUBJECTS and not _group_clause(it, group) for it in items[first:k]):
            continue
        # (by index: a copy of the items before the row, per row, made a long report quadratic)
        last = next((items[j] for j in range(first - 1, -1, -1) if items[j].kind in _SUBJECTS), None)
        if last is not None and (
            (last.heading and last.organ in other_stations) or (last.kind == "lesion" and last.plural and not sided)
        ):
            # "Left axilla: two enlarged nodes. The first lies at level I, 14 mm": the axilla's own levels, and the
            # members of a group named before (group_members.py), not neck nodes of their own
            continue
        nxt = measured[n]
        if nxt is None:
            if matted_row(text, idx[end - 1]):
                sent = bisect_right(sent_starts, t) - 1
                added.append(_matted_node(t, end, max(sent, 0), side, text, idx, organ))
            continue
        if "largest" in role[max(0, t - 2) : t] and not sided:
            continue  # "nodes. Largest level III 3.2 cm": the group's largest, not a node of its own
        # ("Largest R level III 3.2 cm; largest L level IV 2.1 cm": each side's largest, sided_largest_levels.py)
        j = k + 1
        while j < len(items) and items[j].kind == "attribute" and items[j].sent == nxt.sent:
            j += 1
        after = items[j] if j < len(items) else None
        if (
            after is not None
            and after.kind in _SUBJECTS
            and after.sent == nxt.sent
            and all(r is None for r in role[nxt.end : after.start])
            and after.start - nxt.end <= _REACH
        ):
            continue  # "level III: 14 x 9 mm node", "at left level III a 17 mm cystic node": the row names its node
        node = new_item("lesion", t, end, nxt.sent, -1, "Diagnosis", None, None)
        node.organ, node.system = organ
        node.own_site = node.site_of_self = node.node = True
        # A benign row beside abnormal ones is made still, as a structure (findings.py): left out, its size, owned
        # by nothing, went to the next row's node.
        node.benign = benign[n]
        if not TIMES_SIGNS.isdisjoint(text[idx[end - 1] : idx[nxt.start]]) and (
            count := count_after_word(text, idx[end - 1])
        ) > 1:
            node.plural, node.count = True, count  # "L level II x2 -> 9 and 11 mm": two nodes, one size each
        # A side written between the level and its size is the node's, even past a cell's ";" ("level II;L;11 mm"),
        # which ends the clause the side rules read.
        sides = {s for s in side[end : nxt.start] if s is not None} or _side_cells_before(t, side, text, idx)
        if len(sides) == 1:
            node.laterality = sides.pop()
        if group is not None and nxt is not None:
            picked = (group, bisect_left(starts, nxt.end))
        if group is not None and group.kind == "lesion":
            if node.value is None:  # (each side's largest is of the group's kind: "lymphadenopathy")
                node.value, node.concept = group.value, group.concept
            if id(group) not in joined:
                # the group on both sides is reported by its sided largest nodes: its mention joins the first
                joined.add(id(group))
                node.extra.extend((group.index, *group.extra))
        added.append(node)
    if joined:
        items[:] = [it for it in items if id(it) not in joined]
    if added:
        items.extend(added)
        items.sort(key=lambda it: (it.start, it.end))


def _group_clause(it: Item, group: Item | None) -> bool:
    """Whether ``it``, named in a sided "largest" row's clause before its level, is the group that row picks from,
    or a place of it ("Multiple enlarged bilateral cervical nodes, largest R level III 14 mm")."""
    return group is not None and (it is group or it.kind == "anatomy")


def _side_cells_before(t: int, side: Sequence[str | None], text: str, idx: Sequence[int]) -> set[str]:
    """The sides written in the cells of a table row before its level at token ``t`` ("| li. | V | 17 mm |"): the
    node's, though an abbreviation's full stop ("li.", "re.") may have ended the sentence, and with it the clause
    the side rules read, before the level. Empty outside a "|" row."""
    line_start = text.rfind("\n", 0, idx[t]) + 1
    if "|" not in text[line_start : idx[t]]:
        return set()
    return {s for s in side[bisect_left(idx, line_start) : t] if s is not None}


def _matted_node(t: int, end: int, sent: int, side: Sequence[str | None], text: str, idx: Sequence[int],
                 organ: tuple[str, str | None]) -> Item:
    """The unmeasured node lesion of the matted row at level tokens ``t``-``end`` (matted_rows.py), on the one side
    its row states."""
    node = new_item("lesion", t, end, sent, -1, "Diagnosis", None, None)
    node.organ, node.system = organ
    node.own_site = node.site_of_self = node.node = True
    line_start = text.rfind("\n", 0, idx[t]) + 1
    sides = {s for s in side[bisect_left(idx, line_start) : bisect_left(idx, _line_end(text, idx[t]))] if s}
    if len(sides) == 1:
        node.laterality = sides.pop()
    return node


def _row_first(t: int, starts: Sequence[int], sent_starts: Sequence[int], text: str, idx: Sequence[int]) -> int:
    """The index in the items (``starts``: their start tokens) of the first item of the row at level token ``t``."""
    # The row: its line, or its sentence where a line holds several ("... - reactive. Level II l. dex. 24 mm").
    sent = bisect_right(sent_starts, t) - 1
    line_start = text.rfind("\n", 0, idx[t]) + 1
    line = bisect_left(idx, line_start)
    # (the clause after a semicolon of its line: a row of a semicolon list; the search stops at the line's start)
    clause = bisect_left(idx, text.rfind(";", line_start, idx[t]) + 1)
    return bisect_left(starts, max(line, clause, sent_starts[sent] if sent >= 0 else 0))


def _row_size(
    t: int,
    end: int,
    items: Sequence[Item],
    starts: Sequence[int],
    lower: Sequence[int],
    sent_starts: Sequence[int],
    text: str,
    idx: Sequence[int],
    normal_words: AbstractSet[int],
) -> Item | None:
    """The size that measures the level at tokens ``t``-``end``: the next item, on its line within ``_REACH``
    tokens; None where there is none or words right after it call the node normal."""
    k = bisect_left(starts, t)
    nxt = items[k] if k < len(items) else None
    if nxt is None or nxt.kind != "size" or nxt.start - end > _REACH or "\n" in text[idx[t] : idx[nxt.start]]:
        return None
    # (the words calling it normal stand in its own sentence and line: "R level IV 7 mm, similar. Left neck
    # nodes normal" calls the left nodes normal, not this one)
    stop = nxt.end + _NORMAL_REACH
    if (s := bisect_right(sent_starts, nxt.start)) < len(sent_starts):
        stop = min(stop, sent_starts[s])
    if (nl := text.find("\n", idx[nxt.end - 1])) >= 0:
        stop = min(stop, bisect_left(idx, nl))
    return nxt if normal_words.isdisjoint(lower[nxt.end : stop]) else None


def _benign_rows(measured: Sequence[Item | None], text: str, idx: Sequence[int]) -> list[bool]:
    """Per row of ``measured`` (its size, or None), whether the words after its size call the node benign and name
    no abnormal sign of it ("| Ib | R | 6 mm | oval, hilum present |", normal_nodes.described_benign_words), where
    another measured row does not: that node is the normal one the abnormal nodes are set against, a structure, no
    lesion (the corpus guideline's findings are abnormal nodes). A list of benign nodes alone keeps them all."""
    benign = [
        size is not None and described_benign_words(text[idx[size.end - 1] : _line_end(text, idx[size.end - 1])])
        for size in measured
    ]
    if all(b or size is None for b, size in zip(benign, measured, strict=True)):
        return [False] * len(benign)
    return benign


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _listed_under_nodes(
    items: Sequence[Item],
    at: Sequence[tuple[int, int]],
    firsts: Sequence[int],
    measured: Sequence[Item | None],
    starts: Sequence[int],
    role: Sequence[str | None],
) -> list[bool]:
    """Per level of ``at``, whether it is one of two or more levels listed after the colon of the nodes its row
    names first: "Multiple enlarged cervical lymph nodes bilaterally: right level II 22 x 12 mm, right level III 15
    x 9 mm, left level II 19 x 10 mm". Each level there measures a node of its own, as a level row does; the nodes'
    word before the colon announces them, and took the first level's size alone. One level after the colon is the
    nodes' word measured ("Lymph nodes: level III 14 mm": node_levels.py), and nothing else may stand named between
    the nodes and the level (a nodule, a normal finding). Only levels that ``measured`` gives a size count: beside
    one abnormal level, one called normal leaves the nodes' word measured by the abnormal one, as before."""
    under: list[int | None] = []
    for (t, _), first, size in zip(at, firsts, measured, strict=True):
        if size is None:
            under.append(None)  # (a level called normal or not measured: no node of the list)
            continue
        named = [j for j in range(first, bisect_left(starts, t)) if items[j].kind in _SUBJECTS]
        # (the nodes' region may be named before them: "neck scan: multiple enlarged cervical lymph nodes: ...")
        group = named[-1] if named and all(items[j].kind == "anatomy" for j in named) else None
        if group is not None and not (items[group].node and "colon" in role[items[group].end : t]):
            group = None
        under.append(group)
    listed = Counter(under)
    return [g is not None and listed[g] > 1 for g in under]


def add_side_cells(
    items: list[Item],
    cells: Sequence[tuple[int, int, int, str]],
    idx: Sequence[int],
    organ: tuple[str, str | None],
) -> None:
    """Insert, in place, a node lesion filed under ``organ`` before the first size of each side-column cell of
    ``cells`` (level_columns.side_column_cells: level offset, cell start and end, side), of that cell's side, where
    no lesion in the cell names its node already. ``items`` is in token order and kept so."""
    starts = [it.start for it in items]
    added: list[Item] = []
    for _, a, b, cell_side in cells:
        lo, hi = bisect_left(idx, a), bisect_left(idx, b)
        k = bisect_left(starts, lo)
        in_cell = items[k : bisect_left(starts, hi)]
        size = next((it for it in in_cell if it.kind == "size"), None)
        if size is None or any(it.kind in _SUBJECTS for it in in_cell):
            continue
        # (the node is an empty span at its size's start, so that its size is the next item: on the cell's border
        # token it stood in the clause before, which that border ends; on the size's token it took the next size)
        node = new_item("lesion", size.start, size.start, size.sent, -1, "Diagnosis", None, None)
        node.organ, node.system = organ
        node.own_site = node.site_of_self = node.node = True
        node.laterality, node.column_side = cell_side, True
        added.append(node)
    if added:
        items.extend(added)
        items.sort(key=lambda it: (it.start, it.end))
