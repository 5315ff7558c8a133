"""Where a gold lesion and a parsed finding lie in the report text, for pairing them by position.

A gold lesion carries ``text``, a short quote identifying it (the corpus guideline); a parsed finding carries the
indices of its evidence in the report's mentions. Two cysts of one kidney have the same organ and diagnosis, so
only where each is written tells which parsed finding describes which gold lesion: the quote's span is found in the
report (case and spacing aside), the finding's span is that of the mentions naming it (its ``Diagnosis`` evidence;
else any evidence but the organ, which neighbouring lesions share; else its organ, as for a lymph node), and a
finding whose naming evidence lies inside the quote is the lesion quoted. Only an overlap is trusted: the nearest
evidence outside a quote is often another lesion's (a list "calculi: 3 mm R lower pole; 6 mm L interpolar" names
both stones once, a table's row label stands before its cells), so the caller pairs the rest in written order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

Span = tuple[int, int]

# Evidence that names where a finding lies rather than the finding: shared by the lesions of one organ.
_SITE_FIELDS = frozenset({"Body_system_level", "Organ_level"})
_NAMING_FIELD = "Diagnosis"


def quote_spans(text: str, quote: str) -> list[Span]:
    """Every place ``quote`` is written in ``text``, ignoring case and how much white space separates its words."""
    words = quote.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]


def finding_spans(finding: Any, mentions: Sequence[Any]) -> list[Span]:
    """The character spans of the evidence naming ``finding``: its diagnosis mentions, else its mentions but the
    organ's, else all its mentions; empty when it has none."""
    own = [mentions[i] for i in getattr(finding, "mentions", None) or () if 0 <= i < len(mentions)]
    naming = (
        [m for m in own if m.dimension == _NAMING_FIELD] or [m for m in own if m.dimension not in _SITE_FIELDS] or own
    )
    return [(m.start, m.end) for m in naming]


def overlap(a: Sequence[Span], b: Sequence[Span]) -> int:
    """The most characters a span of ``a`` shares with a span of ``b`` (0 where none overlap)."""
    return max((min(e1, e2) - max(s1, s2) for s1, e1 in a for s2, e2 in b), default=0) if a and b else 0
