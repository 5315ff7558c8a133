"""The rest of a group listed after "Others:" or "The rest:", one member a clause: "multiple fibroids; the largest,
fundal, 6.1 cm. Others: posterior intramural 2.2 cm; anterior subserosal 1.9 cm" names two more fibroids, each with
its own place and size. Read as a group pronoun ("others 2.2 cm") the colon and the members' descriptors kept the
word from its size, and neither member was a lesion. Each clause after the colon (cut at semicolons, else at commas)
that holds a size and no lesion word of its own is one member; a clause that names its lesion ("a pedunculated
fibroid off the fundus 4 cm") is that lesion already.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

_REACH = 60  # tokens after the colon the members may run to (a line of a few members)


def listed_member_sizes(items: list[Item], starts: list[int], j: int, role: list[str | None]) -> list[tuple[int, Item]]:
    """After the group word at token ``j`` and its colon, each member clause's first token and its first size, in
    order; empty where no clause is sized (``starts``: each item's start)."""
    colon = j + 1
    after = items[bisect_right(starts, colon) :]
    if not after:
        return []
    sent = after[0].sent
    after = [it for it in after if it.sent == sent and it.start - colon <= _REACH]
    end = after[-1].end if after else colon + 1
    cuts = [t for t in range(colon + 1, end) if role[t] == "sep_strong"]
    if not cuts:
        cuts = [t for t in range(colon + 1, end) if role[t] == "comma"]
    bounds = [colon, *cuts, end]
    members: list[tuple[int, Item]] = []
    for a, b in pairwise(bounds):
        clause = [it for it in after if a < it.start < b]
        if any(it.kind == "lesion" for it in clause):
            continue
        size = next((it for it in clause if it.kind == "size"), None)
        if size is not None:
            members.append((a + 1, size))
    return members
