"""A template key whose value restates it denied: "Hydrocele: no hydrocele", "Free fluid: no free fluid seen",
"Ascites: nil ascites". The value's own finding is negated by its cue, but the key before the colon names the same
concept and was read as stated; the whole line denies it (guideline: "Hydrocele: no hydrocele" -> absent fluid
collection). Only a key followed at once by its mark, a value that opens with a negation cue, and the same concept
negated within the first words of it are read: "Hydrocele: small. No hydrocele on the left" keeps its hydrocele.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from udt.parser.record import MentionRecord

# How far after the key's mark the restated finding may open: the mark, a negation word and one more word
# ("Free fluid: no significant free fluid").
_REACH = 4


def deny_restated_keys(mentions: Sequence[MentionRecord], marks: Collection[int], negation_starts: Collection[int],
                       anatomy_fields: Collection[str]) -> None:
    """Negate each stated key mention (``marks``: the token right after it) whose value opens with a negation cue
    (``negation_starts``) and restates the same concept negated."""
    for k, m in enumerate(mentions):
        if m.negated or m.uncertain or m.field in anatomy_fields or m.end not in marks \
                or m.end + 1 not in negation_starts:
            continue
        for later in mentions[k + 1:]:
            if later.start > m.end + _REACH:
                break
            if later.iri == m.iri and later.negated and not later.uncertain:
                m.negated = True
                break
