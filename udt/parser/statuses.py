"""What a mention states beside its own concept, and mentions whose status their wording restates.

A denied grade ("blood flow is not increased": the grade is absent, not the flow), a denied generic dimension (its
absence value: "no vascularity"), a denied kind of a feature with no value of its own ("without central flow"), a
denied well-defined margin ("without clear borders": ill-defined) unless the margin word qualifies the lesion after
it ("no well-defined mass"), a reference-range "normal" ("(normal <10)") or one before a course of care ("a normal
delivery"): states nothing, and a diagnosis another examination reported ("CT showed a renal mass": history). Kept
apart from :mod:`udt.parser.sites` because these rules settle one mention's status from its own words, before it is
read as a finding or a site. :class:`StatusRules` is mixed into :class:`udt.parser.sites.SitesAndFindings`, whose
mention pass calls :meth:`StatusRules._restated_status` for every mention.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.host import SiteRulesHost
from udt.parser.record import ABSENCE, GENERIC, MentionRecord
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.sites import _Report
    from udt.parser.vocabulary import Vocabulary
    from udt.taxonomy import Taxonomy


def _comma_after_word(text: str, start_char: int) -> bool:
    """The word at ``start_char`` ends with a comma or semicolon: what follows is the next item of a list ("the left
    kidney is normal, 11.5 cm"), not a reference value ("normal 3-7 mm")."""
    i, n = start_char, len(text)
    while i < n and text[i].isalpha():
        i += 1
    return i < n and text[i] in ",;"


def _closes_after_word(text: str, start_char: int) -> bool:
    """The word at ``start_char`` ends its parenthesis ("... with no hyperaemia (normal)"): a verdict in brackets, not a
    reference range ("(normal <10)")."""
    i, n = start_char, len(text)
    while i < n and text[i].isalpha():
        i += 1
    return i < n and text[i] == ")"


def _measured_before(text: str, opened: int) -> bool:
    """A number stands in the dozen characters before the bracket at ``opened`` ("Flow volume: 1150 ml/min (normal)",
    "CBD 4 mm (normal)"): the bracketed verdict is on that measurement, not on an organ."""
    return any(c.isdigit() for c in text[max(0, opened - 12) : opened])


def _char_after(text: str, start_char: int) -> int:
    """Index of the first non-space character after the word at ``start_char`` (or the last index)."""
    i = start_char
    n = len(text)
    while i < n and not text[i].isspace():
        i += 1
    while i < n - 1 and text[i].isspace():
        i += 1
    return min(i, n - 1)


class StatusRules(SiteRulesHost):
    """Rules that restate a mention's status from its wording; a mixin of
    :class:`udt.parser.sites.SitesAndFindings`."""

    # What these rules read, set by SitesAndFindings.__init__ or, for the tables only they read, by
    # _init_statuses (declared here so that the type checker knows every attribute the rules use).
    taxonomy: Taxonomy
    vocabulary: Vocabulary
    fields: tuple[str, ...]
    _denied_kinds: dict[str, str]
    _denied_margin: dict[str, str]
    _descriptive: frozenset[str]
    _modality_verbs: frozenset[int]
    _modality_qualifiers: frozenset[int]
    _on: int
    _not_words: frozenset[int]
    _unassessed: frozenset[int]
    _normal_iri: str | None
    _other_modalities: frozenset[int]
    _ref_after: frozenset[int]
    _ref_before: frozenset[int]
    _statement_after: frozenset[int]
    _event_after: frozenset[int]
    _event_qualifiers: frozenset[int]

    def _init_statuses(self, strings: StringStore) -> None:
        """Build the tables only these rules read (called once by ``SitesAndFindings.__init__``)."""
        self._ref_before = word_ids(strings, ts.REFERENCE_BEFORE)
        self._ref_after = word_ids(strings, ts.REFERENCE_AFTER)
        self._statement_after = word_ids(strings, ts.STATEMENT_AFTER)
        self._event_after = word_ids(strings, ts.EVENT_AFTER_NORMAL)
        self._event_qualifiers = word_ids(strings, ts.EVENT_QUALIFIERS)
        self._modality_verbs = word_ids(strings, ts.OTHER_MODALITY_VERBS)
        self._modality_qualifiers = word_ids(strings, ts.OTHER_MODALITY_QUALIFIERS)
        self._on = strings.add("on")
        self._not_words = word_ids(strings, ("not", "n't"))
        self._unassessed = word_ids(strings, ts.NOT_EXAMINED_VERBS)

    def _kinds_denied_as_absence(self) -> dict[str, str]:
        """Concept IRI -> its dimension's absence value, for the finer concepts of a descriptive dimension that has
        one and that roll up to no released value ("internal vascularity", "central flow"): denying one says the feature
        is absent. A ranked value ("no increased vascularity") stays a denied value."""
        tax, out = self.taxonomy, {}
        for field, absent in self.vocabulary.absence.items():
            if field not in self._descriptive:
                continue  # a diagnosis denied ("no gallstones") is that diagnosis absent, never "normal"
            for c in tax.iter_dimension(field):
                if not c.is_released_value and not c.is_dimension and c.iri != absent and \
                        self._rollups_of(c.iri).get(field) is None:
                    out[c.iri] = absent
        return out

    def _qualifies_next_lesion(self, k: int, spans: list[MentionRecord]) -> bool:
        """The margin word is an adjective of the lesion right after it ("no well-defined mass"): the lesion is what
        is denied, not the margin."""
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        return nxt is not None and nxt.field == self.fields[0] and nxt.start == spans[k].end

    def _restated_status(self, k: int, rec: MentionRecord, status: str, r: _Report) -> str | None:
        """A mention that states another value than its own concept: a denied grade ("blood flow is not
        increased"), a denied generic dimension (its absence value, where it has one),
        a denied kind of a feature, a denied well-defined margin. Returns the status of what it states, or None
        for a mention that states nothing (an undenied generic word, a reference-range "normal")."""
        iri, negated, lower = rec.iri, rec.negated, r.lower
        if rec.kb == ABSENCE and self._not_assessed(rec, lower):
            return None  # "Vascularity: not assessed", "flow was not evaluated": not examined, so nothing stated
        grade = self._denied_grade(rec, lower) if rec.kb in (GENERIC, ABSENCE) else None
        if grade is not None:
            # "Blood flow is not increased": the grade is denied, not the flow itself.
            r.denied_grades.add(grade[1])
            rec.iri = grade[0].iri
            return "absent"
        if rec.kb == GENERIC:
            absent_value = self.vocabulary.absence.get(rec.field)
            if not negated or absent_value is None:
                return None
            rec.iri = absent_value
            return "present"
        if negated and iri in self._denied_kinds:
            # "free of internal vascularity", "without central flow": a kind of the feature with no value of
            # its own, denied, states the dimension's absence value (as "no vascularity" does).
            rec.iri = self._denied_kinds[iri]
            return "present"
        if iri == self._normal_iri and negated:
            return None  # "not normal", or a negation running on into "left ovary normal": no absence to report
        if iri == self._normal_iri and (self._reference_normal(r.text, lower, rec.start, rec.end, rec.start_char)
                                        or self._event_normal(lower, rec.end)):
            return None
        if negated and iri in self._denied_margin and not self._qualifies_next_lesion(k, r.spans):
            # "not clear contours", "without clear borders": margins that are not well-defined are ill-defined.
            rec.iri = self._denied_margin[iri]
            return "present"
        return status

    def _not_assessed(self, rec: MentionRecord, lower: list[int]) -> bool:
        """An absence phrase that ends with "not" and goes on with a verb of examining ("Vascularity: not assessed",
        "Flow was not evaluated", "Doppler: not performed"): the feature was not examined, which is no absence."""
        end = rec.end
        return end < len(lower) and lower[end - 1] in self._not_words and lower[end] in self._unassessed

    def _reported_by_another_exam(self, rec: MentionRecord, lower: list[int], sent_starts: list[int],
                                  sent: int) -> bool:
        """A diagnosis reported by another examination just before it ("CT showed a 'renal mass'"): history. (One
        dated in the past, "a cyst drained two years ago", is a history cue of the context component.)"""
        lo = sent_starts[sent]
        for j in range(rec.start - 1, max(lo, rec.start - 6) - 1, -1):
            if lower[j] in self._modality_verbs:
                return j > lo and lower[j - 1] in self._other_modalities
        return rec.uncertain and self._doubted_on_another_image(rec.end, lower)

    def _doubted_on_another_image(self, end: int, lower: list[int]) -> bool:
        """A doubted diagnosis placed right after it on another examination's image ("mimicked a mediastinal mass on
        the chest radiograph", "possible mass on the prior CT"): a look on that study, not this scan's finding."""
        n = len(lower)
        if end >= n or lower[end] != self._on:
            return False
        j = end + 1
        while j < n and j - end <= 3 and lower[j] in self._modality_qualifiers:
            j += 1
        return j < n and lower[j] in self._other_modalities

    def _event_normal(self, lower: list[int], end: int) -> bool:
        """The "normal" ending at ``end`` qualifies a course of care or of life ("a normal delivery", "normal vaginal
        birth"; termset.EVENT_AFTER_NORMAL), not anything the scan examined."""
        if end < len(lower) and lower[end] in self._event_qualifiers:
            end += 1
        return end < len(lower) and lower[end] in self._event_after

    def _reference_normal(self, text: str, lower: list[int], start: int, end: int, start_char: int) -> bool:
        """True if the "normal" at ``start`` is part of a reference range or standard ("(normal <10)", "upper
        limit of normal", "normal range"), not a statement that something examined is normal."""
        if end - start != 1:
            return False
        opened = text.rfind("(", max(0, start_char - 60), start_char)
        if opened >= 0 and text.rfind(")", opened, start_char) < 0 and not (
                _closes_after_word(text, start_char) and not _measured_before(text, opened)):
            return True
        nxt = lower[end] if end < len(lower) else None
        if nxt is not None and (nxt in self._ref_after or (text[_char_after(text, start_char)].isdigit()
                                                           and not _comma_after_word(text, start_char))):
            return True
        return start > 0 and lower[start - 1] in self._ref_before and nxt not in self._statement_after
