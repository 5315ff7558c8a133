"""``ReportParser``: free-text ultrasound report -> :class:`ParsedReport` (labels, mentions, findings)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from spacy.attrs import IDX, LOWER, ORTH

from udt.parser import termset as ts
from udt.parser.findings import FindingBuilder, Item, laterality_of, parse_sizes
from udt.parser.pipeline import (
    CONTEXT_KEY,
    GENERIC,
    SECTIONS_KEY,
    PhraseTable,
    build_nlp,
    doc_text,
    matches_of,
    sentence_starts,
    vocabulary_for,
)
from udt.parser.schema import Finding, Mention, ParsedReport, construct
from udt.parser.tirads import add_tirads

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from udt.taxonomy import Concept, Taxonomy

_NLP_CACHE: dict[str, Language] = {}
_AGE = re.compile(
    r"\b(\d{1,2})[- ]?(?:years?|yrs?|y)\.?[- /]?(?:old|o)\b|\b(\d{1,2})\s*yo\b|\baged?[: ]\s*(\d{1,2})\b",
    re.IGNORECASE,
)
_ADULT_AGE = 16
TextItem = str | tuple[str, str | None]


class _Info(NamedTuple):
    """What a mention of one concept contributes, computed once per concept."""

    label: str
    rolled: dict[str, Concept]
    value: str | None
    adds: tuple[tuple[str, str], ...]  # (field, released value) labels an asserted mention gives
    kind: str  # "anatomy", "normal", "lesion" or "attribute" (the findings pass)
    organ: str | None
    system: str | None
    structure: str | None
    finer: bool  # a finer structure than a released organ or body system ("subcutaneous tissue")


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
        self._info: dict[str, _Info] = {}
        self._order = {f: {c.us365k_label: i for i, c in enumerate(tax.values(f))} for f in self.fields}
        self._anatomy = frozenset(self.fields[1:3])
        self._matcher = self.nlp.get_pipe("udt_ontology_matcher")
        strings = self.nlp.vocab.strings
        self._colon = strings.add(":")
        self._anaphora = frozenset(strings.add(w) for w in ("the", "this", "that", "same"))
        # Age words are looked up by token hash, not by a regex over the whole text (which costs more).
        self._ped_cues = PhraseTable()
        for cue in self.vocabulary.pediatric_cues:
            hashes = tuple(t.lower for t in self.nlp.tokenizer(cue) if not t.is_space)
            if hashes:
                self._ped_cues.add(hashes, 0, 0, {})
        self._landmarks = PhraseTable()
        for cue in ts.LANDMARK_CUES:
            hashes = tuple(t.lower for t in self.nlp.tokenizer(cue) if not t.is_space)
            if hashes:
                self._landmarks.add(hashes, 0, 0, {})
        self._fillers = frozenset(strings.add(w) for w in ts.LANDMARK_FILLERS)
        self._hyphen = strings.add("-")
        self._ref_before = frozenset(strings.add(w) for w in ts.REFERENCE_BEFORE)
        self._ref_after = frozenset(strings.add(w) for w in ts.REFERENCE_AFTER)
        self._statement_after = frozenset(strings.add(w) for w in ts.STATEMENT_AFTER)
        self._negates = self._negated_dimensions()
        organ_field, system_field = self.fields[2], self.fields[1]
        self._system_of = {
            o.us365k_label: s.us365k_label
            for o in tax.values(organ_field)
            if (s := tax.rollups(o).get(system_field)) is not None and o.us365k_label
        }

    def _negated_dimensions(self) -> dict[str, tuple[Concept, ...]]:
        """Concepts stating that a dimension has no feature at all ("no posterior acoustic features"), and the
        generic dimension IRIs, for dimensions without an absence value of their own: each such statement says
        every released value of the dimension is absent (no enhancement, no shadowing)."""
        tax, heads = self.taxonomy, ts.NEG_HEAD_WORDS
        out: dict[str, tuple[Concept, ...]] = {}
        for dim in tax.dimensions:
            if dim.field in self.vocabulary.absence or dim.field in self.fields[:3]:
                continue
            values = tax.values(dim.field)
            negative = []
            for c in tax.iter_dimension(dim.field):
                words = c.label.casefold().split()
                if c.is_released_value or tax.rollup(c) is not None or len(words) < 2 or words[0] not in heads:
                    continue
                # "not parallel" denies one value (parallel); "no posterior acoustic features" denies them all.
                rest = self.vocabulary.forms.get(" ".join(words[1:]))
                if rest is None or rest.generic:
                    negative.append(c)
            if negative:
                for c in negative:
                    out[c.iri] = values
                out[dim.iri] = values
        return out

    # -- public API --------------------------------------------------------------------------------
    def parse(self, text: str, source: str | None = None) -> ParsedReport:
        """Parse one report."""
        return self.to_report(self.nlp(text or ""), source)

    def pipe(self, texts: Iterable[TextItem], batch_size: int = 256) -> Iterator[ParsedReport]:
        """Parse many reports, in order; items are texts or ``(text, source)`` pairs.

        Documents go through the pipeline one at a time: every component is rule-based (nothing gains from
        batches) and ``Language.pipe``'s batching machinery costs about a third of the parse time. ``batch_size``
        is accepted for compatibility with spaCy's ``pipe`` (and with custom batched components, which
        spaCy's ``Language.__call__`` runs document by document)."""
        del batch_size
        nlp = self.nlp
        for item in texts:
            text, source = (item, None) if isinstance(item, str) else (item[0] or "", item[1])
            yield self.to_report(nlp(text), source)

    # -- doc -> report ----------------------------------------------------------------------------
    def _describe(self, iri: str, field: str, rolled: dict[str, Concept] | None) -> _Info:
        """What a mention of ``iri`` contributes (cached for the usual roll-ups; built afresh for others)."""
        fields = self.fields
        concept = self.taxonomy.concepts[iri]
        cache = rolled is None
        if rolled is None:
            rolled = self._rollups_of(iri)
        own = rolled.get(field)
        organ, system = rolled.get(fields[2]), rolled.get(fields[1])
        kind = (
            "anatomy" if field in self._anatomy
            else ("normal" if iri == self.vocabulary.normal_iri else "lesion") if field == fields[0]
            else "attribute"
        )
        info = _Info(
            label=concept.label,
            rolled=rolled,
            value=own.us365k_label if own is not None else None,
            adds=tuple((f, c.us365k_label) for f, c in rolled.items() if c.us365k_label),
            kind=kind,
            organ=organ.us365k_label if organ else None,
            system=system.us365k_label if system else None,
            structure=None if concept.is_released_value else concept.label,
            finer=not concept.is_released_value,
        )
        if cache:
            self._info[iri] = info
        return info

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
        text = doc_text(doc)
        if not text.strip():
            return ParsedReport(source=source, labels={f: [] for f in fields}, warnings=["empty report"])
        spans = matches_of(doc)
        flags = doc.user_data.get(CONTEXT_KEY) or [[False] * 4 for _ in spans]
        sections = doc.user_data.get(SECTIONS_KEY) or []
        section_starts = [s for s, _ in sections]
        cols = doc.to_array([LOWER, ORTH, IDX])
        lower = cols[:, 0].tolist()
        ped_hits: list[tuple[int, int, int]] = []
        self._ped_cues.find(lower, ped_hits)
        pediatric = bool(ped_hits) or _child_age(text)
        ped_map = self.vocabulary.pediatric
        normal_iri = self.vocabulary.normal_iri
        absence = self.vocabulary.absence
        anatomy_fields = self._anatomy
        # Token columns instead of Token objects (spaCy builds those one Python object at a time).
        orth = cols[:, 1].tolist()
        idx = cols[:, 2].tolist()
        strings = doc.vocab.strings
        n_tokens = len(lower)
        mentions: list[dict[str, Any]] = []
        items: list[Item] = []
        fallback_sites: list[dict[str, Concept]] = []
        abnormal = False
        sent_starts = sentence_starts(doc)
        landmark_hits: list[tuple[int, int, int]] = []
        self._landmarks.find(lower, landmark_hits)
        landmark_ends = {e: s for _, s, e in landmark_hits}
        deferred: list[tuple[str, int, _Info, int]] = []  # (why weak, sentence, info, mention index)
        strong_sites: dict[int, set[str]] = {}  # sentence -> organs named there as sites
        weak_items: dict[int, Item] = {}
        phrase_start: dict[int, int] = {}  # mention index -> char offset of its landmark phrase
        for k, span in enumerate(spans):
            negated, uncertain, historical, hypothetical = flags[k]
            start, end, start_char, end_char, field, iri, kb, _ = span
            sec_idx = bisect_right(section_starts, start_char) - 1
            section = sections[sec_idx][1] if sec_idx >= 0 else None
            if section == "comparison" or section == "history":
                historical = True
            if section == "recommendation":
                hypothetical = True
            status = "absent" if negated else "uncertain" if uncertain else "present"
            if kb == GENERIC:
                absent_value = absence.get(field)
                if negated and absent_value is None and iri in self._negates:
                    # "posterior acoustics: none" -> each released value absent.
                    self._absent_values(mentions, iri, text, start_char, end_char, historical, hypothetical, section)
                if not negated or absent_value is None:
                    continue
                iri, status = absent_value, "present"
            elif iri == normal_iri and self._reference_normal(text, lower, start, end, start_char):
                continue
            info = self._info.get(iri) or self._describe(iri, field, None)
            if pediatric and field in anatomy_fields:
                rolled = _to_pediatric(info.rolled, ped_map, tax, fields)
                if rolled is not info.rolled:
                    info = self._describe(iri, field, rolled)
            if end - start > 1 and field == fields[0]:
                # The longest match can swallow the site the report states ("thyroid nodule", "hepatic
                # haemangioma"): the diagnosis then also rolls up to that organ and body system.
                site = self._matcher.term_within(lower[start:end], anatomy_fields)
                if site is not None:
                    site_rolled = self._rollups_of(site)
                    if pediatric:
                        site_rolled = _to_pediatric(site_rolled, ped_map, tax, fields)
                    info = self._describe(iri, field, {**site_rolled, **info.rolled})
            rolled, value = info.rolled, info.value
            index = len(mentions)
            mentions.append({
                "dimension": field, "value": value, "concept": info.label, "iri": iri,
                "text": text[start_char:end_char], "start": start_char, "end": end_char, "status": status,
                "historical": historical, "hypothetical": hypothetical, "section": section, "finding": None,
            })
            if status == "present" and iri in self._negates:
                self._absent_values(mentions, iri, text, start_char, end_char, historical, hypothetical, section)
            in_findings = section not in ts.NON_FINDING_SECTIONS
            asserted = status == "present" and not historical and not hypothetical and in_findings
            weak = None
            if asserted and info.kind == "anatomy":
                weak = self._weak_site(k, spans, lower, landmark_ends, info)
            if weak is not None:
                # A landmark or pre-modifier: decided once the report's other sites are known.
                deferred.append((weak[0], bisect_right(sent_starts, start) - 1, info, index))
                phrase_start[index] = idx[weak[1]]
            elif asserted:
                for f, label in info.adds:
                    labels[f].add(label)
                abnormal = abnormal or info.kind == "lesion"
                if info.kind == "anatomy" and info.organ:
                    strong_sites.setdefault(bisect_right(sent_starts, start) - 1, set()).add(info.organ)
            elif field in anatomy_fields and not negated and not in_findings:
                fallback_sites.append(rolled)
            if not in_findings or status == "absent" or historical or hypothetical:
                continue
            sent = bisect_right(sent_starts, start) - 1
            kind = info.kind
            item = Item(kind=kind, start=start, end=end, sent=sent, index=index, field=field,
                        value=value, concept=info.label, status=status)
            if kind == "anatomy":
                if deferred and deferred[-1][3] == index:
                    weak_items[index] = item
                item.organ, item.system, item.structure = info.organ, info.system, info.structure
                item.laterality = laterality_of([strings[h] for h in lower[max(0, start - 3) : end]])
                item.heading = end < n_tokens and orth[end] == self._colon
            elif kind == "lesion":
                item.anaphoric = start > 0 and lower[start - 1] in self._anaphora
            items.append(item)
        if deferred:
            self._settle_weak_sites(deferred, labels, strong_sites, weak_items, phrase_start, mentions, text)
        # The organ examined is often named only in the indication or title ("US thyroid: ?nodule").
        if not labels[fields[2]] and fallback_sites:
            for rolled in fallback_sites:
                for f in fields[1:3]:
                    if f in rolled and rolled[f].us365k_label:
                        labels[f].add(rolled[f].us365k_label)
        # "Normal appearance" is the finding only when nothing abnormal is asserted, including findings that
        # have no released value of their own (hydronephrosis, gallstones, aneurysm).
        normal = tax.concepts[normal_iri].us365k_label if normal_iri else None
        if normal and normal in labels[fields[0]] and (abnormal or len(labels[fields[0]]) > 1):
            labels[fields[0]].discard(normal)
        findings = self._findings(text, idx, items, sent_starts, section_starts, mentions)
        if not mentions:
            warnings.append("no ontology concept found in the report")
        order = self._order
        ordered = {f: sorted(labels[f], key=lambda v, f=f: order[f].get(v, 999)) for f in fields}
        report = ParsedReport.model_construct(
            source=source, labels=ordered, mentions=[construct(Mention, m) for m in mentions], findings=findings,
            warnings=warnings,
        )
        return add_tirads(report, tax)

    def _weak_site(self, k: int, spans: list[Any], lower: list[int], landmark_ends: dict[int, int],
                   info: _Info) -> tuple[str, int] | None:
        """Why an anatomy mention may not name an organ the study is about: "landmark" ("posterior to the
        bladder"), "modifier" (an organ word qualifying a lesion: "soft-tissue mass", "subcutaneous nodule"), or
        "structure" (a finer structure inside the description of a lesion: "... with a fatty hilum"); with the
        first token of the phrase (the landmark cue)."""
        m = spans[k]
        pos = m.start
        for _ in range(4):
            if pos in landmark_ends:
                return "landmark", landmark_ends[pos]
            if pos == 0 or lower[pos - 1] not in self._fillers:
                break
            pos -= 1
        if k + 1 < len(spans):
            nxt = spans[k + 1]
            gap = nxt.start - m.end
            if nxt.field == self.fields[0] and nxt.kb != GENERIC and nxt.iri != self.vocabulary.normal_iri and (
                gap == 0 or (gap == 1 and lower[m.end] == self._hyphen)
            ):
                return "modifier", m.start
        if info.finer and k > 0:
            prev = spans[k - 1]
            if prev.field not in self._anatomy and prev.iri != self.vocabulary.normal_iri:
                return "structure", m.start
        return None

    def _settle_weak_sites(self, deferred: list[tuple[str, int, _Info, int]], labels: dict[str, set[str]],
                           strong_sites: dict[int, set[str]], weak_items: dict[int, Item],
                           phrase_start: dict[int, int], mentions: list[dict[str, Any]], text: str) -> None:
        """Label a weak site only where nothing better names the organ: a landmark when the report names no other
        organ, a modifier or inner structure when its sentence names no other organ."""
        organ_field = self.fields[2]
        for why, sent, info, index in deferred:
            if why == "landmark":
                others = labels[organ_field]
            elif why == "structure":
                # A finer structure of another body system describes the lesion ("fatty hilum" of an axillary
                # node, "subcutaneous" on the chest wall); of the same one, it is usually where the lesion is.
                others = {o for o in strong_sites.get(sent, set()) if self._system_of.get(o) != info.system}
            else:
                others = strong_sites.get(sent, set())
            if not others or (info.organ in others and why != "landmark"):
                for f, label in info.adds:
                    labels[f].add(label)
                continue
            item = weak_items.get(index)
            if item is None:
                continue
            # Not the organ examined: the finding keeps its site; a landmark becomes its location.
            item.kind = "landmark" if why == "landmark" else "ignored"
            item.concept = " ".join(text[phrase_start[index] : mentions[index]["end"]].split()).casefold()

    def _reference_normal(self, text: str, lower: list[int], start: int, end: int, start_char: int) -> bool:
        """True if the "normal" at ``start`` is part of a reference range or standard ("(normal <10)", "upper
        limit of normal", "normal range"), not a statement that something examined is normal."""
        if end - start != 1:
            return False
        opened = text.rfind("(", max(0, start_char - 60), start_char)
        if opened >= 0 and text.rfind(")", opened, start_char) < 0:
            return True
        nxt = lower[end] if end < len(lower) else None
        if nxt is not None and (nxt in self._ref_after or text[self._char_after(text, start_char)].isdigit()):
            return True
        return start > 0 and lower[start - 1] in self._ref_before and nxt not in self._statement_after

    @staticmethod
    def _char_after(text: str, start_char: int) -> int:
        """Index of the first non-space character after the word at ``start_char`` (or the last index)."""
        i = start_char
        n = len(text)
        while i < n and not text[i].isspace():
            i += 1
        while i < n - 1 and text[i].isspace():
            i += 1
        return min(i, n - 1)

    def _absent_values(self, mentions: list[dict[str, Any]], iri: str, text: str, start_char: int, end_char: int,
                       historical: bool, hypothetical: bool, section: str | None) -> None:
        """Mentions saying that each released value of a dimension is absent ("no posterior features")."""
        for value in self._negates[iri]:
            mentions.append({
                "dimension": value.dimension, "value": value.us365k_label, "concept": value.label, "iri": value.iri,
                "text": text[start_char:end_char], "start": start_char, "end": end_char, "status": "absent",
                "historical": historical, "hypothetical": hypothetical, "section": section, "finding": None,
            })

    def _findings(self, text: str, idx: list[int], items: list[Item], sent_starts: list[int],
                  section_starts: list[int], mentions: list[dict[str, Any]]) -> list[Finding]:
        n_tokens = len(idx)
        for start, end, sizes in parse_sizes(text):
            # The tokens the size overlaps (as ``Doc.char_span(..., alignment_mode="expand")``).
            first = bisect_right(idx, start) - 1
            last = bisect_left(idx, end)
            if first < 0 or last <= first:
                continue
            sent = bisect_right(sent_starts, first) - 1
            items.append(Item(kind="size", start=first, end=last, sent=sent, sizes=sizes))
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
            s_end = sent_starts[sent + 1] if sent + 1 < len(sent_starts) else n_tokens
            char_start = idx[s_start]
            section = bisect_right(section_starts, char_start) - 1
            builder.sentence(group, text[char_start : idx[s_end] if s_end < n_tokens else len(text)],
                             section != last_section)
            last_section = section
        findings = builder.results()
        for fi, f in enumerate(findings):
            for mi in f.mentions:
                if mentions[mi]["finding"] is None:
                    mentions[mi]["finding"] = fi
        return findings


def _child_age(text: str) -> bool:
    for m in _AGE.finditer(text):
        age = int(m.group(1) or m.group(2) or m.group(3))
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
