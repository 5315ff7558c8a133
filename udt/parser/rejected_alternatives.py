"""A diagnosis set aside in favour of another with "rather than" ("a phlegmon rather than a drainable collection",
"this is a ganglion cyst rather than a giant cell tumour", "probably a colloid nodule rather than a neoplasm"): the
writer names the alternative only to turn it down. It is neither found nor doubted, so the diagnosis mentions of the
phrase after "rather than" give nothing (hypothetical), whatever hedge opened the clause; the preferred diagnosis
before it keeps what the writer's wording makes it (asserted, or doubted by its own hedge).

The phrase runs to its clause's end (a comma, a stop, a semicolon, a line break, a dash or a bracket): "rather than a
tumour, which would be vascular" turns down the tumour only. Only diagnosis mentions are set aside: a feature after
"rather than" ("vessels crossing rather than displacing") is how a finding looks, read elsewhere. A sentence that
opens with "Rather than" ("Rather than hydronephrosis, we found ...") turns down its first clause the same way. Two
C-level substring tests skip every report without the phrase (in lower case, capitalised or in capitals)."""

from __future__ import annotations

import re

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.record import MentionRecord, mentions_in_chars
from udt.parser.substrings import holds_any

# "rather than" and "Rather than" share this tail; "RATHER THAN" is probed apart.
_PROBES = ("ather than", "ATHER THAN")
_RATHER_THAN = lazy_compile(r"\brather\s+than\b", re.IGNORECASE)
# What ends the phrase turned down: a clause mark, a bracket or a word that opens another clause.
_PHRASE_END = lazy_compile(r"[,;.:!?()\[\]\n\u2013\u2014]|\s-\s|\b(?:which|that|as|because|since|given|but|and\s+(?:is|"
                           r"are|was|were|the|this|it)|so|with|without|in\s+view\s+of)\b", re.IGNORECASE)


def set_aside_rejected_alternatives(mentions: list[MentionRecord], text: str, finding_field: str) -> None:
    """Mark hypothetical the ``finding_field`` mentions of each phrase after "rather than" in ``text`` (module
    docstring); ``mentions`` are in text order."""
    if not holds_any(text, _PROBES):
        return
    for cue in _RATHER_THAN.finditer(text):
        stop = _PHRASE_END.search(text, cue.end())
        hi = stop.start() if stop is not None else len(text)
        for m in mentions_in_chars(mentions, cue.end(), hi):
            if m.field == finding_field:
                m.uncertain = False
                m.hypothetical = True
