"""A writer who dots every unit ("1.2x0.8 cm., parallel orientation"; "left lobe 4.3 cm., isthmus 0.3 cm.") writes
the full stop of an abbreviation, not of a sentence: "Left lobe: 0.4 cm. simple cyst" is one sentence (the cyst is
0.4 cm), "mass at 9 o'clock, 3 cm. FN, size 1.2 cm" measures a distance from the nipple, not the mass. The habit
shows where a unit's stop is followed by a comma, which no sentence end is; in such a report a unit's stop before a
lower-case word or a distance abbreviation ends no sentence. A writer who does not dot units elsewhere keeps
"Spleen 11 cm. no focal lesion" as two sentences, and so does a report written all in lower case, whose sentences
all start so.

One C-level scan of the report's stops, made only where a unit's stop is followed by such a word.
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet


def dots_units(orth: list[int], period: int, comma: int, units: AbstractSet[int]) -> bool:
    """Whether some unit of ``units`` in the report's token ids ``orth`` is followed by a full stop ``period`` and a
    comma ``comma`` ("1.2 cm., parallel")."""
    n = len(orth)
    for i in compress(range(1, n - 1), map(period.__eq__, orth[1 : n - 1])):
        if orth[i + 1] == comma and orth[i - 1] in units:
            return True
    return False
