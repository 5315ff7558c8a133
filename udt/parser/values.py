"""Values a mention's words state besides its own: derived evidence of the findings component.

"solid and cystic components" (two components, not one mixed value), "iso- to hypoechoic" (two echogenicities), "no
solid mass" (solid components absent, as the compound diagnosis is), "complex cystic and solid mass" (an attribute's
phrase that also names the lesion), what a compound term swallowed ("increased periventricular echogenicity": the
grade rules of :mod:`udt.parser.degrees`). Each is added as a derived :class:`udt.parser.record.MentionRecord` right
after the mention that states it, and labelled where that mention is asserted in the findings. Kept apart from
:mod:`udt.parser.sites` because these rules read one mention's own words and only add records; they decide no site.
:class:`DerivedValueRules` is mixed into :class:`udt.parser.sites.SitesAndFindings`, whose ``__init__`` (with
:meth:`DerivedValueRules._init_values` for the tables only these rules read) sets the tables these rules read
(``_echo_prefixes``, ``_component_words``, ``_named_attributes``, ...) and whose mention pass calls them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from udt.parser import termset as ts
from udt.parser.findings import Item
from udt.parser.host import SiteRulesHost
from udt.parser.matcher import OntologyMatcher
from udt.parser.record import MentionRecord
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.sites import _Report
    from udt.taxonomy import Concept, Taxonomy


def in_findings_of(section: str | None) -> bool:
    """Mentions in this section describe the study's findings (not history, technique or comparison)."""
    return section not in ts.NON_FINDING_SECTIONS


def names_its_own_kind(attribute: str, diagnosis: str | None) -> bool:
    """The attribute inside a diagnosis's words only names the diagnosis's own kind ("cystic lesion": a cyst, whose
    cystic content is what makes it one): no attribute besides it (guideline: "cystic lesion" -> cyst; "solid mass"
    -> also solid components)."""
    return diagnosis is not None and attribute.split(" ", 1)[0].startswith(diagnosis)


