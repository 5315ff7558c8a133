""""Elongated" said of a fluid collection or of a passage of the anatomy: no lesion's tubular shape.

The ontology lists "elongated" as a synonym of the tubular shape, and the development corpora label it so on a
structure or node ("a flattened, elongated hypoechoic structure" of a normal groin node). Said of a fluid collection
("a 5 x 2 cm elongated anechoic collection in the calf", "an intramuscular hematoma of 62 x 18 mm, elongated") it
tells how far the fluid spreads along its tissue plane, and said of a passage ("an elongated channel (19 mm)" of a
pyloric stenosis) it is the passage's abnormal length: every development corpus labels no Shape for either, and the
guideline's tubular wordings are tube- and line-words ("tubular structure", "linear cleft or membrane"), which keep
their shape on a collection. Kept apart from :mod:`udt.parser.margins`, which decides contour and outline wording.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.strings import StringStore

from udt.parser import termset as ts
from udt.parser.record import MentionRecord
from udt.parser.wordids import word_ids

# How many words an attributive "elongated" may stand before the collection it qualifies ("elongated anechoic to
# hypoechoic collection"), and how many words a predicative one may stand after it ("hematoma of 62 x 18 mm,
# elongated").
_AHEAD = 5
_BEHIND = 10


class ElongationWords:
    """Decides whether an "elongated" shape mention describes a collection or a passage rather than a lesion."""

    def __init__(self, strings: StringStore, descriptive: frozenset[str]) -> None:
        self._elongated = word_ids(strings, ts.ELONGATION_WORDS)
        self._passages = word_ids(strings, ts.PASSAGE_NOUNS)
        # (a clause or phrase ends: the word no longer qualifies what lies beyond)
        self._stops = word_ids(strings, (".", ";", ":", "\n", "\n\n", "with", "and", "or", "but", "which", "that",
                                         "in", "of", "at", "from", "within"))
        self._clause_ends = word_ids(strings, (".", ";", ":", "\n", "\n\n", "!", "?"))
        # (what may follow a shape word that closes its phrase: "hematoma of 62 x 18 mm, elongated, without flow")
        self._closers = self._clause_ends | word_ids(strings, (",", "(", ")", "with", "and", "without"))
        self._descriptive = descriptive

    def of_no_lesion(self, k: int, spans: list[MentionRecord], lower: list[int],
                     is_collection: Callable[[MentionRecord], bool]) -> bool:
        """The shape mention ``spans[k]`` is "elongated" and qualifies a passage noun right after it ("elongated
        channel", "elongated canal"), or a fluid collection: the next mention past descriptor words in its phrase
        ("elongated anechoic collection"), or the mention before it in its clause when it closes its phrase
        ("hematoma of 62 x 18 mm, elongated, without flow")."""
        rec = spans[k]
        if rec.end - rec.start != 1 or lower[rec.start] not in self._elongated:
            return False
        if rec.end < len(lower) and lower[rec.end] in self._passages:
            return True
        # (walked by index, not sliced: a slice copies the report's mentions for every "elongated")
        for i in range(k + 1, len(spans)):
            other = spans[i]
            if other.start - rec.end > _AHEAD or any(lower[j] in self._stops for j in range(rec.end, other.start)):
                break
            if other.field not in self._descriptive:
                return is_collection(other)
        if rec.end < len(lower) and lower[rec.end] not in self._closers:
            return False  # it qualifies a noun after it
        for i in range(k - 1, -1, -1):
            other = spans[i]
            if rec.start - other.end > _BEHIND \
                    or any(lower[j] in self._clause_ends for j in range(other.end, rec.start)):
                break
            if other.field not in self._descriptive:
                return is_collection(other)
        return False

