"""A lesion placed beside another organ, then named in its own sentence by a diagnosis of its own organ.

"A 15 mm hypoechoic nodule posterior to the left thyroid lobe; this was a parathyroid adenoma at surgery", "a 3 cm
solid mass superior to the left kidney; this is an adrenal adenoma", "a 4 cm cyst adjacent to the uterus; this
represents an ovarian cyst": the lesion is placed by a neighbouring organ (a landmark: its ``location``), and the
diagnosis that names it comes in a clause of its own, which the builder reads as an unsized lesion of its own whose
own words name its organ (the parathyroid, the adrenal, the adnexa). The placed lesion then has no organ of its own
and takes one from a fallback: the organ of an earlier sentence (the kidney of a renal cyst), or the lobed organ of
the report (the thyroid, whose lobe is only the landmark). The organ the naming diagnosis implies is the lesion's.

Only the lesion just before the named one, made in the same sentence, placed by a landmark, measured, and not
placed by its own words ("a renal mass"); the name unsized, asserted or hedged, and placed by its own words or, with
no site in its sentence, by the organ its asserted diagnosis implies ("this is a Baker's cyst": the knee; not "a 3 cm
collection in the groin superficial to the CFA; possible haematoma", whose hedge leaves the groin its site). A lesion
in the organ named ("a nodule in the posterior aspect of the right thyroid lobe") has no landmark location and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import _Draft


def name_landmark_placed(findings: list[_Draft], made_in: Mapping[int, int], own_placed: AbstractSet[int],
                         implied_placed: AbstractSet[int], summary_made: AbstractSet[int],
                         folded: AbstractSet[int]) -> None:
    """Give each measured lesion placed by a landmark the organ of the unsized diagnosis naming it next in its
    sentence (see module docstring); in place."""
    last: int | None = None  # the last lesion seen
    for i, f in enumerate(findings):
        if f.kind != "lesion" or i in folded:
            continue
        e = findings[last] if last is not None else None
        if (
            e is not None
            and last is not None
            and f.organ is not None
            and (i in own_placed or (i in implied_placed and f.status == "present"))
            and not f.size_mm
            and f.status in ("present", "uncertain")
            and i not in summary_made
            and made_in.get(i, -1) == made_in.get(last, -2)
            and e.location is not None
            and e.size_mm
            and e.status != "absent"
            and last not in own_placed
            and last not in summary_made
            and not e.site_fixed
            and e.organ != f.organ
        ):
            # (no test of the sides: the name's own is often only the one an earlier sentence left, "Right lobe:
            # ... A nodule posterior to the left lobe; this represents a parathyroid adenoma"; the landmark's holds)
            e.organ, e.body_system, e.structure = f.organ, f.body_system, None
            if e.laterality is None:
                e.laterality = f.laterality
        last = i
