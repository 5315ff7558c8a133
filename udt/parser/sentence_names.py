"""A diagnosis named in the sentence of the measured lesion it names, past what the in-sentence naming reads.

"In S6 an anechoic formation 3,2 cm with clear contours, cyst" or "A formation 19 x 12 mm ..., with an anechoic
cavity 7 mm in the centre - abscess": the lesion is measured but of unstated nature ("formation", "lesion"), and a
diagnosis later in its sentence, with no size of its own, names it. The builder's in-sentence naming
(findings._merge_refinements) stops at a size or a clause between them, and the name became an unsized lesion of
its own beside the measured one: the same lesion twice, the name without the size. A conclusion restating it then
folds into the unsized twin, and the measured lesion keeps no name.

Here, once the report is read, such an unsized named lesion made in the same sentence as the lesion just before it
(no other lesion between), on its organ and a compatible side, is folded into the measured lesion: an asserted name
names it, a hedged one ("..., 6 mm wall; an abscess cannot be excluded") only gives its evidence, as a hedged
summary does (restated.py). A name that is measured itself ("formation 23 mm, a second cyst 5 mm"), of another
organ or side, placed by its own word ("an intrasplenic area of 3 cm with perisplenic fluid": the fluid around the
organ is another finding), after another lesion, or ruled out by the measured lesion's own look ("echogenic focus
8 mm with posterior acoustic shadowing, cyst in the upper pole": a bright, shadowing focus is no cyst;
typical_looks.py) stays a lesion of its own; so does one in a summary section, which restated.py reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import _Draft


def _sides_fit(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def fold_sentence_names(
    findings: list[_Draft],
    made_in: Mapping[int, int],
    summary_made: AbstractSet[int],
    own_placed: AbstractSet[int],
    folded: AbstractSet[int],
    generic: str | None,
    ruled_out: Callable[[str | None, Mapping[str, Sequence[str]]], bool] | None = None,
) -> set[int]:
    """The unsized named lesions folded into the measured lesion of unstated nature their sentence made just before
    them (see module docstring); the measured lesion takes their mentions, and an asserted one's diagnosis.
    ``ruled_out(concept, attributes)``: whether a lesion so described cannot be of that concept
    (``TypicalLooks.contradicts``)."""
    out: set[int] = set()
    last: int | None = None  # the last lesion not folded away
    for i, f in enumerate(findings):
        if f.kind != "lesion" or i in folded:
            continue
        e = findings[last] if last is not None else None
        if (
            e is not None
            and last is not None
            and not f.size_mm
            and f.diagnosis is not None
            and f.status in ("present", "uncertain")
            and i not in summary_made
            and i not in own_placed
            and last not in summary_made
            and made_in.get(i, -1) == made_in.get(last, -2)
            and e.size_mm
            and e.diagnosis is None
            and e.concept in (None, generic)
            and e.status != "absent"
            and e.organ is not None
            and e.organ == f.organ
            and _sides_fit(e.laterality, f.laterality)
            and (ruled_out is None or not ruled_out(f.concept, e.attributes))
        ):
            if f.status == "present":
                e.diagnosis, e.concept = f.diagnosis, f.concept
            if e.laterality is None:
                e.laterality = f.laterality
            e.absorb(f.mentions)
            out.add(i)
            continue
        last = i
    return out
