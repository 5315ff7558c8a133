"""Hedges that end on the diagnosis noun they rank ("the leading diagnosis is an endometrioma", "working diagnosis:
abscess", "an abscess is the working diagnosis").

The ontology matcher reads "diagnosis" as a generic Diagnosis mention, and ConText drops every cue phrase that
overlaps a mention (a concept such as "no internal flow" holds its own cue). A hedge whose last word is that noun
therefore never fired, and the diagnosis it offers was asserted. Such a phrase may keep the noun: it qualifies no
finding of its own, and the phrase names a rank of doubt ("leading", "working", "provisional"; the termset's
RANKED_DIAGNOSIS_PRE and RANKED_DIAGNOSIS_POST), never a finding's part ("the leading edge of the mass" holds no
such phrase). The phrases are matched with the other cues; only their overlap with the mention is allowed here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser import termset as ts

if TYPE_CHECKING:
    from spacy.strings import StringStore


def ranked_diagnosis_phrases(strings: StringStore) -> frozenset[tuple[int, ...]]:
    """The words (LOWER hashes) of each ranked-diagnosis hedge, for the test of a cue that overlaps a mention."""
    return frozenset(tuple(strings.add(word) for word in phrase.split())
                     for phrase in (*ts.RANKED_DIAGNOSIS_PRE, *ts.RANKED_DIAGNOSIS_POST))
