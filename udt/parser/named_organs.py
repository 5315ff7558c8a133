"""A diagnosis whose own words name its organ ("pleural effusion", "parathyroid adenoma", "renal cyst", "enlarged
parathyroid gland") is in that organ: the organ the sentences before described cannot hold it, so the site carried
over from them does not place it ("Pericardium: trace effusion. Right pleural effusion" is in the pleural space;
"Thyroid: ... Behind the left lower pole, a parathyroid adenoma" is a parathyroid gland's).

Why the words and not the ontology's typical site: a typical site is where a diagnosis usually lies, and the organ
under description may hold it anyway ("SPLEEN: ... a 9 mm focus, likely a haemangioma"); a diagnosis that spells its
organ out says where it is. The words are read through the vocabulary (a word that is a form of anatomy rolling up
to the diagnosis's own organ), so a user's ontology decides which words name which organ.

One dictionary probe per word of a lesion mention of two or more words, each word's organ looked up once per parser.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.vocabulary import Vocabulary

_MEMO_LIMIT = 8192  # words remembered (cleared when full: memory stays bounded)


class OrganWords:
    """Which organ a single word names as anatomy ("pleural" -> the pleural space), for one parser."""

    def __init__(self, strings: StringStore, vocabulary: Vocabulary, anatomy_fields: frozenset[str],
                 organ_of: Callable[[str, bool], str | None]) -> None:
        """``organ_of(iri, pediatric)``: the released organ an anatomy concept rolls up to (a child's organ for a
        child)."""
        self._strings = strings
        self._forms = vocabulary.forms
        self._anatomy = anatomy_fields
        self._organ_of = organ_of
        self._memo: dict[tuple[int, bool], str | None] = {}

    def _organ(self, word: int, pediatric: bool) -> str | None:
        key = (word, pediatric)
        if key in self._memo:
            return self._memo[key]
        term = self._forms.get(self._strings[word])
        organ = self._organ_of(term.iri, pediatric) if term is not None and term.field in self._anatomy else None
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        self._memo[key] = organ
        return organ

    def names(self, words: Sequence[int], organ: str, pediatric: bool) -> bool:
        """Whether a word of a lesion mention (``words``: lower-case word ids) names ``organ``, the organ its
        diagnosis implies. A one-word mention names none ("gallstones" is a diagnosis, not anatomy)."""
        return len(words) > 1 and any(self._organ(w, pediatric) == organ for w in words)
