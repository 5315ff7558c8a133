"""Which tunica albuginea a report means: the testis's capsule, or the penis's in a penile study.

The ontology files the bare "tunica albuginea" under the testis (testicular rupture, tunica albuginea cysts); a
report about the penis ("Peyronie's disease: plaque of the tunica albuginea along the shaft") means the penile
tunica. Its words decide, before the organs are read.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.record import organ_refiling, refile_mentions
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.record import MentionRecord
    from udt.taxonomy import Taxonomy

_IRI = attrgetter("iri")


class TunicaSense:
    """Re-files the testicular "tunica albuginea" as the penis in a report that speaks of the penis."""

    def __init__(self, tax: Taxonomy, strings: StringStore) -> None:
        self._refiling = organ_refiling(tax, "tunica albuginea of the testis", "Penis and perineum")
        self._penile_words = word_ids(strings, ts.PENILE_CONTEXT_WORDS)

    def settle(self, spans: list[MentionRecord], lower: list[int]) -> None:
        """Re-file, in place, the tunica mentions of a penile report (``lower``: LOWER ids per token)."""
        refiling = self._refiling
        if refiling is None or refiling[0] not in map(_IRI, spans) or self._penile_words.isdisjoint(lower):
            return
        refile_mentions(spans, refiling)
