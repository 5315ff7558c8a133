"""A lesion whose own clause names another organ than the one carried over from earlier sentences.

"Left ovary normal. Right kidney shows hydronephrosis with a 7 mm stone at the upper ureter": the stone's clause
names the ureter, so the left ovary carried from the sentence before places nothing, not even its side; the kidney
its own sentence named before it, with its side, does. (A clause naming a part of the carried organ, "RIGHT KIDNEY:
... a stone in the renal pelvis", keeps the carried site and its side.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item


def clause_replaces_site(
    carried: Item, region: tuple[int, int], lesion_start: int, anatomy: list[Item]
) -> tuple[bool, Item | None]:
    """``(replaced, site)``: whether the lesion's clause (``region``) names only organs other than the ``carried``
    site's, and then the last anatomy of such an organ its sentence named before the lesion (None if none)."""
    lo, hi = region
    named = [a.organ for a in anatomy if lo <= a.start < hi and a.organ is not None]
    if not named or carried.organ is None or carried.organ in named:
        return False, None
    before = [a for a in anatomy if a.end <= lesion_start and a.organ in named]
    return True, (before[-1] if before else None)
