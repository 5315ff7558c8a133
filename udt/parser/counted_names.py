"""A lesion word followed by "of" and its counted members ("lithiasis of 3 stones", "cholelithiasis of multiple
small calculi", "nephrolithiasis of two calculi") names one group twice: the members' word restates the first,
so the two are one finding and the sizes after them ("..., the biggest 14 mm") measure it
(``FindingBuilder._merge_refinements``).

Only a singular name, right after it a measuring link ("of"), then at most ``_BETWEEN`` words of no clause role (a
count, descriptors) and the plural members' word, of the same kind: stones after a name of no diagnosis value, or
the same diagnosis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

_BETWEEN = 3  # words between "of" and the members' word: a count and up to two descriptors ("of 3 small mobile")


def names_counted_members(prev: Item, lz: Item, role: list[str | None], stones: frozenset[str]) -> bool:
    """``lz`` (a plural lesion word) lists the members of the singular group ``prev`` named right before it."""
    if prev.plural or not lz.plural or lz.status != prev.status:
        return False
    gap = lz.start - prev.end
    if gap < 1 or gap > 1 + _BETWEEN or role[prev.end] != "measure":
        return False
    if any(r is not None for r in role[prev.end + 1 : lz.start]):
        return False
    # (a stone's names, "lithiasis", "gallstone", "calculi", give no diagnosis value: a name of none before stones is
    # their group; the ontology files "gallstone" beside "calculus", not under it, so the members' word is tested)
    if lz.concept in stones:
        return prev.value is None
    return prev.value is not None and prev.value == lz.value
