"""Which "RV" a report means: the heart's right ventricle, or a retroverted uterus.

The ontology files the bare abbreviation "RV" under the cardiac chambers (echocardiography's right ventricle). A
pelvic report writes the uterus's position with the same letters ("Uterus: RV, 84 x 50 x 52 mm", "an RV uterus"),
and then every lesion of the uterus that follows is placed in the heart. Where "RV" stands beside a mention of the
uterus and the report names no other part of the heart (an echo names the LV, a valve, an atrium with it), the
mention is dropped before the organs are read.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.record import MentionRecord
    from udt.taxonomy import Taxonomy

_IRI = attrgetter("iri")
_VERSION_WORDS = ("rv",)
# How many tokens may stand between the uterus and its "RV" ("Uterus: RV", "the uterus is RV", "RV uterus").
_REACH = 3


class UterineVersionSense:
    """Drops a cardiac "RV" mention that gives the position of the uterus beside it."""

    def __init__(self, tax: Taxonomy, strings: StringStore) -> None:
        organ_field = tax.fields[2]
        heart_part = tax.find("cardiac chamber or valve", organ_field)
        uterus = tax.by_us365k(organ_field, "Uterus")
        self._cardiac = heart_part.iri if heart_part is not None else None
        self._uterus_iris = frozenset() if uterus is None else frozenset(
            {uterus.iri, *(c.iri for c in tax.descendants(uterus))})
        self._version_words = word_ids(strings, _VERSION_WORDS)

    def settle(self, spans: list[MentionRecord], lower: list[int]) -> None:
        """Remove, in place, the cardiac "RV" mentions that stand beside the uterus (``lower``: LOWER ids per
        token)."""
        cardiac = self._cardiac
        if cardiac is None or cardiac not in map(_IRI, spans) or self._uterus_iris.isdisjoint(map(_IRI, spans)):
            return  # (most reports: one C-level scan)
        versions = [r for r in spans if r.iri == cardiac and r.end - r.start == 1
                    and lower[r.start] in self._version_words]
        if not versions or len(versions) < sum(r.iri == cardiac for r in spans):
            return  # another cardiac structure is named: an echo's right ventricle
        uteri = [r for r in spans if r.iri in self._uterus_iris]
        beside = {id(v) for v in versions
                  if any(v.start - _REACH <= u.end and u.start <= v.end + _REACH for u in uteri)}
        if beside:
            spans[:] = [r for r in spans if id(r) not in beside]
