"""Which organ a woman's urethra is filed under: the bladder's, not the penis and perineum's.

The ontology files the urethra under Penis and perineum (the male urethra runs through the penis); a woman's urethra
is a short canal below the bladder neck, and the corpus guideline files it, with the bladder neck and a urethral
diverticulum, under the Bladder ("Translabial US: urethra and bladder normal", "a urethral diverticulum at 6
o'clock"). A report that reads as a woman's (a female age-sex header "45F", a parity "G2P1", female anatomy or
pronouns) and names no male anatomy re-files its urethra mentions as the bladder, before the organs are read.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.record import organ_refiling, refile_mentions
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.record import MentionRecord
    from udt.taxonomy import Taxonomy

_IRI = attrgetter("iri")
# A woman's header or post: an age glued to F ("45F", "58 F"), or a parity ("G2P1", "G3 P3"). Case-sensitive: "3 f"
# is no sex letter.
_FEMALE_MARKS = lazy_compile(r"\b\d{1,2} ?F\b|\bG\d{1,2} ?P\d{1,2}\b")


class FemaleUrethraSense:
    """Re-files the urethra as the bladder in a woman's report."""

    def __init__(self, tax: Taxonomy, strings: StringStore) -> None:
        self._refiling = organ_refiling(tax, "urethra", "Bladder")
        self._female_words = word_ids(strings, ts.FEMALE_PATIENT_WORDS)
        self._male_words = word_ids(strings, ts.MALE_PATIENT_WORDS)

    def settle(self, spans: list[MentionRecord], lower: list[int], text: str) -> None:
        """Re-file, in place, the urethra mentions of a woman's report (``lower``: LOWER ids per token)."""
        refiling = self._refiling
        if refiling is None or refiling[0] not in map(_IRI, spans) or not self._male_words.isdisjoint(lower):
            return
        if self._female_words.isdisjoint(lower) and _FEMALE_MARKS.search(text) is None:
            return
        refile_mentions(spans, refiling)
