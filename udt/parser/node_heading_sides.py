"""The side word after a lymph-node heading's colon, with the node's level or station between it and the size.

Terse and dictated notes name the nodes once as a heading and then the side and level of the abnormal ones: "LNs:
L level II x2 -> 14mm & 11mm, round", "Nodes: right level IV, 16 mm, no hilum", "Cervical nodes: left
supraclavicular 12 mm". The side word stands for the nodes measured after it, as "Kidneys: right 11 cm" does for a
kidney (elliptic_sides.py), although a few words placing the node (a level, a station, a count) come between. Only
for a node heading: for an organ, a word between names a part whose side may differ ("Left lobe: 44 mm" names the
thyroid lobe, and its isthmus has none).
"""

from __future__ import annotations

from collections.abc import Sequence

# Tokens that may stand between the side word and the first size: a level and its numeral ("level", "II"), a count
# ("x2"), an arrow ("-", ">"), a station ("supraclavicular") and a comma.
_GAP = 6
_GAP_ROLES = frozenset({None, "comma", "sep"})


def side_before_node_size(
    side: Sequence[str | None], role: Sequence[str | None], colon: int, end: int, size_starts: set[int]
) -> str | None:
    """The left or right side word right after a node heading's colon (token ``colon``) when a size starts within
    a few placing words after it (no other side, no clause break between) and the sentence (ending at ``end``)
    states no other side. ``side`` and ``role`` are ``Words.side`` and ``Words.role``."""
    first = colon + 1
    said = side[first] if first < end else None
    if said not in ("left", "right"):
        return None
    for j in range(first + 1, min(end, first + _GAP + 2)):
        if j in size_starts:
            break
        if side[j] is not None or role[j] not in _GAP_ROLES:
            return None
    else:
        return None
    stated = set(side[first:end])
    stated.discard(None)
    return said if len(stated) == 1 else None
