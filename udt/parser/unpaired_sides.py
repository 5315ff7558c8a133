"""No side for a lesion at a part the body has one of, inside an organ it has two of.

A kidney graft lies in an iliac fossa ("Renal transplant, right iliac fossa: 12 cm. Upper pole cyst 9 mm", "Kidney
graft (left iliac fossa), two cysts of 9 and 13 mm"): the fossa's side is where the surgeon placed it, not the
laterality of a native kidney, and writers leave its lesions unsided while the native kidneys keep theirs. The side
rules read the fossa's side word as they would "right kidney"; this pass takes it off again, after them all, for a
lesion whose own structure the ontology declares unpaired (``udt:isUnpaired``) in a paired organ.

The thyroid isthmus is such a part too, but kept out (``parts`` names those this pass applies to): a thyroid
nodule's structure may be the isthmus named beside its lobe, and a nodule in the isthmus itself is already read
from its own words (heading_scope.midline_place). Organs the body has one of (the liver) are no concern here: no
side rule gives their lesions one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from collections.abc import Set as AbstractSet
    from typing import Protocol

    class _Draft(Protocol):
        kind: str
        structure: str | None
        laterality: str | None


def unside_unpaired_parts(drafts: Iterable[_Draft], parts: AbstractSet[str | None]) -> None:
    """Clear the side of each lesion whose structure is one of ``parts``."""
    for f in drafts:
        if f.kind == "lesion" and f.laterality is not None and f.structure is not None and f.structure in parts:
            f.laterality = None
