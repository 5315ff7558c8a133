"""The spaCy pipeline: tokenizer ▸ sentencizer ▸ line breaks ▸ sections ▸ ontology matcher ▸ context.

Components are registered with ``@Language.factory`` so users can rebuild or extend the pipeline
(``ReportParser.nlp``). Results live in ``doc.spans["udt_mentions"]`` (``label_`` = US-365K field, ``id_`` =
concept IRI, ``kb_id_`` = "generic" for a mention of a dimension itself) and, for speed, plain lists in
``doc.user_data``; the span extensions ``is_negated``, ``is_uncertain``, ``is_historical`` and
``is_hypothetical`` read them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy
import spacy
from spacy.attrs import LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from udt.parser import termset as ts
from udt.parser.vocabulary import Vocabulary, build_vocabulary

if TYPE_CHECKING:
    from udt.taxonomy import Taxonomy

SPANS_KEY = "udt_mentions"
CONTEXT_KEY = "udt.context"
SECTIONS_KEY = "udt.sections"
GENERIC = "generic"
ABSENCE = "absence"  # kb_id_ of a mention of a dimension's absence value ("no internal flow")

# Extra infixes: "1.2x0.8", "12×8", "nodule;no", "L.kidney", "cyst(2cm)".
_INFIXES = (
    r"(?<=[0-9])[xX×*](?=[0-9])",
    r"[;×]",
    r"(?<=[a-zA-Z])\.(?=[a-zA-Z]{2,})",
    r"(?<=[a-zA-Z0-9])[()\[\]](?=[a-zA-Z0-9])",
    r"(?<=[a-zA-Z]),(?=[a-zA-Z])",
    r"(?<=[a-zA-Z])/(?=[a-zA-Z])",
)
# A line break starts a new sentence when the next line looks like a new item (bullet, number, capital,
# heading) or after a blank line; a hard-wrapped line that continues in lower case does not.
_LINE_BREAK = re.compile(r"\n[ \t]*(?:\n[\s]*|(?=[-*•·▪‣◦>+]|\d+[.)]\s|[A-Z]))[-*•·▪‣◦>+]?[ \t]*")
_END_OF_CONTENT_LINE = re.compile(r"\S[^\n]*\n")
_POST_WINDOW = 6
_SHORT_WINDOW = 3
_PRE_WINDOW = 14


def make_blank_nlp() -> Language:
    """``spacy.blank("en")`` with the extra infixes reports need."""
    nlp = spacy.blank("en")
    infixes = list(nlp.Defaults.infixes) + list(_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


# -- vocabulary cache -------------------------------------------------------------------------------
_VOCAB_CACHE: dict[tuple[str, int], Vocabulary] = {}


def vocabulary_for(tax: Taxonomy, termset: ts.Termset = ts.DEFAULT_TERMSET) -> Vocabulary:
    """The generated vocabulary for a taxonomy, cached by its digest (and the termset)."""
    key = (tax.digest or str(id(tax)), id(termset))
    if key not in _VOCAB_CACHE:
        _VOCAB_CACHE[key] = build_vocabulary(tax, termset)
    return _VOCAB_CACHE[key]


@lru_cache(maxsize=8)
def _taxonomy(path: str) -> Taxonomy:
    from udt.taxonomy import load_taxonomy

    return load_taxonomy(path) if path else load_taxonomy()


# -- components -------------------------------------------------------------------------------------
@Language.factory("udt_line_breaks")
def make_line_breaks(nlp: Language, name: str) -> LineBreaks:
    return LineBreaks()


class LineBreaks:
    """Start a sentence at list items and new lines (reports are often bullet lists without full stops)."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        if "\n" not in text:
            return doc
        for m in _LINE_BREAK.finditer(text):
            pos = m.end()
            if pos >= len(text):
                continue
            span = doc.char_span(pos, pos + 1, alignment_mode="expand")
            if span is not None and len(span):
                span[0].is_sent_start = True
        return doc


