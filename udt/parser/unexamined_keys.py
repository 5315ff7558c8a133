"""A template key that joins several organs and is answered "not assessed" leaves all of them out of the examination:
"Inguinal/para-aortic nodes: not assessed", "Thymus/mediastinum: not assessed.", "Spleen and kidneys: not examined".
The "not assessed" phrase (termset's HYP_POST) looks back across the key's colon at the organ right before it only,
so the first organs of the key stayed labelled as examined (guideline: an organ said to be outside the examination
is not labelled).

Only a whole key: its organs are joined by "/", "&", "and" or a comma, the first opens the line (or follows a key
mark), and the last is the one the phrase left out, right before the colon, whose value opens with "not" (or its
foreign word: "non exploré", "nicht untersucht"). An organ looked at but not seen ("Spleen/pancreas: not
visualised") is labelled and left alone: the phrase leaves out no organ there, so nothing is extended.
"""

from __future__ import annotations

from spacy.strings import get_string_id

from udt.parser.record import MentionRecord

_COLON = get_string_id(":")
_NOT = frozenset(get_string_id(w) for w in ("not", "non", "nicht", "no", "não", "niet", "nie"))
_JOINERS = frozenset(get_string_id(w) for w in ("/", "&", "and", ",", "+"))
_KEY_STARTS = frozenset(get_string_id(w) for w in (
    "\n", "\n\n", " \n", "\n ", "\n  ", "\n   ", "\n    ", ".", ";", "|", "-", "*", "\u2022"))


def extend_unexamined_keys(mentions: list[MentionRecord], lower: list[int], words: frozenset[int],
                           anatomy_fields: frozenset[str]) -> None:
    """Set aside each organ joined into a key whose last organ a "not assessed" value set aside (module docstring).
    ``words`` is the report's set of LOWER ids (a probe for the colon skips most reports)."""
    if _COLON not in words:
        return
    n = len(lower)
    lasts = [m for m in mentions if m.hypothetical and m.field in anatomy_fields and m.end + 1 < n
             and lower[m.end] == _COLON and lower[m.end + 1] in _NOT]
    if not lasts:
        return
    by_end: dict[int, list[MentionRecord]] = {}
    for m in mentions:
        if m.field in anatomy_fields and not m.negated:
            by_end.setdefault(m.end, []).append(m)
    for m in lasts:
        start = m.start
        joined: list[MentionRecord] = []
        # Back through the key, one joiner and the organ before it at a time.
        while start >= 2 and lower[start - 1] in _JOINERS and (before := by_end.get(start - 1)):
            joined.extend(before)
            start = min(o.start for o in before)
        if joined and (start == 0 or lower[start - 1] in _KEY_STARTS):
            for o in joined:
                o.hypothetical = True
