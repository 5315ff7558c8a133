"""A size followed by "of the nipple" in a Romance language is a distance from the nipple, not a size: Spanish "a
4 cm del pezón", "a 2 cm de la areola", French "à 3 cm du mamelon", Portuguese "a 5 cm do mamilo". English writers
say "from" (CLAUSE_ROLES "distance"), and Italian "dal" is one too; but Spanish "del"/"de", French "du" and
Portuguese "do" are also plain "of", which joins a lesion to its own size ("nódulo de 2 cm"), so they become distance
words only right before the nipple (or areola) they are measured from, possibly across an article ("de la").
"""

from __future__ import annotations

from collections.abc import Collection

_ARTICLE_SPAN = 2  # connector words before the nipple word: "del", "de la", "du", "do", "da"


def mark_nipple_distances(lower: list[int], role: list[str | None], nipples: Collection[int],
                          connectors: Collection[int]) -> None:
    """Give the "distance" role (in ``role``, in place) to the first of the connector words (``connectors``: "del",
    "de", "la", ...) that stand right before each nipple word (``nipples``)."""
    for i in [i for i, w in enumerate(lower) if w in nipples]:
        j = i
        while j > 0 and i - j < _ARTICLE_SPAN and lower[j - 1] in connectors:
            j -= 1
        if j < i:
            role[j] = "distance"
