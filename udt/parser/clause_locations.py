"""Where each of several lesions of one sentence lies: the location written in its own clause.

"In segment VII there is a 12 mm simple cyst and in segment III a 9 mm haemangioma": a location read from the
whole sentence (``findings.location_in``) would be the first one written, the wrong one for the second lesion, so
the findings pass gave a sentence's location only to a sentence's single lesion and left two lesions unplaced. Each
lesion's clause (the findings pass's ``_regions``: from the separator after the lesion before to the one after
itself) holds its own prepositional phrase ("in segment III", "at the lower pole") and so its own location; a
clause naming none leaves its lesion unplaced rather than borrowing its neighbour's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol


def clause_location(
    text: str,
    token_starts: Sequence[int],
    span: tuple[int, int],
    region: tuple[int, int],
    locate: Callable[[str], str | None],
) -> str | None:
    """The location ``locate`` reads in the clause ``region`` (token offsets) of the sentence ``text`` whose
    tokens are ``span``; None where the caller gave no token offsets or the clause names none."""
    lo, hi = region
    first, end = span
    if not token_starts or not first <= lo < hi <= end or end > len(token_starts):
        return None
    base = token_starts[first]
    stop = token_starts[hi] - base if hi < len(token_starts) and hi < end else len(text)
    return locate(text[token_starts[lo] - base : stop])


class _Placed(Protocol):
    """What :func:`own_clause` reads of the findings pass's items (token offsets)."""

    kind: str
    start: int
    plural: bool


def own_clause(lesion: _Placed, region: tuple[int, int], items: Sequence[_Placed]) -> bool:
    """Whether the clause ``region`` describes ``lesion`` alone, so a location in it is the lesion's: not a counted
    group's ("Two nodules: mid, 1.1 cm ...; lower pole, 0.5 cm": each member's place is in its own part, read where
    the members are made), nor a clause measuring more than one thing ("a 12 mm cyst, 3 cm from the 8 mm nodule at
    the lower pole": which of them lies there is not said)."""
    if lesion.plural:
        return False
    lo, hi = region
    return sum(1 for it in items if it.kind == "size" and lo <= it.start < hi) <= 1
