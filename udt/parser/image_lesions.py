"""The "image" of translated reports: a lesion only where a descriptor describes it.

Writers translating from Spanish or Portuguese ("imagen nodular", "imagem hipoecoica") call a lesion an "image": "a
solid hypoechoic image of 28 mm", "a mixed image predominantly cystic, of 7 mm". The ontology lists "image" among the
generic lesion's synonyms; the same word also names the picture itself ("image quality limited", "on the stored
images"). What tells them apart is open, not a list of phrases: a lesion image is described, by an echogenicity,
shape, margin or content word (a descriptor mention of the report) written right before it or right after it in
its clause; a picture is not.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.strings import StringStore

from udt.parser.record import MentionRecord
from udt.parser.wordids import word_ids

IMAGE_WORDS = ("image", "images")
# Words that liken an image to a lesion just described, which makes it one as a descriptor does ("adjacent, a second
# similar image of 16 mm"; a picture is never "similar").
LIKENING_WORDS = ("similar", "identical", "analogous", "comparable")
# ... after a word that adds one more ("a second similar image", "another similar image", "two similar images"; not
# "Similar images were obtained")
ADDING_WORDS = ("a", "an", "another", "second", "2nd", "third", "3rd", "further", "additional", "one", "two", "three",
                "2", "3")
_LIKENING_REACH = 2  # tokens from a likening word to the image word ("similar anechoic image", "similar image")
# ... or a likeness written after the image, as Spanish puts it ("a second smaller image of similar characteristics",
# "an image with the same features"): a preposition right after the image, then a likening word and a noun of what is
# alike (not "images of similar quality": a picture)
_LIKENING_LINKS = ("of", "with")
_SAME_WORDS = ("same",)
_LIKENESS_NOUNS = ("characteristics", "features", "appearance", "aspect", "morphology", "echostructure", "pattern")
_BEFORE_REACH = 4  # tokens from a descriptor's end to the image word ("solid, hypoechoic, irregular image")
_AFTER_REACH = 2  # tokens from the image word to a descriptor ("image, predominantly cystic")


class ImageLesions:
    """Decides whether one "image" mention names a lesion (see module docstring)."""

    def __init__(self, strings: StringStore, descriptor_fields: Sequence[str]) -> None:
        self.words = word_ids(strings, IMAGE_WORDS)
        self._descriptors = frozenset(descriptor_fields)
        self._clause_ends = word_ids(strings, (".", ";", ":", "\n", "\n\n"))
        self._comma = strings.add(",")
        self._likening = word_ids(strings, LIKENING_WORDS)
        self._adding = word_ids(strings, ADDING_WORDS)
        self._links = word_ids(strings, _LIKENING_LINKS)
        self._likened_after = self._likening | word_ids(strings, _SAME_WORDS)
        self._likeness = word_ids(strings, _LIKENESS_NOUNS)
        self._strings = strings

    def kept(self, spans: Sequence[MentionRecord], lower: Sequence[int]) -> list[bool]:
        """Per mention, False for an image mention that names no lesion (a picture), True for every other."""
        return [not self._is_picture(k, spans, lower) for k in range(len(spans))]

    def _is_picture(self, k: int, spans: Sequence[MentionRecord], lower: Sequence[int]) -> bool:
        rec = spans[k]
        return rec.end - rec.start == 1 and lower[rec.start] in self.words and not self.is_lesion(k, spans, lower)

    def is_lesion(self, k: int, spans: Sequence[MentionRecord], lower: Sequence[int]) -> bool:
        """Whether ``spans[k]`` (an image word) has a descriptor mention next to it in its clause, or a likening word
        after an adding one right before it ("a second similar image")."""
        rec = spans[k]
        if any(lower[i] in self._likening and i > 0 and lower[i - 1] in self._adding
               for i in range(max(0, rec.start - _LIKENING_REACH), rec.start)):
            return True
        if self._likened_after_it(rec.end, lower):
            return True
        for j in range(k - 1, max(-1, k - 4), -1):
            prev = spans[j]
            if rec.start - prev.end > _BEFORE_REACH:
                break
            if prev.field in self._descriptors and self._open(prev.end, rec.start, lower):
                return True
        for j in range(k + 1, min(len(spans), k + 4)):
            nxt = spans[j]
            if nxt.start - rec.end > _AFTER_REACH:
                break
            if nxt.field in self._descriptors and self._describes_after(rec.end, nxt.start, lower):
                return True
        return False

    def _likened_after_it(self, end: int, lower: Sequence[int]) -> bool:
        """ "of" or "with" right at ``end`` (after the image), then (after "the") a likening word and a likeness
        noun ("of similar characteristics", "with the same features")."""
        i = end + 1
        if i < len(lower) and lower[i - 1] in self._links and lower[i] not in self._likened_after:
            i += 1  # "the"
        return (end < len(lower) and lower[end] in self._links and i + 1 < len(lower)
                and lower[i] in self._likened_after and lower[i + 1] in self._likeness)

    def _describes_after(self, lo: int, hi: int, lower: Sequence[int]) -> bool:
        """Only a comma or an adverb ("predominantly", "mostly": an "-ly" word) between the image and a descriptor
        after it; not a verb ("the longitudinal image shows a smooth outline": a picture and what it shows)."""
        return all(lower[i] == self._comma or self._strings[lower[i]].endswith("ly") for i in range(lo, hi))

    def _open(self, lo: int, hi: int, lower: Sequence[int]) -> bool:
        """No clause end between tokens ``lo`` and ``hi``."""
        return all(lower[i] not in self._clause_ends for i in range(lo, hi))
