"""A landmark cue's preposition said again for a second landmark: "separate from it and from the liver", "posterior
to the bladder and to the uterus". The second preposition repeats the cue, so the anatomy after it is a landmark of
the same cue (the landmark pass reads a cue only right before its anatomy, past a few fillers, or across "and the").
A cue whose first landmark is a pronoun ("from it") names no anatomy the coordination rule could walk back to. A list
may repeat it after a comma too ("separate from the liver, from the kidney and from the adrenal"), every item.
"""

from __future__ import annotations

# Tokens between a cue's preposition and the "and" that repeats it: the first landmark ("it", "the kidney", "the
# upper pole of the kidney", "the lower pole of the left kidney").
_REACH = 8


def repeated_cue_ends(hits: list[tuple[int, int, int]], lower: list[int], joiners: frozenset[int],
                      stops: frozenset[int], list_joiners: frozenset[int] = frozenset(),
                      list_preps: frozenset[int] = frozenset()) -> dict[int, int]:
    """Where a repeated cue's preposition ends -> the cue's first token, for each hit ``(id, start, end)`` whose
    last word comes again right after one of ``joiners`` ("and", "or") within reach of the cue, with none of
    ``stops`` (a clause's end) between; every repetition in reach, a nearer cue's winning. A list's mark
    (``list_joiners``: ",") repeats only a true preposition (``list_preps``: "from", "to"), not a cue's last
    article ("through the liver, the spleen ..." lists what was seen through it), and stops no list."""
    out: dict[int, int] = {}
    n = len(lower)
    list_repeats, list_stops = joiners | list_joiners, stops - list_joiners
    for _, start, end in hits:
        prep = lower[end - 1]
        repeats, halts = (list_repeats, list_stops) if prep in list_preps else (joiners, stops)
        for j in range(end, min(n - 1, end + _REACH)):
            word = lower[j]
            if word in halts:
                break
            if word in repeats and lower[j + 1] == prep:
                out[j + 2] = start
    return out
