"""A report's bare word for "normal" closing a clause: "Right ovary 32x20 mm, natural.", "LT KIDNEY: 11.2cm, fine.",
"Spleen: 11,5 x 4,8 cm, without changes.", "Mamma rechts: geen afwijkingen.", "R kidney ok.".

A Turkish-trained writer says "doğal" (natural) for normal, a Russian-trained one "without changes" ("без
изменений"), a Dutch one "geen afwijkingen" (no abnormalities), and a hurried note "fine", "ok" or "healthy". The
ontology holds the phrases that carry normal safely ("is natural", "in natural appearance"); these words alone are
too common in other senses ("natural delivery", "fine septations", "is that ok?", "without changes since 2021") to
be synonyms. After a comma, colon, dash or equals sign, or right after the organ they speak of ("Left kidney
healthy."), and before the clause ends, they can only be the writer's verdict on what the clause named, so they are
read there as the normal value (the normal-appearance rules then decide whether that is a whole organ, one aspect,
or a part). A Russian-trained writer's "without features" ("без особенностей") counts only after the punctuation:
right after the organ's name it is as often said of a part beside the organ's lesion. Constant work per candidate
word; a report without any first word pays one C-level test of its word set.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from itertools import compress

from spacy.strings import StringStore

from udt.parser.wordids import word_ids


class ClosingNormals:
    """Finds the closing normal words and phrases (see module docstring); built once from the termset's lists."""

    def __init__(self, strings: StringStore, phrases: Iterable[str], leads: Iterable[str], ends: Iterable[str],
                 lead_only: Iterable[str], normal_key: int | None) -> None:
        # (first word -> the phrases it opens, each as the ids of its words, longest first)
        self._phrases: dict[int, list[tuple[int, ...]]] = {}
        if normal_key is not None:
            for phrase in phrases:
                ids = tuple(strings.add(w) for w in phrase.split())
                self._phrases.setdefault(ids[0], []).append(ids)
            for options in self._phrases.values():
                options.sort(key=len, reverse=True)
        self.words = frozenset(self._phrases)
        self._leads = word_ids(strings, leads)
        self._ends = word_ids(strings, ends)
        self._key = normal_key
        # (the phrases that never follow the organ's name bare: "without features" of a part beside a lesion)
        self._lead_only = frozenset(tuple(strings.add(w) for w in phrase.split()) for phrase in lead_only)

    def find(self, lower: list[int], taken: bytearray, words: AbstractSet[int],
             organ_ends: AbstractSet[int] = frozenset()) -> list[tuple[int, int, int]]:
        """``(start, end, key)`` of the normal value for each free closing phrase in ``lower`` (the lower-cased
        words' string ids; ``words`` their set); ``organ_ends``: the token indices right after an organ's mention
        ("Left kidney| healthy"), where a closing phrase may also start."""
        if self._key is None or self.words.isdisjoint(words):
            return []
        n, found = len(lower), []
        for i in compress(range(n), map(self.words.__contains__, lower)):
            if taken[i] or i == 0:
                continue
            led = lower[i - 1] in self._leads
            if not led and i not in organ_ends:
                continue
            for phrase in self._phrases[lower[i]]:
                end = i + len(phrase)
                if tuple(lower[i:end]) == phrase and not any(taken[i:end]) \
                        and (end == n or lower[end] in self._ends) and (led or phrase not in self._lead_only):
                    found.append((i, end, self._key))
                    break
        return found
