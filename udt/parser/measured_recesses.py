"""A peritoneal recess measured is the free fluid in it: "+ve Morison's pouch, 8 mm stripe", "LUQ: splenorenal thin
stripe 4 mm", "Morison's pouch: 11 mm". A recess is a potential space: nothing in it has a size but the fluid that
fills it, so an eFAST or POCUS writer who names the window and its depth has reported free fluid there without a
fluid word (the corpus guideline: free fluid in Morison's pouch, the splenorenal recess or the pouch of Douglas is a
Peritoneum finding sized by its stated depth or stripe). Without this the recess read as anatomy with a size, a
structure of no diagnosis, and the fluid was lost.

Only a recess of the space the ontology files unplaced free fluid in (``udt:unplacedSite``: the peritoneal cavity
and its descendants, not the cavity itself), whose sentence names no lesion and calls nothing normal (where a fluid
word is written, "Free fluid: Morison's pouch 9 mm, pelvis 14 mm", the fluid rules read the depths: fluid_depths.py),
and only the first size after it in its clause, with no other anatomy or attribute item between and at most
``_GAP`` words ("Morison's pouch, thin stripe of 4 mm"). The recess item becomes a lesion item of free fluid that is
its own site (its organ, the peritoneum, and no side). One pass over the items, only where a recess is named.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import Item
    from udt.parser.record import MentionRecord

# A recess is read as anatomy, or set aside as a landmark where another organ of the report is the site at hand
# ("ignored"): measured, it is the fluid's place either way.
_RECESS_KINDS = ("anatomy", "ignored")
_IRI = attrgetter("iri")
_GAP = 4  # the most words between the recess and its depth ("splenorenal thin stripe 4 mm")
_CLAUSE_ENDS = frozenset({"sep", "sep_strong", "row", "cell"})  # roles that end the recess's clause before its size


def measured_recesses_as_fluid(items: list[Item], evidence: Sequence[MentionRecord], recesses: AbstractSet[str],
                               fluid_value: str | None, fluid_label: str | None, role: list[str | None]) -> None:
    """Turn, in place, each recess item (its mention's IRI in ``recesses``) measured in a sentence of no lesion into
    a free-fluid lesion item (see module docstring). ``items`` is in token order, ``evidence`` the report's mentions
    and ``role`` is ``Words.role``."""
    if fluid_value is None or recesses.isdisjoint(map(_IRI, evidence)):
        return  # (most reports name no recess: one C-level pass over the mentions)
    busy = {it.sent for it in items if it.kind in ("lesion", "normal")}  # sentences naming a lesion or a normal
    for k, it in enumerate(items[:-1]):
        if it.kind not in _RECESS_KINDS or it.index < 0 or evidence[it.index].iri not in recesses or it.sent in busy:
            continue
        size = items[k + 1]
        if size.kind != "size" or size.sent != it.sent or size.dated or size.locates or \
                size.start - it.end > _GAP or any(role[j] in _CLAUSE_ENDS for j in range(it.end, size.start)):
            continue
        it.kind, it.value, it.concept = "lesion", fluid_value, fluid_label
        it.site_of_self = True
