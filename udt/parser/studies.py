"""A whole study called negative with the region between: "Negative renal and bladder ultrasound".

The ontology names a normal study by contiguous phrases ("negative ultrasound", "negative scan"); a report often puts
the region examined between the two words. Here a phrase of the normal-study value whose two words stand apart is
read as that value when everything between them names the region: anatomy the matcher found, sides, joiners and a
few region adjectives ("pelvic", "transvaginal", "upper quadrant"). "Negative for stones" and "negative renal
findings" are no study (a word outside the region, no study word). The look-ahead is bounded.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from itertools import compress

from spacy.strings import get_string_id

from udt.parser import termset as ts

# Words that name where a study looked without being anatomy of the ontology.
REGION_WORDS = (
    *ts.LEFT, *ts.RIGHT, *ts.BILATERAL, "and", "&", "/", ",", "-", "upper", "lower", "quadrant", "pelvic",
    "abdominal", "transabdominal",
    "transvaginal", "transrectal", "doppler", "duplex", "colour", "color", "venous", "arterial", "limb", "limbs",
    "leg", "legs", "extremity", "extremities", "ruq", "luq", "rlq", "llq", "rif", "lif", "scrotal", "testicular",
    "renal", "soft", "tissue", "tissues", "complete", "limited", "focused", "targeted", "bedside", "point-of-care",
)
MAX_REGION_WORDS = 6  # "negative right upper quadrant and renal ultrasound"
_JOINERS = frozenset(get_string_id(w) for w in ("and", "&", "/", ",", "-"))  # join regions; name none


class StudyPhrases:
    """The normal-study phrases of two words ("negative" + "ultrasound") and the words a region may use."""

    def __init__(self, phrases: dict[tuple[int, ...], int], study_keys: frozenset[int]) -> None:
        # first word -> {last word -> key}
        self.pairs: dict[int, dict[int, int]] = {}
        for hashes, key in phrases.items():
            if len(hashes) == 2 and key in study_keys:
                self.pairs.setdefault(hashes[0], {})[hashes[1]] = key
        self.region = frozenset(get_string_id(w) for w in REGION_WORDS)
        self.study_words = frozenset(last for lasts in self.pairs.values() for last in lasts)

    def find(self, lower: list[int], chosen: list[tuple[int, int, int]], taken: bytearray,
             anatomy_keys: frozenset[int], words: AbstractSet[int] | None = None) -> list[tuple[int, int, int]]:
        """``(start, start + 1, key)`` for each free first word ("negative") whose study word follows past a region;
        ``chosen`` is the matcher's ``(start, end, key)`` list, sorted; ``words``, if given, the distinct ``lower``."""
        # Most reports: two C-level tests. The first words include "normal", which most reports hold, so the
        # study words ("ultrasound", "scan", "study") are tested too: a phrase needs both. (Against the report's
        # word set where given: a probe per word with the hash the set stores, not a re-hash of every token.)
        present = lower if words is None else words
        if self.study_words.isdisjoint(present) or self.pairs.keys().isdisjoint(present):
            return []
        anatomy_at: set[int] = set()
        for start, end, key in chosen:
            if key in anatomy_keys:
                anatomy_at.update(range(start, end))
        found = []
        n = len(lower)
        for i in compress(range(n), map(self.pairs.__contains__, lower)):  # (C-level probe of every token)
            if taken[i]:
                continue  # "normal" alone is a normal-study form of its own
            lasts = self.pairs[lower[i]]
            named_region = False
            for j in range(i + 1, min(n, i + MAX_REGION_WORDS + 2)):
                study_key = lasts.get(lower[j])
                if study_key is not None:
                    if named_region:
                        found.append((i, i + 1, study_key))
                    break
                if j in anatomy_at:
                    named_region = True
                elif lower[j] not in self.region:
                    break
                elif lower[j] not in _JOINERS:
                    named_region = True
        return found
