"""A backward hedge after a relative clause set off by commas ("a metastasis, which would be the main worry, cannot be
excluded", "an abscess, which would explain the fever, is not excluded"): the doubt is of the noun the clause
describes, so the cue reaches back over the clause as if it stood right after the noun. The clause's own words are
then inside the cue's span and are not doubted ("the fever").

Only a clause opened by a relative pronoun right after a comma, closed by a comma right before the cue, and a few
words long; reports without a relative pronoun are skipped by one set test."""

from __future__ import annotations

from spacy.strings import get_string_id

from udt.parser import termset as ts

RELATIVE_PRONOUNS = frozenset(get_string_id(w) for w in ("which", "who", "that", "whose"))
_COMMA = get_string_id(",")
# What ends the search for the clause's opening comma: a sentence or clause mark.
_CLAUSE_MARKS = frozenset(get_string_id(w) for w in (".", ";", ":", "\n", "\n\n", "?", "!"))
# The longest relative clause read so (tokens, commas included).
_CLAUSE_REACH = 14


def reach_over_relative_clauses(cues: list[tuple[str, int, int]], lower: list[int]) -> list[tuple[str, int, int]]:
    """``cues`` with each backward hedge that follows a comma-bounded relative clause started at the clause's opening
    comma. The caller has tested that the report holds a relative pronoun."""
    out: list[tuple[str, int, int]] | None = None
    for k, (cat, cs, ce) in enumerate(cues):
        if cat != ts.UNC_POST or cs < 3 or lower[cs - 1] != _COMMA:
            continue
        j = cs - 2
        while j > 0 and cs - j <= _CLAUSE_REACH and lower[j] != _COMMA and lower[j] not in _CLAUSE_MARKS:
            j -= 1
        if j > 0 and lower[j] == _COMMA and j + 1 < cs - 1 and lower[j + 1] in RELATIVE_PRONOUNS:
            if out is None:
                out = list(cues)
            out[k] = (cat, j, ce)
    return cues if out is None else out
