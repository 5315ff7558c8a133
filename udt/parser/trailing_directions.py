"""A length, a direction word and a comma ("a second collection 2 cm proximal, 11 mm, anechoic") state how far the
lesion lies from the one before: the direction closes the phrase with no landmark after it, and the lesion's own
size follows the comma. The direction word then gets the clause role "distance", as "2 cm proximal to the
anastomosis" does, so the length is no size of the lesion.

Only a direction right after a length unit, then a comma or semicolon and at once another length, is read so: a
direction before a noun ("a 7 mm distal ureteric stone") describes the lesion's site; a fluid's depth at a place
goes on with words ("small effusion 6 mm posterior, no diastolic collapse"); lengths that each close with a
direction are one structure's calibre at several places ("CBD 7 mm proximal, 4 mm distal"); and a direction before
"to" is read already (sites.SitesAndFindings._mark_roles).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from itertools import compress


def mark_trailing_directions(lower: list[int], role: list[str | None], directions: AbstractSet[int],
                             units: AbstractSet[int], ends: AbstractSet[int]) -> None:
    """Give the role "distance" (in place, in ``role``) to each direction word of ``lower`` (token ids) standing
    between a length unit (``units``) and a clause end (``ends``: comma, semicolon) that one number and a unit follow
    with no direction of their own (module docstring)."""
    n = len(lower)
    for i in compress(range(n), map(directions.__contains__, lower)):
        if 0 < i < n - 3 and lower[i - 1] in units and lower[i + 1] in ends and lower[i + 3] in units \
                and (i + 4 == n or lower[i + 4] not in directions):
            role[i] = "distance"
