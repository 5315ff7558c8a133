"""Which ventricle a report means: the heart's, or the brain's in a neonatal head study.

Echocardiography names "the left ventricle", "the right ventricle"; a neonatal cranial report names the lateral
ventricles the same way ("the right ventricle measures 4 mm"). The ontology files the phrase under the heart (the
far more common sense in report text); in a cranial study (its words, or other neonatal brain anatomy) with no
other cardiac structure named, it is read as the lateral ventricle instead.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.record import refile
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.record import MentionRecord
    from udt.taxonomy import Taxonomy

_IRI = attrgetter("iri")
_VENTRICLE_WORDS = ("ventricle", "ventricles")


class VentricleSense:
    """Re-files a cardiac "left/right ventricle" mention as the lateral ventricle in a cranial study."""

    def __init__(self, tax: Taxonomy, strings: StringStore) -> None:
        organ_field = tax.fields[2]
        heart_part = tax.find("cardiac chamber or valve", organ_field)
        lateral = tax.find("lateral ventricle", organ_field)
        brain = tax.by_us365k(organ_field, "Neonatal brain and spine")
        self._cardiac = heart_part.iri if heart_part is not None else None
        self._lateral = lateral.iri if lateral is not None else None
        self._brain_iris = frozenset() if brain is None else frozenset(
            {brain.iri, *(c.iri for c in tax.descendants(brain))})
        self._cranial_words = word_ids(strings, ts.CRANIAL_STUDY_WORDS)
        self._ventricle_words = word_ids(strings, _VENTRICLE_WORDS)

    def settle(self, spans: list[MentionRecord], lower: list[int]) -> None:
        """Re-file, in place, the cardiac ventricle mentions of a cranial study (``lower``: LOWER ids per token)."""
        cardiac, lateral = self._cardiac, self._lateral
        if cardiac is None or lateral is None or cardiac not in map(_IRI, spans):
            return  # (most reports: one C-level scan)
        ventricles = [r for r in spans if r.iri == cardiac
                      and not self._ventricle_words.isdisjoint(lower[r.start:r.end])]
        if len(ventricles) < sum(r.iri == cardiac for r in spans):
            return  # a valve, an atrium or the septum is named: the heart's ventricles
        if self._cranial_words.isdisjoint(lower) and self._brain_iris.isdisjoint(map(_IRI, spans)):
            return
        for rec in ventricles:
            refile(rec, lateral)