class DerivedValueRules(SiteRulesHost):
    """Rules that add the values a mention states besides its own; a mixin of
    :class:`udt.parser.sites.SitesAndFindings`."""

    # What these rules read, set by SitesAndFindings.__init__ or, for the tables only they read, by
    # _init_values (declared here so that the type checker knows every attribute the rules use).
    taxonomy: Taxonomy
    matcher: OntologyMatcher
    fields: tuple[str, ...]
    _adverbs: frozenset[int]
    _and: int
    _brackets: tuple[int, int]
    _component_words: frozenset[int]
    _descriptive: frozenset[str]
    _diagnosis_field: str
    _echo_field: str
    _echo_prefixes: dict[int, Concept]
    _hyphen_or_to: frozenset[int]
    _named_attributes: frozenset[str]
    _ordinal_fields: frozenset[str]
    _key_marks: frozenset[int]
    _comet_words: frozenset[int]
    _calcific_focus_words: frozenset[int]
    _template_value_ends: frozenset[int]

    def _init_values(self, strings: StringStore) -> None:
        """Build the tables only these rules read (called once by ``SitesAndFindings.__init__``)."""
        self._adverbs = word_ids(strings, ts.DEGREE_GAP_WORDS)
        self._component_words = word_ids(strings, ts.COMPONENT_WORDS)
        self._and = strings.add("and")
        # (and a coordinated prefix: "alternating hypo- and hyperechoic rings", "iso- or hypoechoic"; French
        # "iso- à hypoéchogène", whose "à" spaCy lowers to "a")
        self._hyphen_or_to = word_ids(strings, ("-", "to", "/", "and", "or", "a"))
        self._key_marks = word_ids(strings, (":", "-", "–"))  # "Echogenic foci: ...", "Echogenic foci - ..."
        self._comet_words = word_ids(strings, ts.COMET_WORDS)
        self._calcific_focus_words = word_ids(strings, ts.CALCIFIC_FOCUS_WORDS)
        self._template_value_ends = word_ids(strings, ts.TEMPLATE_VALUE_ENDS)

    def _foci_are_comet_tails(self, rec: MentionRecord, lower: list[int]) -> bool:
        """The calcification mention ``rec`` is a worksheet key ("Echogenic foci:") whose value names comet-tail
        artefacts and no calcification ("large comet-tail only"): colloid, not calcifications (TI-RADS 0 points).
        Reads the value up to its line's end, at most eight words."""
        end, n = rec.end, len(lower)
        if end + 1 >= n or lower[end] not in self._key_marks:
            return False
        value = []
        for j in range(end + 1, min(n, end + 9)):
            if lower[j] in self._template_value_ends:
                break
            value.append(lower[j])
        return not self._comet_words.isdisjoint(value) and self._calcific_focus_words.isdisjoint(value)

    def _echogenicity_prefixes(self, strings: Any) -> dict[int, Concept]:
        """Hash of "iso", "hypo", "hyper", "an" -> the released echogenicity value of prefix + "echoic"."""
        out: dict[int, Concept] = {}
        if self._echo_field not in self.fields:
            return out
        for prefix in ts.ECHO_PREFIXES:
            value = self.taxonomy.resolve(self._echo_field, prefix + "echoic")
            if value is not None:
                out[strings.add(prefix)] = value
        return out

    def _echo_prefix_value(self, lower: list[int], start: int) -> Concept | None:
        """The value named by "iso-" in "iso- to hypoechoic" / "iso-hypoechoic" (the tokens before ``start``)."""
        k = start - 1
        if lower[k] not in self._hyphen_or_to:
            return None
        while k > 0 and lower[k] in self._hyphen_or_to and start - k < 3:
            k -= 1
        return self._echo_prefixes.get(lower[k])

    def _echo_prefix_past_adverb(self, lower: list[int], start: int) -> Concept | None:
        """"iso- to slightly hyperechoic": the prefix before an adverb of the second value."""
        if start > 2 and lower[start - 1] in self._adverbs:
            return self._echo_prefix_value(lower, start - 1)
        return None

    @staticmethod
    def _add_value(records: list[MentionRecord], evidence: list[MentionRecord], rec: MentionRecord,
                   value: Concept) -> None:
        derived = MentionRecord(
            rec.start, rec.end, rec.start_char, rec.end_char, value.dimension or rec.field, value.iri, "",
            rec.first_lower, historical=rec.historical, hypothetical=rec.hypothetical, section=rec.section,
            status=rec.status, evidence=True, value=value.us365k_label, concept=value.label, derived=True,
        )
        records.append(derived)
        evidence.append(derived)

    def _held_attributes(self, words: list[int], iri: str, value: str | None,
                         doubted: bool = False) -> list[tuple[str, Concept]]:
        """The attribute values a compound diagnosis's words state besides the diagnosis ("solid mass": solid
        components; "calcific tendinopathy": calcifications). None where the descriptor word is part of a disease's
        name (the ontology declares it: "cystic PVL") or only names the diagnosis's own kind ("cystic lesion": a
        cyst, whose cystic content is what makes it one; "mature cystic teratoma", an entity named more finely than
        its kind). A ``doubted`` (hedged or denied) generic kind still doubts or denies its content ("?cystic area
        centrally" in a node: the cystic content is what is in doubt); a named entity doubts only itself."""
        inner = self.matcher.term_within(words, self._named_attributes)
        whole = self.taxonomy.concepts.get(iri)
        if inner is None or whole is None or whole.names_no_attribute:
            return []
        kind = None if doubted and whole.label == value else value
        return [(f, c) for f, c in self._rollups_of(inner).items()
                if f in self._named_attributes and c.us365k_label and not names_its_own_kind(c.us365k_label, kind)]

    def _compound_attribute_status(self, records: list[MentionRecord], evidence: list[MentionRecord],
                                   rec: MentionRecord, words: list[int]) -> None:
        """A negated or hedged compound diagnosis negates or hedges the attribute it contains ("no solid mass"
        -> solid components absent, "no calcific tendinopathy" -> calcifications absent), as an asserted one
        asserts it (a hedged "mature cystic teratoma" doubts no cystic components, as an asserted one states
        none)."""
        for _, c in self._held_attributes(words, rec.iri, rec.value, doubted=True):
            self._add_value(records, evidence, rec, c)

    def _diagnosis_within(self, records: list[MentionRecord], evidence: list[MentionRecord], rec: MentionRecord,
                          sent: int, words: list[int]) -> Item | None:
        """The lesion an attribute's phrase names ("complex cystic and solid mass", "mixed cystic and solid
        nodule"): the longest match gave the phrase to the attribute, but it also states the diagnosis. Returns
        its lesion item (an asserted attribute only), with a derived mention as evidence."""
        inner = self.matcher.term_within(words, frozenset({self.fields[0]}))
        if inner is None:
            return None
        # Only a phrase built as attribute + lesion word ("complex cystic and solid" + "mass"); a named component
        # ("mural nodule", "Rokitansky nodule") is part of a lesion, not a lesion of its own.
        if self.matcher.term_within(words[:-1], frozenset({rec.field})) is None:
            return None
        if self.matcher.term_within(words[-1:], frozenset({self.fields[0]})) is None:
            return None  # the lesion word ends the phrase: "fluid-debris level" names no fluid collection
        value = self._rollups_of(inner).get(self.fields[0])
        if value is None or not value.us365k_label or value.iri == self.taxonomy.normal_value.iri:
            return None
        self._add_value(records, evidence, rec, value)
        return Item(kind="lesion", start=rec.start, end=rec.end, sent=sent, index=len(evidence) - 1,
                    field=self.fields[0], value=value.us365k_label, concept=value.label, status=rec.status)

    def _values_besides(self, rec: MentionRecord, status: str, conjuncts: tuple[Concept, Concept] | None,
                        r: _Report) -> None:
        """The values a mention's words state besides its own, as derived evidence (labelled where the mention
        is asserted): the second of "solid and cystic components", the attribute a denied or hedged compound
        diagnosis holds, what a compound term swallowed ("increased periventricular echogenicity", "hypoechoic
        halo"), the first of "iso- to hypoechoic"."""
        records, evidence, labels, lower = r.records, r.evidence, r.labels, r.lower
        start, end, field = rec.start, rec.end, rec.field
        historical, hypothetical = rec.historical, rec.hypothetical
        # (in_findings_of, inline: called for about two mentions per report)
        labelled = rec.section not in ts.NON_FINDING_SECTIONS and not historical and not hypothetical
        if conjuncts:  # ... and the second, with the same status
            self._add_value(records, evidence, rec, conjuncts[1])
            if status == "present" and labelled:
                labels[field].add(conjuncts[1].us365k_label or "")
                labels[field].discard("")
        if status != "present" and end - start > 1 and field == self._diagnosis_field and not historical \
                and not hypothetical:
            self._compound_attribute_status(records, evidence, rec, lower[start:end])
        if end - start > 1 and field not in self._ordinal_fields and not rec.negated:
            # "increased periventricular echogenicity", "hypoechoic halo": what a compound term swallowed.
            for swallowed in self._swallowed_values(rec, lower, r.strings):
                self._add_value(records, evidence, rec, swallowed)
                if status == "present" and labelled and swallowed.dimension in labels and swallowed.us365k_label:
                    labels[swallowed.dimension].add(swallowed.us365k_label)
        if field == self._echo_field and start > 1 and status == "present":
            # "iso- to hypoechoic", "iso-hypoechoic": the prefix before the hyphen names a second value.
            pair = self._echo_prefix_value(lower, start) or self._echo_prefix_past_adverb(lower, start)
            if pair is not None:
                self._add_value(records, evidence, rec, pair)
                if labelled:
                    labels[field].add(pair.us365k_label or "")
                    labels[field].discard("")

    def _lesion_within(self, rec: MentionRecord, sent: int, index: int, r: _Report) -> None:
        """An attribute's phrase that also names a lesion ("complex cystic and solid mass"): the lesion is asserted
        with it (derived evidence right after the attribute's; its item follows the attribute's)."""
        lesion = self._diagnosis_within(r.records, r.evidence, rec, sent, r.lower[rec.start : rec.end])
        if lesion is not None:
            r.lesions_within[index] = lesion
            r.labels[self._diagnosis_field].add(lesion.value or "")
            r.labels[self._diagnosis_field].discard("")
            r.abnormal = True
            r.lesion_sents.add(sent)

    def _component_conjuncts(self, field: str, lower: list[int], start: int,
                             end: int) -> tuple[Concept, Concept] | None:
        """The two released values of "solid and cystic components" ("cystic and solid (necrotic) areas"): a
        coordinated composition matched as one mixed value, followed by a component noun (a bracketed word may come
        between), names each component. "mixed cystic and solid nodule" and "solid and cystic mass" stay mixed."""
        if end - start != 3 or lower[start + 1] != self._and or field not in self._descriptive:
            return None
        j = end
        if j < len(lower) and lower[j] == self._brackets[0]:
            close = next((i for i in range(j + 1, min(len(lower), j + 5)) if lower[i] == self._brackets[1]), None)
            j = close + 1 if close is not None else j
        if j >= len(lower) or lower[j] not in self._component_words:
            return None
        values = []
        for word in (lower[start : start + 1], lower[start + 2 : end]):
            inner = self.matcher.term_within(word, self._descriptive)
            value = self._rollups_of(inner).get(field) if inner is not None else None
            if value is None or not value.us365k_label:
                return None
            values.append(value)
        return (values[0], values[1]) if values[0].iri != values[1].iri else None