@Language.factory("udt_sections", default_config={"headings": None})
def make_sections(nlp: Language, name: str, headings: dict[str, str] | None) -> Sections:
    return Sections(headings or ts.SECTION_KINDS)


class Sections:
    """Find section headings ("HISTORY:", "Impression:", "FINDINGS" on its own line) and record, in
    ``doc.user_data["udt.sections"]``, the sorted ``(char offset, kind)`` where each section starts."""

    def __init__(self, headings: dict[str, str]) -> None:
        self.headings = {k.casefold(): v for k, v in headings.items()}
        names = "|".join(sorted((re.escape(h) for h in self.headings), key=len, reverse=True))
        self._pattern = re.compile(
            rf"(?:^|(?<=[\n.;]))[ \t\-*•]*(?P<h>{names})[ \t]*(?::|-\s|\n|$)", re.IGNORECASE | re.MULTILINE
        )

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[int, str | None]] = []
        text = doc.text
        for m in self._pattern.finditer(text):
            kind = self.headings.get(" ".join(m.group("h").casefold().split()))
            if kind:
                found.append((m.start("h"), kind))
                if kind in ts.NON_FINDING_SECTIONS:
                    # A history/technique line ends with its first line of content; unlabelled report text
                    # ("Liver: normal") often follows without a FINDINGS heading.
                    end = _END_OF_CONTENT_LINE.search(text, m.end())
                    if end is not None:
                        found.append((end.end(), None))
        found.sort(key=lambda x: x[0])
        doc.user_data[SECTIONS_KEY] = found
        return doc


@Language.factory("udt_ontology_matcher", default_config={"taxonomy": ""})
def make_ontology_matcher(nlp: Language, name: str, taxonomy: str) -> OntologyMatcher:
    return OntologyMatcher(nlp, _taxonomy(taxonomy))


class OntologyMatcher:
    """Phrase matcher generated from the taxonomy (longest match wins, case-insensitive; abbreviations
    such as "RUQ" match case-sensitively so ordinary words are not read as them)."""

    def __init__(self, nlp: Language, tax: Taxonomy) -> None:
        self.taxonomy = tax
        self.vocabulary = vocabulary_for(tax)
        # Tokenizer special cases such as "Mass." (Massachusetts) would hide a term ending a sentence.
        forms = self.vocabulary.forms
        rules = nlp.tokenizer.rules
        if any(k.endswith(".") and k[:-1].casefold() in forms for k in rules):
            nlp.tokenizer.rules = {
                k: v for k, v in rules.items() if not (k.endswith(".") and k[:-1].casefold() in forms)
            }
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._keys: dict[int, tuple[str, str, bool]] = {}
        for matcher, forms in ((self.lower, self.vocabulary.forms), (self.cased, self.vocabulary.cased_forms)):
            grouped: dict[str, list[str]] = {}
            for form, term in forms.items():
                key = f"{term.iri}|{term.field}|{int(term.generic)}"
                grouped.setdefault(key, []).append(form)
            for key, group in grouped.items():
                matcher.add(key, [self._pattern(nlp, form) for form in group])
                iri, field, generic = key.split("|")
                self._keys[nlp.vocab.strings[key]] = (iri, field, generic == "1")
        self._absence = frozenset(self.vocabulary.absence.values())
        self._typo_keys: dict[int, int] = {}
        for typo, term in self.vocabulary.typos.items():
            key = f"{term.iri}|{term.field}|0"
            key_hash = nlp.vocab.strings.add(key)
            self._keys[key_hash] = (term.iri, term.field, False)
            self._typo_keys[nlp.vocab.strings.add(typo)] = key_hash
        self._typo_hashes = self._typo_keys

    @staticmethod
    def _pattern(nlp: Language, form: str) -> Doc:
        # Plain words need no tokenizer run (tens of thousands of forms: this keeps start-up fast); anything
        # with punctuation or a tokenizer special case goes through the real tokenizer.
        words = form.split()
        if all(w.isalpha() and w not in nlp.tokenizer.rules for w in words):
            return Doc(nlp.vocab, words=words)
        return nlp.make_doc(form)

    def __call__(self, doc: Doc) -> Doc:
        matches = self.lower(doc)
        if self.vocabulary.cased_forms:
            matches += self.cased(doc)
        if self._typo_hashes and len(doc):
            # Misspellings are looked up by hash on whole tokens (vectorised), not added to the phrase
            # matcher: tens of thousands of lexemes would make start-up slow.
            typo_keys = self._typo_keys
            for i, h in enumerate(doc.to_array(LOWER).tolist()):
                key = typo_keys.get(h)
                if key is not None:
                    matches.append((key, i, i + 1))
        # Longest first, then leftmost; keep non-overlapping (so "no internal flow" beats the cue "no").
        matches.sort(key=lambda m: (m[1] - m[2], m[1]))
        taken = bytearray(len(doc) + 1)
        spans = []
        for match_id, start, end in matches:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            iri, field, generic = self._keys[match_id]
            kb = GENERIC if generic else ABSENCE if iri in self._absence else ""
            spans.append(Span(doc, start, end, label=field, span_id=iri, kb_id=kb))
        spans.sort(key=lambda s: s.start)
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory("udt_context", default_config={"anatomy_fields": ["Body_system_level", "Organ_level"]})
def make_context(nlp: Language, name: str, anatomy_fields: list[str]) -> ConText:
    return ConText(nlp, ts.DEFAULT_TERMSET, frozenset(anatomy_fields))


