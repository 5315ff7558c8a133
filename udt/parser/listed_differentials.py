"""The items of a differential written as a list, one per line under its heading ("Differential diagnosis:" /
"- breast abscess (favoured)" / "- infected haematoma" / "- inflammatory carcinoma (less likely)"), are weighed
beside one another as much as "abscess or carcinoma" in one sentence is, though each line ends its own clause. A
test that later settles one item ("Aspiration yielded pus, confirming an abscess") discards the others
(settled_doubts.py reads the words returned here as the alternatives beside a doubt).

What a list is (a heading naming a differential, the item lines under it) is differential_list_finder.py's one
definition: a list of findings under "Findings:" ("- 2 cm cyst ?haemorrhagic" / "- gallstones") weighs nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from udt.parser.differential_list_finder import DifferentialList


def listed_alternatives(lists: Sequence[DifferentialList], lower: Sequence[int], idx: Sequence[int],
                        start_char: int) -> set[int]:
    """The words (LOWER ids; ``idx`` the tokens' character offsets) of the heading and of the other items of the
    differential list in ``lists`` whose item line holds character ``start_char``, or an empty set where no item
    line does."""
    for listed in lists:
        heading_start = listed.heading[0]
        if start_char < heading_start:
            break
        for k, (lo, hi) in enumerate(listed.items):
            if lo <= start_char < hi:
                words = set(lower[bisect_left(idx, heading_start) : bisect_left(idx, lo)])
                for other_lo, other_hi in listed.items[k + 1 :]:
                    words.update(lower[bisect_left(idx, other_lo) : bisect_left(idx, other_hi)])
                return words
    return set()
