"""Abbreviations that name a structure only as the line it is measured along: a site label, never a mention.

Follicle-tracking and early-pregnancy notes name the uterus by its endometrial thickness alone ("ET: 8.4 mm,
trilaminar", "No IUP seen. ET 11mm."). The ontology lists "ET" among the endometrium's synonyms (matched in capitals
only), but the same letters are an embryo transfer ("IVF scan 7+2 (ET day 24)"), an endotracheal tube ("ET tube
7.5") and the French "et" of a title in capitals ("ECHOGRAPHIE SCROTALE ET DOPPLER"), none of them measured. And even
where it is the endometrium, the note's lesions are the ovaries' ("ET 9.8 mm. RO: endometrioma 14 mm"): read as an
organ mention, the abbreviation would take a nearby lesion onto the uterus, or lend it a size or side.

So the matcher takes such mentions out before any rule reads them (:meth:`MeasuredAbbreviations.split`): one that
is followed by a length, past a key's mark or a word of measuring, is kept aside as a site label (for "ET", only where
it also opens its own statement: a line, a sentence, a table cell); any other is dropped. The bowel wall thickness of
intestinal ultrasound ("Neo-TI BWT 3.9 mm") is read the same way. The findings component labels the organ of a kept
one only where the report already labels its body system (sites.py: a gynaecological study, named by its ovaries or
its uterus), so an "ET 8 mm" of any other report adds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.strings import StringStore

from udt.parser.record import MentionRecord
from udt.parser.token_numbers import is_number
from udt.parser.units import LENGTH_UNIT_WORDS
from udt.parser.wordids import word_ids

# The abbreviations (lower case; the ontology's synonym is matched in capitals) that name their anatomy only so: the
# endometrial thickness ("ET 8 mm": the uterus) and the bowel wall thickness of intestinal ultrasound ("Neo-TI BWT
# 3.9 mm", "sigmoid BWT 3 mm": the bowel).
MEASURED_ONLY_WORDS = ("et", "bwt")
# ... of which those whose letters have other senses in running text or a title ("Plan: ET day 5", "ECHOGRAPHIE
# SCROTALE ET DOPPLER") count only where they open their statement; "BWT" is the bowel's after any word ("TI BWT").
OPENING_ONLY_WORDS = ("et",)
# What may stand between such an abbreviation and its number: a key's mark, a table's cell bar or a word of
# measuring ("ET: 8.4 mm", "ET - 5 mm", "| ET | 10 mm |", "ET measures 9 mm", "ET of 6 mm").
MEASURED_LEADS = (":", "-", "–", "=", "~", "|", "measures", "measuring", "measured", "of", "is", "approx",
                  "approximately")
_LEAD_REACH = 2  # lead tokens at most ("ET: approx 8 mm")
# What opens a statement before the abbreviation: a sentence's or clause's end, or a table cell's bar (a line break
# or the start of the report also open one: see _opens_statement).
_STATEMENT_OPENERS = (".", ";", "|")


class MeasuredAbbreviations:
    """Takes the measured-only abbreviations out of a report's mentions (see module docstring)."""

    def __init__(self, strings: StringStore, anatomy_fields: Sequence[str]) -> None:
        self.words = word_ids(strings, MEASURED_ONLY_WORDS)
        self._opening_only = word_ids(strings, OPENING_ONLY_WORDS)
        self._anatomy = frozenset(anatomy_fields)
        self._leads = word_ids(strings, MEASURED_LEADS)
        self._units = word_ids(strings, LENGTH_UNIT_WORDS)
        self._openers = word_ids(strings, _STATEMENT_OPENERS)
        self._strings = strings

    def split(self, records: Sequence[MentionRecord], lower: Sequence[int]) -> tuple[list[bool], list[MentionRecord]]:
        """Per mention, whether it stays a mention; and the mentions kept aside as site labels (measured ones)."""
        keep: list[bool] = []
        labels: list[MentionRecord] = []
        for rec in records:
            ours = rec.end - rec.start == 1 and lower[rec.start] in self.words and rec.field in self._anatomy
            keep.append(not ours)
            if ours and (lower[rec.start] not in self._opening_only or self._opens_statement(rec.start, lower)) \
                    and self._measured(rec.end, lower):
                labels.append(rec)
        return keep, labels

    def _opens_statement(self, start: int, lower: Sequence[int]) -> bool:
        """The abbreviation at ``start`` opens the report, a line, a sentence or a table cell."""
        if not start:
            return True
        before = lower[start - 1]
        return before in self._openers or self._strings[before].isspace()

    def _measured(self, end: int, lower: Sequence[int]) -> bool:
        """A number and a length unit follow ``end``, past at most _LEAD_REACH lead tokens ("ET: 8.4 mm")."""
        i = end
        while i < len(lower) and i - end < _LEAD_REACH and lower[i] in self._leads:
            i += 1
        return i + 1 < len(lower) and is_number(self._strings[lower[i]]) and lower[i + 1] in self._units