class ConText:
    """Negation, uncertainty, history and hypothesis of each mention (ConText algorithm: a cue's scope
    runs to the end of its sentence or to a terminator; pseudo-cues such as "no change" block it)."""

    def __init__(self, nlp: Language, termset: ts.Termset, anatomy_fields: frozenset[str]) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.anatomy_fields = anatomy_fields
        self._comma = nlp.vocab.strings.add(",")
        self._colon = nlp.vocab.strings.add(":")
        self._category: dict[int, str] = {}
        for category, phrases in termset.by_category().items():
            self.matcher.add(category, list(nlp.tokenizer.pipe(phrases)))
            self._category[nlp.vocab.strings[category]] = category
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc.spans.get(SPANS_KEY, [])
        n = len(mentions)
        flags = [[False, False, False, False] for _ in range(n)]  # negated, uncertain, historical, hypothetical
        doc.user_data[CONTEXT_KEY] = flags
        if not n:
            return doc
        cues = self._cues(doc, mentions)
        if not cues:
            return doc
        sent_starts = sentence_starts(doc)
        terminators = [(s, e) for cat, s, e in cues if cat == ts.TERMINATE]
        term_starts = [s for s, _ in terminators]
        commas: list[int] = []
        if any(c[0].endswith("POST") for c in cues):
            orth = doc.to_array(ORTH)
            commas = numpy.flatnonzero((orth == self._comma) | (orth == self._colon)).tolist()
        negated_by: dict[int, list[int]] = {}
        for i, m in enumerate(mentions):
            if _starts_with_negation(m):
                # "no internal flow" already states an absence; another cue cannot negate it again.
                continue
            sent = sent_starts[bisect_right(sent_starts, m.start) - 1]
            sent_end = sent_starts[bisect_right(sent_starts, m.start)] if bisect_right(sent_starts, m.start) < len(
                sent_starts
            ) else len(doc)
            best: tuple[int, str, int] | None = None  # (distance, category, cue index)
            for ci, (cat, cs, ce) in enumerate(cues):
                if cat in (ts.TERMINATE, ts.PSEUDO) or cs < sent or cs >= sent_end:
                    continue
                if cs < m.end and ce > m.start:
                    continue
                if cat.endswith("PRE"):
                    window = _SHORT_WINDOW if doc[cs].lower_ in _SHORT_SCOPE and ce - cs == 1 else _PRE_WINDOW
                    if ce > m.start or m.start - ce > window or _between(term_starts, ce, m.start):
                        continue
                    dist = m.start - ce
                else:
                    if cs < m.end or cs - m.end > _POST_WINDOW or _between(term_starts, m.end, cs):
                        continue
                    if _between(commas, m.end, cs):
                        continue
                    dist = cs - m.end
                if cat == ts.HIST_PRE:
                    flags[i][2] = True
                elif cat == ts.HYP_PRE:
                    flags[i][3] = True
                elif best is None or dist < best[0]:
                    best = (dist, cat, ci)
            if best is not None:
                if best[1].startswith("NEG"):
                    flags[i][0] = True
                    negated_by.setdefault(best[2], []).append(i)
                else:
                    flags[i][1] = True
        # An organ inside a negated phrase is where the absent finding was looked for ("no axillary mass"),
        # not itself absent — unless nothing but anatomy was negated ("no lymph nodes").
        for group in negated_by.values():
            if any(mentions[i].label_ not in self.anatomy_fields and mentions[i].kb_id_ != GENERIC for i in group):
                for i in group:
                    if mentions[i].label_ in self.anatomy_fields:
                        flags[i][0] = False
        return doc

    def _cues(self, doc: Doc, mentions: Any) -> list[tuple[str, int, int]]:
        raw = self.matcher(doc)
        raw.sort(key=lambda m: (m[1] - m[2], m[1]))
        taken = bytearray(len(doc) + 1)
        for m in mentions:
            # A concept that begins with a cue ("no internal flow") keeps the cue's forward scope alive for
            # what follows it ("no internal flow or calcification").
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        cues = []
        for match_id, start, end in raw:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            cues.append((self._category[match_id], start, end))
        for m in mentions:
            if m.kb_id_ == ABSENCE and _starts_with_negation(m):
                cues.append((ts.NEG_PRE, m.end, m.end))
        cues.sort(key=lambda c: c[1])
        return cues


