"""A length that says how far a further lesion lies from the one before it, with no landmark named after it:
"a second similar lesion lies 6 cm more distally, measuring 19 mm", "a smaller collection 6 cm downstream, 12 mm",
"another area at 3 o'clock, 1 cm distance from it, size 0.5 cm". The length is no size of the lesion; the word
right after its unit gets the clause role "distance", which is what makes the findings pass read a size as a
distance (as "2 cm proximal, 11 mm" does: trailing_directions.py).

Two forms, each closing the length at once:

- a comparative and a direction ("6 cm more distally", "2 cm further medial");
- the noun "distance" and then "from" or "to" ("1 cm distance from it");

and either only where the lesion's own length follows in the same sentence, after a comma or semicolon ("...,
measuring up to 19 mm"): a further lesion given no other length is measured by it in these reports ("2nd pocket
1.2 cm more distally" is a 12 mm pocket). An adverb of direction ("4 cm downstream, 12 mm") is given to
trailing_directions.py, which reads it only where a comma and the lesion's own length follow at once and that
length closes with no direction of its own: "CBD 7 mm proximally, 4 mm distally" measures one duct at two places,
and "effusion 8 mm posteriorly" a fluid's depth (so "anteriorly" and "posteriorly" are not offset adverbs at all).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from itertools import compress

_OWN_LENGTH_WORDS = 8  # how far after the offset the lesion's own length may stand (a bounded look-ahead)


def _own_length_follows(lower: list[int], role: list[str | None], start: int, units: AbstractSet[int],
                        clause_ends: AbstractSet[int], stops: AbstractSet[int]) -> bool:
    """Whether a clause end (``clause_ends``) and then a length unit (``units``) follow token ``start`` within a few
    words, with no sentence stop (``stops``) between; a stop that dots a measuring word ("size approx. 0.5 cm",
    role "measure") ends no sentence."""
    ended = False
    for j in range(start, min(len(lower), start + _OWN_LENGTH_WORDS)):
        w = lower[j]
        if w in stops and role[j - 1] != "measure":
            return False
        if w in clause_ends:
            ended = True
        elif ended and w in units:
            return True
    return False


def mark_offset_lengths(lower: list[int], role: list[str | None], units: AbstractSet[int],
                        comparatives: AbstractSet[int], directions: AbstractSet[int], distance_noun: int,
                        distance_objects: AbstractSet[int], clause_ends: AbstractSet[int],
                        stops: AbstractSet[int]) -> None:
    """Give the role "distance" (in place, in ``role``) to the word after a length unit (``units``) that starts an
    offset: a comparative (``comparatives``) before a direction (``directions``: adjectives and adverbs), or the
    noun ``distance_noun`` before one of ``distance_objects`` ("from", "to"), where the lesion's own length follows
    (a clause end of ``clause_ends``, then a unit, before a sentence stop of ``stops``); see the module
    docstring."""
    n = len(lower)
    for i in compress(range(1, n - 2), map(units.__contains__, lower[1:n - 2])):
        w, nxt = lower[i + 1], lower[i + 2]
        if w in comparatives and nxt in directions:
            if _own_length_follows(lower, role, i + 3, units, clause_ends, stops):
                role[i + 1] = role[i + 2] = "distance"  # "6 cm more distally, measuring up to 19 mm"
        elif w == distance_noun and nxt in distance_objects \
                and _own_length_follows(lower, role, i + 3, units, clause_ends, stops):
            role[i + 1] = "distance"  # "1 cm distance from it, size approx. 0.5 cm"
