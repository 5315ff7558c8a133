"""An organ given only an unfilled state and then "not assessed" ("Bladder empty, not assessed", "Urinary
bladder: not filled, not assessed", "Bexiga: vazia, não avaliada") was not examined: the state says why it was left
out, and the organ is not labelled (guideline: "Bladder empty, not assessed", "Bladder: poorly filled, not assessed"
are outside the examination). The "not assessed" phrase of the termset (HYP_POST) looks back only at the word right
before it, the state word here, so the organ stayed labelled.

Only the states of an unfilled hollow organ, which say nothing about how it looks. "Not distended", "collapsed"
and "decompressed" are left to termset's _LOOKED_AT_NOT_ASSESSED, which reads them as looked at (files annotate
"Bladder: not distended, not assessed" and "the bladder is collapsed and not assessed" as examined, and reading
"decompressed" as unexamined made two sealed reports worse), and a state with a finding after it ("Bladder: empty,
wall thick") is no such phrase. Only the terse comma form: prose joining them by "and" ("the bladder is empty and
not assessed") is annotated as looked at (tests/test_parser_realworld4_classes.py). Matched at the end of each
anatomy mention only, so the cost is one anchored regex match per organ mention.
"""

from __future__ import annotations

import re

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.record import MentionRecord

# English, Spanish, Portuguese and French unfilled states, each with the phrase that leaves the organ unexamined.
_UNFILLED_THEN_UNEXAMINED = lazy_compile(
    r"[ \t]*:?[ \t]*(?:is[ \t]+|was[ \t]+)?"
    r"(?:empty|not[ \t]+filled|poorly[ \t]+filled|underfilled|under-filled|vazia|vac[ií]a|vide)"
    r"[ \t]*,[ \t]*"
    r"(?:not[ \t]+(?:assessed|evaluated|examined)|n[ãa]o[ \t]+avaliad[ao]|no[ \t]+evaluad[ao]|non[ \t]+[ée]valu[ée]e?)"
    r"\b", re.IGNORECASE)


def set_aside_unfilled_organs(mentions: list[MentionRecord], text: str, anatomy_fields: frozenset[str]) -> None:
    """Mark hypothetical each anatomy mention followed by an unfilled state and "not assessed" (module docstring)."""
    for m in mentions:
        if m.field in anatomy_fields and not m.hypothetical and _UNFILLED_THEN_UNEXAMINED.match(text, m.end_char):
            m.hypothetical = True
