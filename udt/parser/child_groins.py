"""A child's groin is no infant hip: the groin words of a child's report file no Infant hip and knee beside the
study's own paediatric organ.

The ontology's paediatric counterpart of the adult region "Hip groin and buttock" is Infant hip and knee, so in a
child's report every region word of that concept is re-filed there, the groin's too. That is right for a hip ("Right
hip alpha angle 52 degrees") but not for the groin a boy's scrotal or inguinal study names ("US GROIN/SCROTUM",
"a bulge in his right groin", "US scrotum and inguinal regions"), nor for a girl's hernia holding her ovary: the
groin there is only where the scrotum, the hernia or the ovary was scanned, and the corpora file those reports under
the scrotum or the gynaecological organ alone, never under Infant hip and knee. So where every mention that files
Infant hip and knee is a groin word and the report already files another paediatric organ, that organ holds the
groin and Infant hip and knee is dropped. A child's hip, knee or buttock keeps it, and so does a groin named alone
(no other paediatric organ to hold it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.strings import StringStore

    from udt.parser.record import MentionRecord
    from udt.taxonomy import Taxonomy

# The words that name the groin rather than the hip (the first word of a mention: "groin", "inguinal regions").
_GROIN_WORDS = ("groin", "groins", "inguinal")


class ChildGroins:
    """Drops Infant hip and knee where a child's report names only the groin of another paediatric organ's study."""

    def __init__(self, tax: Taxonomy, organ_field: str, strings: StringStore,
                 child_organs: frozenset[str]) -> None:
        self._organ_field = organ_field
        organ = tax.find("infant hip and knee", organ_field)
        self._infant_hip = organ.us365k_label if organ is not None else None
        self._groin_words = word_ids(strings, _GROIN_WORDS)
        self._child_organs = child_organs

    def settle(self, labels: dict[str, set[str]], records: Iterable[MentionRecord]) -> dict[str, str | None]:
        """Drop, in place, Infant hip and knee from a child's ``labels`` when only groin words file it and another
        paediatric organ is filed. Returns the organ dropped -> ``None`` (empty: nothing dropped)."""
        hip = self._infant_hip
        organs = labels[self._organ_field]
        if hip is None or hip not in organs:
            return {}
        if not any(o != hip and o in self._child_organs for o in organs):
            return {}  # (a groin named alone: no other paediatric organ holds it)
        filing = [rec.first_lower in self._groin_words for rec in records if rec.value == hip]
        if not filing or not all(filing):
            # (a hip, knee or buttock of the child's own; or a label no mention files: "Hips: Graf type Ia")
            return {}
        organs.discard(hip)
        return {hip: None}
