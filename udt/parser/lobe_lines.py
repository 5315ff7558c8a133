"""A thyroid lobe heading that scopes its line: "Left lobe: 16 x 17 x 46 mm. In the upper third an isoechoic node
6 mm" and "In the right lobe: mixed node 21 mm; hypoechoic node 6 mm in the upper third" name thyroid nodules in
translated wording, however far the node stands from the lobe word in its sentence or in a later sentence of the
line (senses.py reads a node beside a lobe word within its sentence only).

Only in a report that has named the thyroid before the line or in the heading: a liver's "Right lobe:" line keeps
its nodes. A heading is the line's opening words up to its first colon, a few words at most, so a colon inside a
finding ("node: 6 mm") opens no heading; it must name a lobe or the isthmus, since a "Thyroid:" line of a one-line
report runs on to the neck's nodes ("Thyroid: ... Left level III node is rounded"), and a label opened after it
("Regional lymph nodes:") ends its scope."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

# A heading is short ("In the right lobe:", "Left lobe of the thyroid:"): a colon further in closes a sentence's
# own label, no line heading.
_HEAD_TOKENS = 7


def under_lobe_heading(
    start: int,
    lower: Sequence[int],
    idx: Sequence[int],
    text: str,
    colon: int,
    part_words: frozenset[int],
    thyroid_words: frozenset[int],
) -> bool:
    """Token ``start`` lies on a line whose heading names a thyroid part, in a report that names the thyroid."""
    first = bisect_left(idx, text.rfind("\n", 0, idx[start]) + 1)
    head_end = -1
    for i in range(first, min(start, first + _HEAD_TOKENS)):
        if lower[i] == colon:
            head_end = i
            break
    if head_end < 0 or part_words.isdisjoint(lower[first:head_end]):
        return False
    if colon in lower[head_end + 1 : start]:
        return False  # another label opens between ("Right lobe: 18 mm. Regional lymph nodes: a level III node")
    return not thyroid_words.isdisjoint(lower[:head_end])