_NEGATION_HEADS = frozenset(ts.NEG_HEAD_WORDS)
_SHORT_SCOPE = frozenset(ts.SHORT_SCOPE_CUES)


def _starts_with_negation(span: Span) -> bool:
    return len(span) > 1 and span[0].lower_ in _NEGATION_HEADS


def sentence_starts(doc: Doc) -> list[int]:
    """Token index of each sentence start (cached on the doc; cheaper than iterating ``doc.sents``)."""
    cached = doc.user_data.get("udt.sent_starts")
    if cached is None:
        flags = doc.to_array(SENT_START)
        cached = numpy.flatnonzero(flags == 1).tolist()
        if not cached or cached[0] != 0:
            cached.insert(0, 0)
        doc.user_data["udt.sent_starts"] = cached
    return cached


def _between(positions: list[int], lo: int, hi: int) -> bool:
    """True if some position p satisfies lo <= p < hi."""
    k = bisect_right(positions, lo - 1)
    return k < len(positions) and positions[k] < hi


# -- span extensions (getters, so nothing is copied per mention) ---------------------------------------
def _flag(index: int) -> Any:
    def getter(span: Span) -> bool:
        flags = span.doc.user_data.get(CONTEXT_KEY)
        if not flags or SPANS_KEY not in span.doc.spans:
            return False
        for k, m in enumerate(span.doc.spans[SPANS_KEY]):
            if m.start == span.start and m.end == span.end:
                return bool(flags[k][index])
        return False

    return getter


def _register_extensions() -> None:
    # Register only if absent: negspacy/medspaCy users may already own these names.
    for index, name in enumerate(("is_negated", "is_uncertain", "is_historical", "is_hypothetical")):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_flag(index))


def build_nlp(taxonomy: Taxonomy | None = None) -> Language:
    """A fresh pipeline for ``taxonomy`` (default: the shipped ontology)."""
    nlp = make_blank_nlp()
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("udt_line_breaks")
    nlp.add_pipe("udt_sections")
    path = "" if taxonomy is None else str(taxonomy.source)
    nlp.add_pipe("udt_ontology_matcher", config={"taxonomy": path})
    nlp.add_pipe("udt_context")
    return nlp
