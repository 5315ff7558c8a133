"""``ReportParser``: free-text ultrasound report -> :class:`ParsedReport` (labels, mentions, findings)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.findings import FindingBuilder, Item, laterality_of, parse_sizes
from udt.parser.pipeline import (
    CONTEXT_KEY,
    GENERIC,
    SECTIONS_KEY,
    SPANS_KEY,
    build_nlp,
    sentence_starts,
    vocabulary_for,
)
from udt.parser.schema import Mention, ParsedReport

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from udt.taxonomy import Concept, Taxonomy

_NLP_CACHE: dict[str, Language] = {}
_AGE = re.compile(r"\b(\d{1,2})[- ]?(?:years?|yrs?|y)[- ]?(?:old|o)\b|\b(\d{1,2})\s*yo\b", re.IGNORECASE)
_ADULT_AGE = 16
TextItem = str | tuple[str, str | None]


class ReportParser:
    """Reusable parser; build once, then :meth:`parse` or :meth:`pipe`.

    >>> parser = ReportParser()                                               # doctest: +SKIP
    >>> parser.parse("Hypoechoic nodule in the right thyroid lobe.").labels["Echogenicity"]  # doctest: +SKIP
    ['hypoechoic']

    ``parser.nlp`` is the spaCy ``Language`` (shared by parsers of the same taxonomy); add components to it
    like any spaCy pipeline. Mentions are in ``doc.spans["udt_mentions"]`` with ``Span._.is_negated`` etc.
    """

    def __init__(self, taxonomy: Taxonomy | None = None) -> None:
        from udt.taxonomy import load_taxonomy

        self.taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
        key = self.taxonomy.digest or str(id(self.taxonomy))
        if key not in _NLP_CACHE:
            _NLP_CACHE[key] = build_nlp(self.taxonomy)
        self.nlp: Language = _NLP_CACHE[key]
        self.vocabulary = vocabulary_for(self.taxonomy)
        tax = self.taxonomy
        self.fields = tax.fields
        self._rollups: dict[str, dict[str, Concept]] = {}
        self._order = {f: {c.us365k_label: i for i, c in enumerate(tax.values(f))} for f in self.fields}
        self._anatomy = frozenset(self.fields[1:3])
        self._ped_cues = re.compile(
            r"\b(?:" + "|".join(re.escape(c) for c in self.vocabulary.pediatric_cues) + r")\b", re.IGNORECASE
        )

    # -- public API --------------------------------------------------------------------------------
    def parse(self, text: str, source: str | None = None) -> ParsedReport:
        """Parse one report."""
        return self.to_report(self.nlp(text or ""), source)

    def pipe(self, texts: Iterable[TextItem], batch_size: int = 256) -> Iterator[ParsedReport]:
        """Parse many reports, in order; items are texts or ``(text, source)`` pairs."""

        def split(items: Iterable[TextItem]) -> Iterator[tuple[str, str | None]]:
            for item in items:
                yield (item, None) if isinstance(item, str) else (item[0] or "", item[1])

        for doc, source in self.nlp.pipe(split(texts), as_tuples=True, batch_size=batch_size):
            yield self.to_report(doc, source)

    # -- doc -> report ----------------------------------------------------------------------------
    def _rollups_of(self, iri: str) -> dict[str, Concept]:
        found = self._rollups.get(iri)
        if found is None:
            found = self.taxonomy.rollups(iri)
            self._rollups[iri] = found
        return found

    def to_report(self, doc: Doc, source: str | None = None) -> ParsedReport:
        """Turn a processed ``Doc`` into a :class:`ParsedReport`."""
        tax = self.taxonomy
        fields = self.fields
        labels: dict[str, set[str]] = {f: set() for f in fields}
        warnings: list[str] = []
        text = doc.text
        if not text.strip():
            return ParsedReport(source=source, labels={f: [] for f in fields}, warnings=["empty report"])
        spans = doc.spans.get(SPANS_KEY, [])
        flags = doc.user_data.get(CONTEXT_KEY) or [[False] * 4 for _ in spans]
        sections = doc.user_data.get(SECTIONS_KEY) or []
        section_starts = [s for s, _ in sections]
        pediatric = bool(self._ped_cues.search(text)) or _child_age(text)
        ped_map = self.vocabulary.pediatric
        normal_iri = self.vocabulary.normal_iri
        mentions: list[Mention] = []
        items: list[Item] = []
        fallback_sites: list[dict[str, Concept]] = []
        sent_starts = sentence_starts(doc)
        for k, span in enumerate(spans):
            negated, uncertain, historical, hypothetical = flags[k]
            sec_idx = bisect_right(section_starts, span.start_char) - 1
            section = sections[sec_idx][1] if sec_idx >= 0 else None
            if section == "comparison" or section == "history":
                historical = True
            if section == "recommendation":
                hypothetical = True
            field = span.label_
            iri = span.id_
            generic = span.kb_id_ == GENERIC
            status = "absent" if negated else "uncertain" if uncertain else "present"
            if generic:
                absence = self.vocabulary.absence.get(field)
                if not negated or absence is None:
                    continue
                iri, status = absence, "present"
            concept = tax.concepts[iri]
            rolled = dict(self._rollups_of(iri))
            if field in self._anatomy and pediatric:
                rolled = _to_pediatric(rolled, ped_map, tax, fields)
            own = rolled.get(field)
            value = own.us365k_label if own is not None else None
            mentions.append(
                Mention.model_construct(
                    dimension=field, value=value, concept=concept.label, iri=iri, text=span.text,
                    start=span.start_char, end=span.end_char, status=status, historical=historical,
                    hypothetical=hypothetical, section=section, finding=None,
                )
            )
            index = len(mentions) - 1
            in_findings = section not in ts.NON_FINDING_SECTIONS
            asserted = status == "present" and not historical and not hypothetical and in_findings
            if asserted:
                for f, c in rolled.items():
                    if c.us365k_label:
                        labels[f].add(c.us365k_label)
            elif field in self._anatomy and not negated and not in_findings:
                fallback_sites.append(rolled)
            if not in_findings or status == "absent" or historical or hypothetical:
                continue
            sent = bisect_right(sent_starts, span.start) - 1
            kind = (
                "anatomy" if field in self._anatomy
                else ("normal" if iri == normal_iri else "lesion") if field == fields[0]
                else "attribute"
            )
            item = Item(kind=kind, start=span.start, end=span.end, sent=sent, index=index, field=field,
                        value=value, concept=concept.label, status=status)
            if kind == "anatomy":
                organ = rolled.get(fields[2])
                system = rolled.get(fields[1])
                item.organ = organ.us365k_label if organ else None
                item.system = system.us365k_label if system else None
                item.structure = None if concept.is_released_value else concept.label
                words = [doc[j].lower_ for j in range(max(0, span.start - 3), span.end)]
                item.laterality = laterality_of(words)
                item.heading = span.end < len(doc) and doc[span.end].text == ":"
            elif kind == "lesion":
                item.anaphoric = span.start > 0 and doc[span.start - 1].lower_ in {"the", "this", "that", "same"}
            items.append(item)
        # The organ examined is often named only in the indication or title ("US thyroid: ?nodule").
        if not labels[fields[2]] and fallback_sites:
            for rolled in fallback_sites:
                for f in fields[1:3]:
                    if f in rolled and rolled[f].us365k_label:
                        labels[f].add(rolled[f].us365k_label)
        # "Normal appearance" is the finding only when nothing abnormal is asserted.
        normal = tax.concepts[normal_iri].us365k_label if normal_iri else None
        if normal and normal in labels[fields[0]] and len(labels[fields[0]]) > 1:
            labels[fields[0]].discard(normal)
        findings = self._findings(doc, items, sent_starts, section_starts, mentions)
        if not mentions:
            warnings.append("no ontology concept found in the report")
        ordered = {f: sorted(labels[f], key=lambda v, f=f: self._order[f].get(v, 999)) for f in fields}
        return ParsedReport.model_construct(
            source=source, labels=ordered, mentions=mentions, findings=findings, warnings=warnings
        )

    def _findings(self, doc: Doc, items: list[Item], sent_starts: list[int], section_starts: list[int],
                  mentions: list[Mention]) -> list:
        for start, end, sizes in parse_sizes(doc.text):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            sent = bisect_right(sent_starts, span.start) - 1
            items.append(Item(kind="size", start=span.start, end=span.end, sent=sent, sizes=sizes))
        items.sort(key=lambda it: (it.start, it.end))
        builder = FindingBuilder(self.fields)
        k = 0
        last_section = -1
        while k < len(items):
            sent = items[k].sent
            group = []
            while k < len(items) and items[k].sent == sent:
                group.append(items[k])
                k += 1
            s_start = sent_starts[sent]
            s_end = sent_starts[sent + 1] if sent + 1 < len(sent_starts) else len(doc)
            section = bisect_right(section_starts, doc[s_start].idx) - 1
            builder.sentence(group, doc[s_start:s_end].text, section != last_section)
            last_section = section
        for fi, f in enumerate(builder.findings):
            for mi in f.mentions:
                if mentions[mi].finding is None:
                    mentions[mi].finding = fi
        return builder.findings


def _child_age(text: str) -> bool:
    for m in _AGE.finditer(text):
        age = int(m.group(1) or m.group(2))
        if age < _ADULT_AGE:
            return True
    return False


def _to_pediatric(rolled: dict[str, Concept], ped_map: dict[str, str], tax: Taxonomy,
                  fields: tuple[str, ...]) -> dict[str, Concept]:
    organ = rolled.get(fields[2])
    system = rolled.get(fields[1])
    target = None
    if organ is not None:
        target = ped_map.get(organ.iri) or (ped_map.get(system.iri) if system is not None else None)
    elif system is not None:
        target = ped_map.get(system.iri)
    if target is None:
        return rolled
    out = dict(rolled)
    out.update(tax.rollups(target))
    return out


_DEFAULT: ReportParser | None = None


def parse_report(text: str, source: str | None = None) -> ParsedReport:
    """Parse one report with the shipped ontology.

    >>> parse_report("Simple cyst in the left kidney, no internal flow.").labels["Diagnosis"]  # doctest: +SKIP
    ['cyst']
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = ReportParser()
    return _DEFAULT.parse(text, source)
