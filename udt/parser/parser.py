"""``ReportParser``: free-text ultrasound report -> :class:`ParsedReport` (labels, mentions, findings).

The pipeline (:mod:`udt.parser.pipeline`) does all the reading; :meth:`ReportParser.to_report` only converts
what its components recorded on the ``Doc``. Reports longer than spaCy's ``nlp.max_length`` are parsed in
chunks cut at paragraph (else sentence, else word) boundaries and merged into one report with offsets into the
whole text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc as SpacyDoc

from udt.parser import termset as ts
from udt.parser.alike_lesions import give_alike_diagnoses
from udt.parser.anchored_lesions import place_anchored_lesions
from udt.parser.cited_rows import merge_cited_rows
from udt.parser.context import ConText
from udt.parser.dictation import Dictation, WrittenForm
from udt.parser.hl7_segments import hl7_lines
from udt.parser.label_citations import fold_label_citations
from udt.parser.matcher import OntologyMatcher
from udt.parser.measured_names import fold_unsized_names
from udt.parser.pipeline import build_nlp, vocabulary_for
from udt.parser.record import DocState, MentionRecord, state_of, state_or_none
from udt.parser.schema import Finding, Mention, ParsedReport, construct, constructor
from udt.parser.sentences import Sections, Sentences
from udt.parser.sited_fluids import sited_fluid_labels
from udt.parser.sites import SitesAndFindings
from udt.parser.spelled_sizes import spelled_sizes
from udt.parser.thyroid_landmark_parathyroid import place_parathyroid_by_landmark
from udt.parser.typical_looks import TypicalLooks

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from udt.taxonomy import Taxonomy

_NLP_CACHE: dict[tuple[str, str, str], Language] = {}
TextItem = str | tuple[str, str | None]


class ReportParser:
    """Reusable parser; build once, then :meth:`parse` or :meth:`pipe`.

    >>> parser = ReportParser()                                               # doctest: +SKIP
    >>> parser.parse("Hypoechoic nodule in the right thyroid lobe.").labels["Echogenicity"]  # doctest: +SKIP
    ['hypoechoic']

    ``termset`` replaces the context cue words (:class:`udt.parser.termset.Termset`); ``rollups`` overrides how
    finer diagnoses are labelled (``{"lipoma": None}``); ``normal_beside_findings=False`` gives "normal
    appearance" only to reports with nothing abnormal (see :mod:`udt.parser.sites`); free fluid, present or
    denied, labels the body space it lies in unless ``fluid_space_labels=False`` (see
    :mod:`udt.parser.fluid_space_labels`).
    ``parser.nlp`` is the spaCy ``Language`` (shared by parsers of the same taxonomy and options); mentions are in
    ``doc.spans["udt_mentions"]`` and ``doc._.udt.mentions``.
    """

    def __init__(self, taxonomy: Taxonomy | None = None, termset: ts.Termset | None = None,
                 rollups: dict[str, str | None] | None = None, normal_beside_findings: bool = True,
                 fluid_space_labels: bool = True) -> None:
        from udt.taxonomy import load_taxonomy

        self.taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
        self.termset = termset or ts.DEFAULT_TERMSET
        key = (self.taxonomy.digest or str(id(self.taxonomy)), self.termset.digest(),
               repr((sorted((rollups or {}).items()), normal_beside_findings, fluid_space_labels)))
        if key not in _NLP_CACHE:
            _NLP_CACHE[key] = build_nlp(self.taxonomy, self.termset, rollups, normal_beside_findings,
                                        fluid_space_labels)
        self.nlp: Language = _NLP_CACHE[key]
        self.vocabulary = vocabulary_for(self.taxonomy, self.termset)
        self.fields = self.taxonomy.fields
        self._field_keys = dict.fromkeys(self.fields).keys()  # compared with a reading's label keys (same order)
        # Released values of each field in taxonomy order (labels are listed in this order).
        self._released = {f: tuple(c.us365k_label for c in self.taxonomy.values(f)) for f in self.fields}
        # Position of each released value, for fields whose released labels are distinct (else None: the labels
        # are then listed by scanning the released ones, which lists a repeated label as often as it is released).
        self._rank = {f: {v: k for k, v in enumerate(values)} if len(set(values)) == len(values) else None
                      for f, values in self._released.items()}
        normal = self.vocabulary.normal_iri
        self._normal = self.taxonomy.concepts[normal].us365k_label if normal else None
        generic = self.taxonomy.generic_lesion  # the ontology's unnamed lesion ("lesion": measured_names.py)
        self._generic_lesion = generic.label if generic is not None else None
        self._anatomy_fields = frozenset(self.fields[1:3])  # (the body system and organ: evidence naming a site)
        fluid = self.taxonomy.find("fluid collection", self.fields[0])
        # The bare fluid collection, and those whose name is their place ("hydrocele", "ascites"), which name no
        # lesion's nature (measured_names.py).
        self._fluid_label = fluid.label if fluid is not None else None
        self._sited_fluids = (
            sited_fluid_labels(self.taxonomy, self.fields[0], fluid.label) if fluid is not None else frozenset()
        )
        # What a name typically looks like, against a described lesion's look (measured_names.py).
        self._typical_looks = TypicalLooks(self.taxonomy, self.fields[0])
        self._seen_components: list[tuple[str, Callable[[Doc], Doc]]] | None = None  # see _doc
        self._procs: list[Callable[[Doc], Doc]] = []
        self._udt_only = False  # every component of _procs is one of udt's (see _doc)
        #: Longest text given to spaCy at once (spaCy refuses more than ``nlp.max_length`` characters).
        self.chunk_chars = self.nlp.max_length
        self._dictation = Dictation(self.termset)

    # -- public API --------------------------------------------------------------------------------
    def parse(self, text: str, source: str | None = None) -> ParsedReport:
        """Parse one report (of any length)."""
        text = text or ""
        segments = hl7_lines(text)
        if segments is not None:
            # An HL7 export (OBX segments): read as the report lines its observations carry (hl7_segments.py).
            return self._parse_rewritten(text, segments, source, "HL7 observation segments read as report lines")
        written = self._dictation.written_form(text)
        if written is not None:
            # Spoken dictation ("full stop", numbers in words): parsed in its written form, evidence mapped back.
            warning = "spoken dictation read in its written form (spoken punctuation, numbers in words)"
            return self._parse_rewritten(text, written, source, warning)
        spelled = spelled_sizes(text)
        if spelled is not None:
            # A typed report with a size in words ("a two centimetre cyst"): read with that number in digits.
            return self._parse_rewritten(text, spelled, source, "sizes written in words read in digits")
        return self._parse_written(text, source)

    def _parse_rewritten(self, text: str, written: WrittenForm, source: str | None, warning: str) -> ParsedReport:
        """The report of ``written`` (a rewriting of ``text``) with its evidence mapped back onto ``text``."""
        report = self._parse_written(written.text, source)
        for m in report.mentions:
            m.start, m.end = written.span(m.start, m.end)
            m.text = text[m.start:m.end]
        report.warnings.append(warning)
        return report

    def _parse_written(self, text: str, source: str | None) -> ParsedReport:
        if len(text) <= self.chunk_chars:
            return self.to_report(self._doc(text), source)
        pieces = split_text(text, self.chunk_chars)
        docs = []
        section: str | None = None  # the section open where the previous chunk ended
        for a, b in pieces:
            doc = self._parse_chunk(text[a:b], section)
            docs.append((doc, a))
            sections = state_of(doc).sections
            section = sections[-1][1] if sections else section
        report = self._convert(docs, source)
        report.warnings.append(f"report of {len(text):,} characters parsed in {len(pieces)} chunks "
                               "cut at paragraph or sentence boundaries")
        return report

    def _parse_chunk(self, text: str, open_section: str | None) -> Doc:
        """One chunk of a long report through the pipeline, with the section the previous chunk left open
        ("HISTORY: ..." cut by a chunk boundary still applies at the start of the next chunk)."""
        doc = self.nlp.make_doc(text)
        for name, component in self.nlp.pipeline:
            doc = component(doc)
            if name == "udt_sections" and open_section is not None:
                carry_section(state_of(doc), open_section)
        return doc

    def pipe(self, texts: Iterable[TextItem], batch_size: int = 256) -> Iterator[ParsedReport]:
        """Parse many reports, in order; items are texts or ``(text, source)`` pairs.

        Documents go through the pipeline one at a time: every component is rule-based (nothing gains from
        batches) and ``Language.pipe``'s batching machinery costs about a third of the parse time. ``batch_size``
        is accepted for compatibility with spaCy's ``pipe`` (and unused)."""
        for item in texts:
            text, source = (item, None) if isinstance(item, str) else (item[0] or "", item[1])
            yield self.parse(text, source)

    def _doc(self, text: str) -> Doc:
        """``self.nlp(text)``, calling the components directly while the pipeline is the one last seen.

        ``Language.__call__`` rebuilds its component list (a ``SimpleFrozenList`` with a formatted error message)
        and looks up each component's error handler on every call: about 8 us per report, as much as a blank
        pipeline spends on a short report. Any change to the pipeline (a component added, removed, replaced or
        disabled) is noticed by comparing the component list, and anything unusual (an exception, a component
        returning something else than a Doc) goes through ``Language.__call__`` itself, so errors are raised
        and handled exactly as spaCy does."""
        nlp = self.nlp
        components = getattr(nlp, "_components", None)
        if components != self._seen_components or getattr(nlp, "_disabled", True):
            # Another pipeline than last time, or a spaCy without these attributes: spaCy's own loop.
            self._seen_components = list(components) if isinstance(components, list) else None
            self._procs = [proc for _, proc in self._seen_components or ()]
            self._udt_only = all(type(proc) in _UDT_COMPONENTS for proc in self._procs)
            return nlp(text)
        try:
            doc = nlp.make_doc(text)
            # Only udt's components (none retokenizes): the token columns need no re-check between them
            # (record.columns_of). The flag is cleared once they have run, for whatever the caller does next.
            state = state_or_none(doc) if self._udt_only else None
            if state is not None:
                state.tokens_fixed = True
                # This Doc never leaves parse (to_report reads only the state): nothing is mirrored on it for a caller.
                state.private = True
            for proc in self._procs:
                doc = proc(doc)
                if not isinstance(doc, SpacyDoc):
                    break
            else:
                if state is not None:
                    state.tokens_fixed = False
                return doc
        except Exception:  # re-run through spaCy, which raises or handles it its own way
            pass
        return nlp(text)

    def to_report(self, doc: Doc, source: str | None = None) -> ParsedReport:
        """Convert a ``Doc`` processed by :attr:`nlp` into a :class:`ParsedReport` (reads only)."""
        return self._convert([(doc, 0)], source)

    # -- Doc(s) -> report ---------------------------------------------------------------------------
    def _convert(self, docs: list[tuple[Doc, int]], source: str | None) -> ParsedReport:
        one_doc = len(docs) == 1
        labels: dict[str, set[str]] | None = None  # built only to merge chunks (one Doc's are read as they are)
        mentions: list[Mention] = []
        findings: list[Finding] = []
        warnings: list[str] = []
        abnormal = organ_normal = False
        for doc, offset in docs:
            state = state_or_none(doc)
            reading = state.reading if state is not None else None
            if state is None or reading is None:
                from udt.errors import ConfigError

                raise ConfigError("parse.pipeline", "the Doc was not processed by the udt pipeline",
                                  "use ReportParser.parse or ReportParser.nlp(text)")
            if one_doc and reading.labels.keys() == self._field_keys:
                labels = reading.labels  # only read below: no copy needed
            else:
                if labels is None:
                    labels = {f: set() for f in self.fields}
                for f, values in reading.labels.items():
                    labels[f] |= values
            abnormal = abnormal or reading.abnormal
            organ_normal = organ_normal or reading.organ_normal
            if reading.warnings:
                warnings.extend(w for w in reading.warnings if w not in warnings)
            text = state.text or ""
            base_m, base_f = len(mentions), len(findings)
            if not offset and not base_f:
                # One Doc (or the first chunk): offsets and finding indices as recorded (one comprehension).
                mentions += [_new_mention({
                    "dimension": r.field, "value": r.value, "concept": r.concept, "iri": r.iri,
                    "text": text[r.start_char : r.end_char], "start": r.start_char, "end": r.end_char,
                    "status": r.status, "historical": r.historical, "hypothetical": r.hypothetical,
                    "section": r.section, "finding": r.finding,
                }) for r in state.mentions if r.evidence]
            else:
                _shifted_mentions(state.mentions, text, offset, base_f, mentions)
            if base_m:
                for finding in reading.findings:
                    shifted = dict(vars(finding))
                    shifted["mentions"] = [i + base_m for i in finding.mentions]
                    findings.append(construct(Finding, shifted))
            else:
                findings.extend(reading.findings)
        if labels is None:
            labels = {f: set() for f in self.fields}  # no Doc given
        if len(docs) > 1:
            # Each chunk decided "normal appearance" on its own; across chunks only a whole organ stated normal
            # keeps it beside an abnormality elsewhere (see udt.parser.sites).
            diagnosis = labels[self.fields[0]]
            if self._normal in diagnosis and abnormal and not organ_normal:
                diagnosis.discard(self._normal)
            if "empty report" in warnings and mentions:
                warnings.remove("empty report")
        ordered: dict[str, list[str]] = {}
        for f in self.fields:
            found = labels[f]
            if not found:
                ordered[f] = []
                continue
            # Released values in taxonomy order (sorting the few found by position, not scanning every value).
            rank = self._rank[f]
            if rank is not None and len(found) == 1:
                ordered[f] = list(found)  # one value: nothing to order (released or not, it is listed)
                continue
            if rank is not None:
                listed = sorted([v for v in found if v in rank], key=rank.__getitem__)
            else:
                listed = [v for v in self._released[f] if v in found]
            if len(listed) < len(found):  # values outside the released list (a custom roll-up) go last
                listed += sorted(found.difference(listed))
            ordered[f] = listed
        if one_doc and findings:
            # ``text`` is the one Doc's text as the pipeline kept it: Doc.text would rebuild it token by token
            # (a Token object each), which cost more than the rest of this pass.
            findings = merge_cited_rows(text, findings, mentions)
            findings = fold_label_citations(text, findings, mentions)
            # ("a 7 mm focus sits at its medial edge": the organ and side of the lesion before; anchored_lesions.py)
            stretches = place_anchored_lesions(text, findings, mentions)
            # ("a second, 16 mm lesion of identical appearance": the kind of the lesion before; alike_lesions.py;
            # the lesions' stretches worked out once for both passes)
            give_alike_diagnoses(text, findings, mentions, stretches)
            # ("a nodule posterior to the left lobe" of a parathyroid report: thyroid_landmark_parathyroid.py)
            place_parathyroid_by_landmark(text, findings, mentions)
            # ("72 x 65 mm hypoechoic lesion" and, unsized, the title's "liver abscess": one lesion; measured_names.py)
            findings = fold_unsized_names(text, findings, mentions, self._generic_lesion, self._fluid_label,
                                          self._sited_fluids, self._anatomy_fields, self._typical_looks.contradicts)
        return _new_report({
            "source": source, "labels": ordered, "mentions": mentions, "findings": findings, "warnings": warnings,
        })


