"""How a kind of finding changes over time, said as a lesson or an expectation rather than found ("Rescan in a week -
a haematoma should shrink and liquefy", "haemorrhage shrinks over weeks, neuroblastoma won't", "re-scan at day 7,
when the haematoma has become hypoechoic"): what such a finding would do, not what this scan shows. The finding
mention and the rest of its clause (a look it would take: "hypoechoic") give nothing (hypothetical).

Two wordings are read:

* a finding named generically (after "a"/"an" or no article: not "the haematoma", this patient's own) and followed
  by a verb of change in the present, with or without a modal ("should shrink", "liquefies", "tends to regress"),
  or by a denied modal standing for one ("neuroblastoma won't");
* a finding in a clause of time ahead ("when/until/once the haematoma has become hypoechoic"): a state awaited.

A past form ("the haematoma has shrunk", "the abscess resolved") is a finding of the scan and is not read. One C-level
test of the text for a verb stem skips every other report."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.record import MentionRecord
from udt.parser.substrings import holds_any

# Stems of the verbs of change, tested against the text before any pattern's scan.
_VERB_PROBES = ("shrink", "liquef", "regress", "involut", "resolve", "disappear", "calcif", "organis", "organiz",
                "evolve", "become", "won't", "will not")
_CHANGE_VERB = (r"(?:shrink|liquef(?:y|ies)|regress|involute|resolve|disappear|calcif(?:y|ies)|organi[sz]e|evolve"
                r"|become)")
# After a generic finding: (modal or adverb)* then a present verb of change, or a denied modal ending the clause.
_CHANGES_AFTER = lazy_compile(
    r"\s*(?:(?:should|will|would|may|might|can|must|usually|typically|generally|often|then|tends?\s+to|"
    r"is\s+expected\s+to|are\s+expected\s+to)\s+)*" + _CHANGE_VERB + r"(?:s|es)?\b"
    r"|\s*(?:won['’]t|will\s+not|wouldn['’]t|doesn['’]t|does\s+not)\s*(?:[,.;)\n\-–—]|$|" + _CHANGE_VERB + r")",
    re.IGNORECASE)
# Before a generic finding: "a"/"an", or no article (a mark, a joining word, or the line's start) and at most one
# describing word ("adrenal haemorrhage shrinks").
_GENERIC_BEFORE = lazy_compile(r"(?:\b(?:an?)\s+|(?:^|[-,;:.(–—]|\b(?:and|but|while|whereas|or))\s*(?:[a-z]+\s+)?)$",
                             re.IGNORECASE)
# A clause of time ahead around a finding: before it, "when/until/once" and an article; after it, a perfect of change.
_AWAITED_BEFORE = lazy_compile(r"\b(?:when|until|once|by\s+which\s+time)\s+(?:the\s+|a\s+|an\s+|its\s+)?$",
                             re.IGNORECASE)
_AWAITED_AFTER = lazy_compile(r"\s*(?:has|have)\s+(?:become|liquefied|resolved|shrunk|organi[sz]ed|matured|evolved|"
                            r"retracted|regressed|involuted|calcified)\b", re.IGNORECASE)
_CLAUSE_END = lazy_compile(r"[,;.\n]|\bbut\b|\band\s+(?:any|the|a|no)\b")
_REACH = 30  # characters read on either side of a finding mention


def set_aside_generic_changes(mentions: list[MentionRecord], text: str, anatomy_fields: AbstractSet[str]) -> None:
    """Mark hypothetical a generic or awaited finding mention and the finding mentions after it in its clause
    (module docstring); ``anatomy_fields`` are the fields of anatomy mentions, which stay standing."""
    if not holds_any(text, _VERB_PROBES):
        return
    for k, m in enumerate(mentions):
        if m.field in anatomy_fields or m.hypothetical:
            continue
        before = text[max(0, m.start_char - _REACH) : m.start_char]
        after = text[m.end_char : m.end_char + _REACH]
        # (the words after first: a match anchored at their start fails at once for most mentions, where each search
        # before, ending at the mention, tries its alternatives at every character of the 30 read)
        generic = _CHANGES_AFTER.match(after) is not None and _GENERIC_BEFORE.search(before) is not None
        if not generic and not (_AWAITED_AFTER.match(after) and _AWAITED_BEFORE.search(before)):
            continue
        stop = _CLAUSE_END.search(text, m.end_char)
        hi = stop.start() if stop is not None else len(text)
        for n in mentions[k:]:
            if n.start_char >= hi:
                break
            if n.field not in anatomy_fields:
                n.hypothetical = True
