"""A landmark cue's preposition said again for a second landmark: "separate from it and from the liver", "posterior
to the bladder and to the uterus". The second preposition repeats the cue, so the anatomy after it is a landmark of
the same cue (the landmark pass reads a cue only right before its anatomy, past a few fillers, or across "and the").
A cue whose first landmark is a pronoun ("from it") names no anatomy the coordination rule could walk back to.
"""

from __future__ import annotations

# Tokens between a cue's preposition and the "and" that repeats it: the first landmark ("it", "the kidney", "the
# upper pole of the kidney").
_REACH = 7


def repeated_cue_ends(hits: list[tuple[int, int, int]], lower: list[int], joiners: frozenset[int],
                      stops: frozenset[int]) -> dict[int, int]:
    """Where a repeated cue's preposition ends -> the cue's first token, for each hit ``(id, start, end)`` whose
    last word comes again right after one of ``joiners`` ("and", "or") within reach, with none of ``stops`` (a
    clause's end) between."""
    out: dict[int, int] = {}
    n = len(lower)
    for _, start, end in hits:
        prep = lower[end - 1]
        for j in range(end, min(n - 1, end + _REACH)):
            word = lower[j]
            if word in stops:
                break
            if word in joiners and lower[j + 1] == prep:
                out[j + 2] = start
                break
    return out