# udt's pipeline components: none of them changes the tokens (see record.columns_of). Exact types: a subclass
# might.
_UDT_COMPONENTS = frozenset({Sentences, Sections, OntologyMatcher, ConText, SitesAndFindings})
_new_mention = constructor(Mention)
_new_report = constructor(ParsedReport)


def _shifted_mentions(records: list[MentionRecord], text: str, offset: int, base_f: int,
                      out: list[Mention]) -> None:
    """Append the evidence of a later chunk, with offsets into the whole text and findings after the earlier
    chunks' ones."""
    for r in records:
        if r.evidence:
            out.append(_new_mention({
                "dimension": r.field, "value": r.value, "concept": r.concept, "iri": r.iri,
                "text": text[r.start_char : r.end_char], "start": r.start_char + offset,
                "end": r.end_char + offset, "status": r.status, "historical": r.historical,
                "hypothetical": r.hypothetical, "section": r.section,
                "finding": None if r.finding is None else r.finding + base_f,
            }))


def carry_section(state: DocState, kind: str) -> None:
    """Open section ``kind`` at the start of a chunk, unless a heading opens the chunk itself. A history,
    technique or comparison section ends with its first line of content, as after its own heading."""
    text = state.text or ""
    first_heading = state.sections[0][0] if state.sections else len(text)
    if not text[:first_heading].strip():
        return  # a heading opens the chunk
    carried: list[tuple[int, str | None]] = [(0, kind)]
    if kind in ts.NON_FINDING_SECTIONS:
        end = text.find("\n", len(text) - len(text.lstrip()))
        if 0 <= end < first_heading:
            carried.append((end + 1, None))
    state.sections = carried + state.sections


def split_text(text: str, limit: int) -> list[tuple[int, int]]:
    """Cut ``text`` into ``(start, end)`` pieces of at most ``limit`` characters, at a blank line where one lies
    in the second half of the window, else at a line break or sentence end, else at a space (else anywhere)."""
    pieces: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while n - pos > limit:
        lo, hi = pos + limit // 2, pos + limit
        cut = text.rfind("\n\n", lo, hi)
        if cut < 0:
            cut = max(text.rfind("\n", lo, hi), text.rfind(". ", lo, hi - 1) + 1)
            if cut <= 0:
                cut = text.rfind(" ", lo, hi)
        cut = cut + 1 if cut > 0 else hi
        pieces.append((pos, cut))
        pos = cut
    pieces.append((pos, n))
    return pieces


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
