"""Organ parts that name their organ without it: a liver segment by its Couinaud number ("a cyst in segment 7", "a
segment IVb lesion", "S6/7", "segments V/VIII").

Reports place a liver lesion by its segment alone, often in an abdominal study that names the spleen and the
kidneys but never the word "liver"; the segment then is the only word saying which organ holds the lesion. A bare
"segment" names no organ (a bowel, venous or lower uterine segment): only "segment" followed by a Couinaud number, or
a Couinaud abbreviation, does. The organ is the one the ontology gives segment I (the caudate lobe, whose synonyms
hold "segment I"), so a user's ontology that files it elsewhere moves every numbered segment with it.

Why not an ontology synonym per numbered segment: each would be an anatomy mention that the findings pass reads as a
site between listed sizes ("two lesions, 2.4 cm in segment VIII and 1.6 cm in segment III"), which splits the list
wrongly there. Read here, after the mention pass, the segment labels its organ and leaves the findings as they were.
Kept apart from :mod:`udt.parser.implied` because it reads words, not mentions: a probe per cue word in the report's
word set, then a C-level scan for each segment word that occurs.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.vocabulary import Vocabulary


class OrganPartWords:
    """The word tables of numbered organ parts and the concept they stand for (built once per parser)."""

    def __init__(self, strings: StringStore, vocabulary: Vocabulary) -> None:
        self.part_words = word_ids(strings, ts.LIVER_SEGMENT_WORDS)
        self.numbers = word_ids(strings, ts.LIVER_SEGMENT_NUMBERS)
        self.abbreviations = word_ids(strings, ts.LIVER_SEGMENT_ABBREVIATIONS)
        self.units = word_ids(strings, ts.MEASURE_UNIT_WORDS)
        self.stop = strings.add(".")  # an abbreviation's full stop before the number ("segm. IV")
        self.cues = self.part_words | self.abbreviations  # the per-report gate
        self.low_abbreviations = word_ids(strings, ts.LIVER_LOW_SEGMENT_ABBREVIATIONS)
        term = vocabulary.forms.get(ts.LIVER_SEGMENT_ANCHOR)
        # The concept segment I names (the caudate lobe); None if the ontology names no segment (the rule is off).
        self.site_iri: str | None = term.iri if term is not None and not term.generic else None

    def named_at(self, lower: list[int], words: frozenset[int]) -> list[int]:
        """The tokens where a numbered segment is named ("segment" + Couinaud number, not a measurement such as
        "lower uterine segment 5 mm"; or an abbreviation "S6/7"), in report order; ``words`` is the report's word set
        (``TokenColumns.words``), so a report with no segment word costs a probe per cue word."""
        if self.site_iri is None or self.cues.isdisjoint(words):
            return []
        found: list[int] = []
        n = len(lower)
        cues = self.cues & words
        abbreviations = self.abbreviations
        if not abbreviations.isdisjoint(words) and not self.low_abbreviations.isdisjoint(words):
            # "RFA site in S8 ... new 9 mm nodule in S3": beside a higher segment's abbreviation, S1-S4 are segments
            # too (alone they are sacral levels, heart sounds, a spleen report's lesion labels)
            low = self.low_abbreviations & words
            cues |= low
            abbreviations = abbreviations | low
        for word in cues:  # (each found by list.count and list.index, in C)
            i = -1
            for _ in range(lower.count(word)):
                i = lower.index(word, i + 1)
                k = i + 2 if i + 2 < n and lower[i + 1] == self.stop and word in self.part_words else i + 1
                if word in abbreviations or (k < n and lower[k] in self.numbers
                                                  and not (k + 1 < n and lower[k + 1] in self.units)):
                    found.append(i)
        found.sort()
        return found


def in_finding_sections(tokens: list[int], idx: list[int], section_starts: list[int],
                        sections: list[tuple[int, str | None]]) -> bool:
    """Whether any of ``tokens`` (by character offset ``idx``) lies outside the history, technique and comparison
    sections: a segment named only there ("prior resection of segment 6") names no organ of this study."""
    for i in tokens:
        at = bisect_right(section_starts, idx[i]) - 1
        if at < 0 or sections[at][1] not in ts.NON_FINDING_SECTIONS:
            return True
    return False
