"""A lesion placed only by a bare "lobe" ("the right lobe contains a 3 cm nodule ... a second nodule in the left
lobe. Isthmus 4 mm"): the lobe is a part of the one organ with lobes that the report names elsewhere (the thyroid,
by its isthmus), and the lesion keeps the side the lobe was given.

Which organs have lobes is read from the ontology: those with a part whose name holds a lobe word of the termset
(``Termset.lobe_words``: "lobe", "lobes"; thyroid, liver, lung). A report naming two of them, or none, places nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from itertools import compress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from udt.taxonomy import Concept


def lobed_organs(
    anatomy: Iterable[Concept], organ_of: Callable[[str], str | None], lobe_words: Collection[str]
) -> frozenset[str]:
    """The released organs with a part named with one of ``lobe_words`` ("lobe"; ``organ_of``: a concept's released
    organ)."""
    out = set()
    for c in anatomy:
        if any(word in lobe_words for name in (c.label, *c.exact_synonyms) for word in name.casefold().split()):
            organ = organ_of(c.iri)
            if organ is not None:
                out.add(organ)
    return frozenset(out)


def lobe_organ(report_organs: Collection[str], lobed: frozenset[str]) -> str | None:
    """The one organ with lobes among the organs the report names, else None."""
    found = [o for o in report_organs if o in lobed]
    return found[0] if len(found) == 1 else None


def lobe_sides(lower: list[int], side: list[str | None], lobe_words: AbstractSet[int]) -> set[str]:
    """The sides the report names a bare lobe on ("Remaining right lobe", "left lobe:"): the organ's sides the
    report describes, though no organ mention carries them."""
    # (the lobe words' positions found in C: a Python step per lobe word, not per token)
    return {
        s
        for j in compress(range(1, len(lower)), map(lobe_words.__contains__, lower[1:]))
        if (s := side[j - 1]) is not None
    }
