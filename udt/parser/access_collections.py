"""A collection beside a dialysis access ("Upper cannulation zone: aneurysmal segment. Adjacent perivascular
haematoma 31 mm", "Perigraft fluid along the venous limb, 9 mm - seroma") is a complication of the access, filed
on it, not on the outflow vein or the arm's soft tissues that the sentence or the one before names: in a report
about a fistula or graft, its veins and the tissue around them are the access's.

Only a fluid collection is moved, only in a report that names the access as an organ, and only from an organ of
the access's own body system (the peripheral veins and arteries) or from the soft tissues; a collection its own
words place right before it ("cephalic vein thrombus") keeps its organ, and so does one in the other arm than the
access's one side.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import _Draft


def file_access_collections(
    findings: Iterable[_Draft], access: tuple[str, str | None], beside: AbstractSet[str], fluid: str
) -> None:
    """Move to ``access`` (the dialysis access's released organ and body system) each ``fluid`` lesion filed on one
    of the organs ``beside`` it whose site no organ word right before it fixed; an unsided one takes the access's
    side where the report gives the access one side ("L radiocephalic AVF": the arm it lies in)."""
    findings = list(findings)
    moved = [
        f for f in findings if f.kind == "lesion" and f.diagnosis == fluid and f.organ in beside and not f.site_fixed
    ]
    if not moved:
        return
    sides = {f.laterality for f in findings if f.organ == access[0] and f.laterality is not None}
    side = next(iter(sides)) if len(sides) == 1 else None
    if side in ("left", "right"):
        # A collection in the other arm ("L radiocephalic AVF ... R forearm (old graft site): small seroma") is no
        # complication of this access: it stays in that arm's soft tissues or vessels.
        moved = [f for f in moved if f.laterality in (None, side)]
    for f in moved:
        f.organ, f.body_system = access
        if f.laterality is None:
            f.laterality = side
