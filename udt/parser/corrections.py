"""A writer's correction of an earlier line of the same report: "- Free fluid: small. ... Correction: the 11 mm
'cyst' is a follicle. Free fluid: none (draft error).", "Amended: no calculus in the left kidney". A draft read back
and put right keeps both lines in the text; the correction is what the report says. So a finding asserted before the
correction word and denied after it (the same concept, named again) was the draft's error: the earlier assertion is
marked historical, as a superseded statement, and only the denial is read.

Only denials are applied: a correction that restates a finding another way ("nodule R1 is hypoechoic (not
isoechoic)") is read by the usual rules. Gated by one test of the report's word set (termset.CORRECTION_WORDS);
linear in the mentions.
"""

from __future__ import annotations

from collections.abc import Collection

from udt.parser.record import MentionRecord


def supersede_drafts(mentions: list[MentionRecord], lower: list[int], correction_words: frozenset[int],
                     anatomy_fields: Collection[str]) -> None:
    """Mark historical each finding asserted before the report's first correction word (``correction_words``: their
    ids) that a mention after it denies, in place."""
    first = next((j for j, w in enumerate(lower) if w in correction_words), None)
    if first is None:
        return
    denied = {(m.field, m.iri) for m in mentions
              if m.start > first and m.negated and m.field not in anatomy_fields}
    if not denied:
        return
    for m in mentions:
        if m.start >= first:
            break
        if not m.negated and not m.uncertain and (m.field, m.iri) in denied:
            m.historical = True  # the draft's finding, put right later in the report
