"""A node list's row that gives no size because its nodes are matted ("| II | L | - | cluster of small nodes, matted,
not measured individually |", "R IV: conglomerate, not measurable") still lists an abnormal finding: nodes fused into
a conglomerate are pathological whatever their size (the corpus guideline's "abnormal lymph node"). Without a size
the level row made no node (level_rows.py), so the matted group was lost, and with it the row's side; the findings
after it in the list then paired with the wrong rows.

The row is read from its level to the end of its line: it must call the nodes matted, conglomerate or fused, and hold
no number (a measured row is an ordinary level row, and "2 matted nodes 14 and 9 mm" is measured).
"""

from __future__ import annotations

from udt.parser.lazy_patterns import lazy_compile

_MATTED = lazy_compile(r"\b(?:matted|conglomerat\w*|fused|coalescent|confluent)\b")
_NUMBER = lazy_compile(r"\d")


def matted_row(text: str, at: int) -> bool:
    """Whether the line of ``text`` from character ``at`` (a level's) calls its nodes matted and measures nothing."""
    end = text.find("\n", at)
    row = text[at : end if end >= 0 else len(text)].lower()
    return _MATTED.search(row) is not None and _NUMBER.search(row) is None
