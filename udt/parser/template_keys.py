"""A template key whose value is the status of the finding it names: "Calcification: absent", "Free fluid in the
pelvis: not seen", "FREE FLUID / LIQUIDE LIBRE: none", "... ; cysts in the left kidney: none".

The context component reads a template line's value ("none", "not found", "N") back to its key. The key is the
finding's own words ("Free fluid: none", read in context.py), or it runs on past them to its colon in one of two
forms, and the value then denies its head all the same:

* a line key: the finding opens its line and the colon follows within a few plain words (no clause mark, no
  number): translated and bilingual forms write the key as a phrase, the place the finding was looked for or its
  second language ("Free fluid in abdominal cavity: none", "FREE FLUID / LIQUIDE LIBRE: none"); a sentence that goes
  on ("free fluid in the pelvis, 12 mm: ...") is no key;
* a site key, anywhere in its line: the finding, then a site preposition and a few words with no break, where it was
  looked for ("...; free fluid in small pelvis: none", "Cysts in the left kidney: none").

The value is the key's head's: a lesion named in the key's site phrase is where the head was looked for, not denied
("Calcifications within the nodule: absent": the nodule is there). Without these, a denial after such a key reached
only the last word before the colon, and the head stayed present.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.record import MentionRecord

LINE_KEY_REACH = 5  # words from the finding's end to a line key's colon ("in the pouch of Douglas", "/ LIQUIDE LIBRE")
SITE_KEY_REACH = 7  # words from the finding's end to a site key's colon ("in the right iliac fossa", "within the
# left lobe of the thyroid")
# What ends a site key's site phrase: a clause mark, another key, a list or a second finding joined to the first.
_SITE_BREAKS = (",", ".", ";", ":", "\n", "\n\n", "|", "(", ")", "-", "–", "and", "or", "with", "but", "?")


class TemplateKeys:
    """The keys of one pipeline's template lines; the word sets are built once with the context component.

    ``colon``: the colon's id; ``line_starts``: the words a line key may follow (line breaks, bullets, a heading's
    colon); ``line_stops``: the marks that end a line key's words (the colon among them); ``finding_field`` and
    ``anatomy_fields``: the mention fields of a finding and of an organ."""

    def __init__(self, strings: StringStore, colon: int, line_starts: frozenset[int], line_stops: frozenset[int],
                 finding_field: str, anatomy_fields: frozenset[str]) -> None:
        self._colon = colon
        self._line_starts = line_starts
        self._line_stops = line_stops
        self._finding_field = finding_field
        self._anatomy_fields = anatomy_fields
        self._site_words = word_ids(strings, ts.KEY_SITE_WORDS)
        self._site_breaks = word_ids(strings, _SITE_BREAKS)

    def line_key(self, lower: list[int], mentions: list[MentionRecord], i: int) -> int | None:
        """The colon of a line key that the finding ``mentions[i]`` opens and runs on past ("Free fluid in abdominal
        cavity: none"); None where the colon follows the finding itself or it opens no such key. None too for a
        descriptor or anatomy mention, whose keys stay their own words, and where the key's later words name a
        descriptor or a finding of their own ("Nodule 1 echogenic foci: none" denies the foci, not the nodule); a
        place named in them ("in the pouch of Douglas") is part of the key."""
        m = mentions[i]
        start, end = m.start, m.end
        n = len(lower)
        if m.field != self._finding_field or end >= n or lower[end] == self._colon \
                or (start > 0 and lower[start - 1] not in self._line_starts):
            return None
        colon, stops = self._colon, self._line_stops
        for j in range(end, min(n, end + LINE_KEY_REACH + 1)):
            w = lower[j]
            if w == colon:
                for o in mentions[i + 1 :]:
                    if o.start >= j:
                        break
                    if o.field not in self._anatomy_fields:
                        return None
                return j
            if w in stops:
                return None
        return None

    def key_ends(self, lower: list[int], mentions: list[MentionRecord]) -> set[int]:
        """Where a key's words end, at its colon: after each mention ("Ascites: no") and at each line key's colon."""
        ends = {m.end for m in mentions}
        ends.update(j for i in range(len(mentions)) if (j := self.line_key(lower, mentions, i)) is not None)
        return ends

    def site_key(self, lower: list[int], end: int, colon: int) -> bool:
        """The words from ``end`` (a mention's end) to the colon at ``colon`` are a site key's site phrase: a site
        preposition, then a few words with no break ("Free fluid| in small pelvis|:")."""
        return 1 < colon - end <= SITE_KEY_REACH and self._site_phrase(lower, end, colon)

    def heads_key(self, lower: list[int], colon: int, key_ends: set[int]) -> bool:
        """The key before the colon at ``colon`` is headed by a mention: one ends at the colon (``key_ends``), or
        one opens a site key that ends there ("Cyst in right ovary: none")."""
        return colon in key_ends or any(e in key_ends and self.site_key(lower, e, colon)
                                        for e in range(max(0, colon - SITE_KEY_REACH), colon - 1))

    def placed_in_key(self, mentions: list[MentionRecord], i: int, lower: list[int]) -> bool:
        """Mention ``i`` stands in the site phrase of a key whose head is an earlier finding or descriptor
        ("Calcifications within the nodule: absent": the nodule is where they were looked for)."""
        m = mentions[i]
        for k in range(i - 1, -1, -1):
            o = mentions[k]
            if m.start - o.end > SITE_KEY_REACH or o.end > m.start:
                return False
            if o.field in self._anatomy_fields:
                continue
            return o.end < m.start and self._site_phrase(lower, o.end, m.start)
        return False

    def _site_phrase(self, lower: list[int], end: int, stop: int) -> bool:
        """A site preposition at ``end``, then words up to ``stop`` with no break."""
        return lower[end] in self._site_words and self._site_breaks.isdisjoint(lower[end + 1 : stop])
