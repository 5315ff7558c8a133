"""The spaCy pipeline: tokenizer ▸ sentences (full stops and line breaks) ▸ sections ▸ ontology matcher ▸ context.

Components are registered with ``@Language.factory`` so users can rebuild or extend the pipeline
(``ReportParser.nlp``). Results live in ``doc.spans["udt_mentions"]`` (``label_`` = US-365K field, ``id_`` =
concept IRI, ``kb_id_`` = "generic" for a mention of a dimension itself) and, for speed, plain lists in
``doc.user_data``; the span extensions ``is_negated``, ``is_uncertain``, ``is_historical`` and
``is_hypothetical`` read them.

Speed notes (the parser targets thousands of reports per second on one core): every component works on
``Doc.to_array`` columns and the report text kept by :class:`ReportEnglish` rather than on ``Token`` objects,
which spaCy creates one Python object at a time.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy
from spacy.attrs import IDX, IS_PUNCT, LENGTH, LOWER, ORTH, SENT_START, SPACY
from spacy.lang.en import English
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from udt.parser import termset as ts
from udt.parser.vocab_cache import cache_key, load_json, load_vocabulary
from udt.parser.vocabulary import TYPO, Vocabulary

if TYPE_CHECKING:
    from udt.taxonomy import Taxonomy

SPANS_KEY = "udt_mentions"
CONTEXT_KEY = "udt.context"
SECTIONS_KEY = "udt.sections"
TEXT_KEY = "udt.text"
SENT_STARTS_KEY = "udt.sent_starts"
MATCHES_KEY = "udt.matches"
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
_ITEM_START = re.compile(r"[\n.;]")
_END_OF_CONTENT_LINE = re.compile(r"\S[^\n]*\n")
_POST_WINDOW = 6
_SHORT_WINDOW = 3
_PRE_WINDOW = 14


class Match(NamedTuple):
    """A mention as plain data (what ``doc.spans["udt_mentions"]`` holds; reading ``Span`` objects back out of a
    span group builds them anew each time, which is slow)."""

    start: int
    end: int
    start_char: int
    end_char: int
    field: str  # Span.label_
    iri: str  # Span.id_
    kb: str  # Span.kb_id_
    first_lower: int  # LOWER hash of the first token


def matches_of(doc: Doc) -> list[Match]:
    """The mentions of ``doc`` as :class:`Match` records, in order. A component that edits
    ``doc.spans["udt_mentions"]`` (adds or removes spans) is noticed and the records are rebuilt from the spans."""
    spans = doc.spans.get(SPANS_KEY)
    if spans is None:
        return []
    found = doc.user_data.get(MATCHES_KEY)
    if found is not None and len(found) == len(spans):
        return found
    lower = doc.to_array(LOWER).tolist()
    found = [
        Match(s.start, s.end, s.start_char, s.end_char, s.label_, s.id_, s.kb_id_, lower[s.start] if len(s) else 0)
        for s in spans
    ]
    doc.user_data[MATCHES_KEY] = found
    return found


class ReportEnglish(English):
    """English with the report tokenizer; ``make_doc`` keeps the text in ``doc.user_data`` so components
    need not rebuild it from tokens (``Doc.text`` creates a Python object per token)."""

    lang = "en"

    def make_doc(self, text: str) -> Doc:
        doc = super().make_doc(text)
        doc.user_data[TEXT_KEY] = text
        return doc


def doc_text(doc: Doc) -> str:
    """The text of ``doc`` (kept by :class:`ReportEnglish`; rebuilt once for docs made elsewhere)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


def tokenizer_exceptions_hiding(forms: Iterable[str]) -> set[str]:
    """English tokenizer special cases such as "Mass." (Massachusetts) that would hide a term ending a sentence."""
    forms = set(forms)
    return {k for k in English.Defaults.tokenizer_exceptions if k.endswith(".") and k[:-1].casefold() in forms}


def make_blank_nlp(drop_exceptions: Iterable[str] = ()) -> Language:
    """A blank English pipeline with the extra infixes reports need, minus the tokenizer special cases named.

    The tokenizer is built once from these defaults (replacing its rules afterwards would load them again)."""
    drop = frozenset(drop_exceptions)
    defaults = type(
        "ReportDefaults",
        (English.Defaults,),
        {
            "infixes": [*English.Defaults.infixes, *_INFIXES],
            "tokenizer_exceptions": {
                k: v for k, v in English.Defaults.tokenizer_exceptions.items() if k not in drop
            },
        },
    )
    return type("ReportEnglish", (ReportEnglish,), {"Defaults": defaults})()


# -- vocabulary cache -------------------------------------------------------------------------------
_VOCAB_CACHE: dict[tuple[str, int], Vocabulary] = {}


def vocabulary_for(tax: Taxonomy, termset: ts.Termset = ts.DEFAULT_TERMSET) -> Vocabulary:
    """The generated vocabulary for a taxonomy, cached by its digest (and the termset), in memory and on disk."""
    key = (tax.digest or str(id(tax)), id(termset))
    if key not in _VOCAB_CACHE:
        _VOCAB_CACHE[key] = load_vocabulary(tax, termset)
    return _VOCAB_CACHE[key]


@lru_cache(maxsize=8)
def _taxonomy(path: str) -> Taxonomy:
    from udt.taxonomy import load_taxonomy

    return load_taxonomy(path) if path else load_taxonomy()


# -- components -------------------------------------------------------------------------------------
@Language.factory("udt_sentences", default_config={"punct_chars": None})
def make_sentences(nlp: Language, name: str, punct_chars: list[str] | None) -> Sentences:
    return Sentences(nlp, punct_chars)


class Sentences:
    """Sentence boundaries: spaCy's sentencizer rule (a sentence ends after ".", "!", "?"… and starts at the next
    non-punctuation token), computed on arrays, plus a new sentence at list items and new lines (reports are often
    bullet lists without full stops). The token index of each start is kept in ``doc.user_data``."""

    def __init__(self, nlp: Language, punct_chars: list[str] | None = None) -> None:
        chars = punct_chars or Sentencizer.default_punct_chars
        self._punct = frozenset(nlp.vocab.strings.add(c) for c in chars)
        self._question = nlp.vocab.strings.add("?")

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            doc.user_data[SENT_STARTS_KEY] = [0]
            return doc
        cols = doc.to_array([ORTH, IS_PUNCT, SPACY]).tolist()
        punct, question = self._punct, self._question
        starts = [0]
        seen_stop = False
        for i, (orth, is_punct, space) in enumerate(cols):
            if orth in punct:
                # "?cyst": a question mark glued to the next word marks doubt, not the end of a sentence.
                if orth == question and not space and i + 1 < n and not cols[i + 1][1]:
                    continue
                seen_stop = True
            elif seen_stop and not is_punct:
                starts.append(i)
                seen_stop = False
        text = doc_text(doc)
        if "\n" in text:
            idx = doc.to_array(IDX).tolist()
            extra = {bisect_right(idx, m.end()) - 1 for m in _LINE_BREAK.finditer(text) if m.end() < len(text)}
            if extra:
                starts = sorted(extra.union(starts))
        values = numpy.full(n, -1, dtype=numpy.int64)
        values[starts] = 1
        doc.from_array([SENT_START], values.astype(numpy.uint64).reshape(-1, 1))
        doc.user_data[SENT_STARTS_KEY] = starts
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
        # Tried only where a heading can start (text start, after a newline, "." or ";"): one anchored match per
        # candidate is much cheaper than scanning every character with a long alternation.
        self._pattern = re.compile(
            rf"[ \t\-*•]*(?P<h>{names})[ \t]*(?::|-\s|\n|$)", re.IGNORECASE | re.MULTILINE
        )

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[int, str | None]] = []
        text = doc_text(doc)
        for m in self._matches(text):
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

    def _matches(self, text: str) -> Iterator[re.Match[str]]:
        """Non-overlapping heading matches, left to right (as ``finditer`` with a start-of-item anchor)."""
        done = 0
        match = self._pattern.match
        for pos in (0, *(m.end() for m in _ITEM_START.finditer(text))):
            if pos < done:
                continue
            m = match(text, pos)
            if m is not None and m.end() > m.start():
                done = m.end()
                yield m


@Language.factory("udt_ontology_matcher", default_config={"taxonomy": "", "cache_patterns": False})
def make_ontology_matcher(nlp: Language, name: str, taxonomy: str, cache_patterns: bool) -> OntologyMatcher:
    return OntologyMatcher(nlp, _taxonomy(taxonomy), cache_patterns=cache_patterns)


class PhraseTable:
    """Token-hash phrase lookup: tuple of token hashes (LOWER or ORTH) -> key. A dictionary probe per token is
    as fast as spaCy's PhraseMatcher at run time and needs no pattern ``Doc`` per form at start-up."""

    def __init__(self) -> None:
        self.phrases: dict[tuple[int, ...], int] = {}
        self.lengths: dict[int, tuple[int, ...]] = {}  # first token hash -> phrase lengths, longest first

    def add(self, hashes: tuple[int, ...], key: int, strength: int, strengths: dict[tuple[int, ...], int]) -> None:
        # Two forms can tokenise alike ("well-defined", "well - defined"): the stronger origin wins.
        if hashes in self.phrases and strengths[hashes] <= strength:
            return
        self.phrases[hashes] = key
        strengths[hashes] = strength
        lengths = self.lengths.get(hashes[0], ())
        if len(hashes) not in lengths:
            self.lengths[hashes[0]] = tuple(sorted((*lengths, len(hashes)), reverse=True))

    def find(self, hashes: list[int], out: list[tuple[int, int, int]]) -> None:
        n = len(hashes)
        phrases = self.phrases
        hits = list(map(self.lengths.get, hashes))  # C-level probe of every token; few are phrase starts
        for i in compress(range(n), hits):
            for size in hits[i]:  # type: ignore[union-attr]
                if i + size <= n:
                    key = phrases.get(tuple(hashes[i : i + size]))
                    if key is not None:
                        out.append((key, i, i + size))

    def starts_any(self, hashes: list[int]) -> bool:
        return not self.lengths.keys().isdisjoint(hashes)

    def __len__(self) -> int:
        return len(self.phrases)


class OntologyMatcher:
    """Phrase matcher generated from the taxonomy (longest match wins, case-insensitive; abbreviations
    such as "RUQ" match case-sensitively so ordinary words are not read as them).

    ``cache_patterns`` keeps the tokenised forms on disk (:func:`build_nlp` sets it: its tokenizer is a pure
    function of this module and the spaCy version, which key the cache); leave it off with another tokenizer.
    """

    def __init__(self, nlp: Language, tax: Taxonomy, cache_patterns: bool = False) -> None:
        self.taxonomy = tax
        self.vocabulary = vocabulary_for(tax)
        # Tokenizer special cases such as "Mass." (Massachusetts) would hide a term ending a sentence
        # (build_nlp already leaves them out; this covers pipelines assembled by hand).
        forms = self.vocabulary.forms
        rules = nlp.tokenizer.rules
        if any(k.endswith(".") and k[:-1].casefold() in forms for k in rules):
            nlp.tokenizer.rules = {
                k: v for k, v in rules.items() if not (k.endswith(".") and k[:-1].casefold() in forms)
            }
        strings = nlp.vocab.strings
        tokenised = self._tokenised_forms(nlp, cache_patterns)
        self._absence = frozenset(self.vocabulary.absence.values())
        # key -> (iri, field, generic, hashes of field / iri / kb_id for the Span)
        self._keys: list[tuple[str, str, bool, int, int, int]] = []
        self._kb: list[str] = []
        key_of: dict[tuple[str, str, bool], int] = {}

        def key_for(iri: str, field: str, generic: bool) -> int:
            found = key_of.get((iri, field, generic))
            if found is None:
                kb = GENERIC if generic else ABSENCE if iri in self._absence else ""
                found = key_of[(iri, field, generic)] = len(self._keys)
                self._keys.append((iri, field, generic, strings.add(field), strings.add(iri), strings.add(kb)))
                self._kb.append(kb)
            return found

        self.lower = PhraseTable()
        self.cased = PhraseTable()
        for table, table_forms, lowered in (
            (self.lower, self.vocabulary.forms, True),
            (self.cased, self.vocabulary.cased_forms, False),
        ):
            strengths: dict[tuple[int, ...], int] = {}
            for form, term in table_forms.items():
                words = tokenised.get(form) or form.split()
                if not words:
                    continue
                hashes = tuple(get_string_id(w.lower() if lowered else w) for w in words)
                table.add(hashes, key_for(term.iri, term.field, term.generic), term.strength, strengths)
        # Misspellings are one-token phrases of the lower-case table, weakest of all (never displacing a form).
        strengths = {}
        for typo, term in self.vocabulary.typos.items():
            hashes = (get_string_id(typo),)
            if hashes not in self.lower.phrases:
                self.lower.add(hashes, key_for(term.iri, term.field, False), TYPO, strengths)
        self._amounts, self._refinable = self._amount_cues(key_for)
        self._stop = frozenset(get_string_id(w) for w in nlp.Defaults.stop_words)
        self._copula = frozenset(get_string_id(w) for w in ts.COPULA_WORDS)

    def _amount_cues(self, key_for: Any) -> tuple[PhraseTable, frozenset[int]]:
        """Amount words of ordinal dimensions ("increased", "markedly increased", "reduced"), generated from the
        ranked values' forms: what a value's form adds to a generic or finer form of its dimension ("increased
        vascularity" = "increased" + "vascularity"). They rank the finer concepts that do not roll up ("increased
        internal vascularity", "reduced central flow"). Returns the cue table (-> key of the ranked value) and
        the keys of the mentions an amount may rank."""
        tax, forms = self.taxonomy, self.vocabulary.forms
        amounts = PhraseTable()
        refinable: set[int] = set()
        strengths: dict[tuple[int, ...], int] = {}
        for dim in tax.dimensions:
            if not dim.ordinal:
                continue
            ranked = {c.iri for c in tax.values(dim.field) if c.rank is not None}
            # A finer concept that rolls up already has its value; only the others (and the generic) take one.
            plain = {
                c.iri for c in tax.iter_dimension(dim.field)
                if not c.is_released_value and not c.is_dimension and tax.rollup(c) is None
            }
            for form, term in forms.items():
                if term.field != dim.field:
                    continue
                if term.generic or term.iri in plain:
                    refinable.add(key_for(term.iri, term.field, term.generic))
                if term.iri not in ranked or term.generic:
                    continue
                words = form.split()
                for k in range(1, len(words)):
                    rest = forms.get(" ".join(words[k:]))
                    if rest is not None and rest.field == dim.field and (rest.generic or rest.iri in plain):
                        hashes = tuple(get_string_id(w) for w in words[:k])
                        amounts.add(hashes, key_for(term.iri, term.field, False), term.strength, strengths)
        return amounts, frozenset(refinable)

    def _rank_by_amount(self, doc: Doc, lower: list[int], chosen: list[tuple[int, int, int]], taken: bytearray) -> None:
        """Give a generic or non-rolling ordinal mention the value of an amount word before it ("increased
        [intraneural] vascularity", up to two non-stop words between) or after it ("vascularity is increased").
        An amount word that was itself matched alone (the "normal" of "vascularity is normal") is taken over."""
        amounts, n = self._amounts, len(lower)
        single = {(s, e): k for k, (s, e, _) in enumerate(chosen)}
        drop: set[int] = set()
        for k, (start, end, key) in enumerate(chosen):
            if key not in self._refinable:
                continue
            found = None
            gap = start
            for _ in range(3):  # the amount right before, or with one or two modifiers between
                for size in range(min(gap, 4), 0, -1):
                    hit = amounts.phrases.get(tuple(lower[gap - size : gap]))
                    if hit is not None and self._free(gap - size, gap, taken, single):
                        found = (gap - size, end, hit)
                        break
                if found is not None or gap == 0 or taken[gap - 1] or lower[gap - 1] in self._stop:
                    break
                if not doc[gap - 1].is_alpha:  # a modifier is a word, never punctuation or a number
                    break
                gap -= 1
            if found is None:
                after = end
                while after < n and after - end < 2 and lower[after] in self._copula:
                    after += 1
                if end < after < n:  # "vascularity is increased"; a bare following word is another clause
                    for size in range(min(n - after, 4), 0, -1):
                        hit = amounts.phrases.get(tuple(lower[after : after + size]))
                        if hit is not None and self._free(after, after + size, taken, single):
                            found = (start, after + size, hit)
                            break
            if found is None:
                continue
            s, e, hit = found
            for j in (single.get((s, start)), single.get((end, e))):
                if j is not None:
                    drop.add(j)
            chosen[k] = (s, e, hit)
        if drop:
            chosen[:] = [c for j, c in enumerate(chosen) if j not in drop]

    @staticmethod
    def _free(start: int, end: int, taken: bytearray, single: dict[tuple[int, int], int]) -> bool:
        """The tokens are unmatched, or exactly one whole mention (the amount word matched on its own)."""
        return not any(taken[start:end]) or (start, end) in single

    def term_within(self, lower: list[int], fields: frozenset[str]) -> str | None:
        """IRI of the longest term of ``fields`` inside a longer phrase (the "thyroid" of "thyroid nodule": the
        diagnosis won the longest match, but the report still names where it is), or ``None``."""
        found: list[tuple[int, int, int]] = []
        self.lower.find(lower, found)
        best = None
        for key, start, end in found:
            iri, field = self._keys[key][0], self._keys[key][1]
            if field in fields and not self._keys[key][2] and (best is None or end - start > best[0]):
                best = (end - start, iri)
        return best[1] if best is not None else None

    def _tokenised_forms(self, nlp: Language, cache: bool) -> dict[str, list[str]]:
        """Token texts of the forms a plain split would get wrong (punctuation, tokenizer special cases)."""
        special = nlp.tokenizer.rules or {}
        vocab = self.vocabulary

        def build() -> dict[str, list[str]]:
            return {
                form: words
                for forms in (vocab.forms, vocab.cased_forms)
                for form in forms
                if (words := _pattern_words(nlp, form, special)) != form.split()
            }

        key = cache_key(self.taxonomy, ts.DEFAULT_TERMSET) if cache else None
        if key is None:
            return build()
        import spacy

        digest = hashlib.sha256(f"{key}|{spacy.__version__}".encode() + Path(__file__).read_bytes()).hexdigest()
        return load_json("patterns", digest, build)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            doc.spans[SPANS_KEY] = []
            doc.user_data[MATCHES_KEY] = []
            return doc
        cols = doc.to_array([LOWER, ORTH, IDX, LENGTH])
        lower = cols[:, 0].tolist()
        matches: list[tuple[int, int, int]] = []
        self.lower.find(lower, matches)
        if len(self.cased):
            orth = cols[:, 1].tolist()
            if self.cased.starts_any(orth):
                self.cased.find(orth, matches)
        # Longest first, then leftmost; keep non-overlapping (so "no internal flow" beats the cue "no").
        matches.sort(key=lambda m: (m[1] - m[2], m[1]))
        taken = bytearray(n + 1)
        chosen = []
        for key, start, end in matches:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, key))
        chosen.sort()
        if self._refinable and not self._refinable.isdisjoint(c[2] for c in chosen):
            self._rank_by_amount(doc, lower, chosen, taken)
        keys, kbs = self._keys, self._kb
        idx, length = cols[:, 2].tolist(), cols[:, 3].tolist()
        spans = []
        records = []
        for start, end, key in chosen:
            iri, field, _, field_hash, iri_hash, kb_hash = keys[key]
            spans.append(Span(doc, start, end, label=field_hash, span_id=iri_hash, kb_id=kb_hash))
            end_char = idx[end - 1] + length[end - 1]
            records.append(Match(start, end, idx[start], end_char, field, iri, kbs[key], lower[start]))
        doc.spans[SPANS_KEY] = spans
        doc.user_data[MATCHES_KEY] = records
        return doc


def _pattern_words(nlp: Language, form: str, special: dict[str, Any]) -> list[str]:
    # Plain words need no tokenizer run (thousands of forms: this keeps start-up fast); anything with
    # punctuation or a tokenizer special case goes through the real tokenizer.
    words = form.split()
    if all(w.isalpha() and w not in special for w in words):
        return words
    return [t.text for t in nlp.tokenizer(form) if not t.is_space]


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
        self._short_scope = frozenset(nlp.vocab.strings.add(w) for w in ts.SHORT_SCOPE_CUES)
        self._category: dict[int, str] = {}
        self._longest_cue = 1
        for category, phrases in termset.by_category().items():
            docs = list(nlp.tokenizer.pipe(phrases))
            self._longest_cue = max(self._longest_cue, *(len(d) for d in docs))
            self.matcher.add(category, docs)
            self._category[nlp.vocab.strings[category]] = category
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        mentions = matches_of(doc)
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
        cols = doc.to_array([LOWER, ORTH])
        if any(c[0].endswith("POST") for c in cues):
            orth = cols[:, 1]
            commas = numpy.flatnonzero((orth == self._comma) | (orth == self._colon)).tolist()
        lower = cols[:, 0].tolist()
        cue_starts = [c[1] for c in cues]
        negated_by: dict[int, list[int]] = {}
        for i, m in enumerate(mentions):
            if _starts_with_negation(m):
                # "no internal flow" already states an absence; another cue cannot negate it again.
                continue
            sent = sent_starts[bisect_right(sent_starts, m.start) - 1]
            after = bisect_right(sent_starts, m.start)
            sent_end = sent_starts[after] if after < len(sent_starts) else len(doc)
            best: tuple[int, str, int] | None = None  # (distance, category, cue index)
            # Only cues that can reach the mention (bounded windows): keeps the pass linear in report length.
            lo = bisect_left(cue_starts, max(sent, m.start - _PRE_WINDOW - self._longest_cue))
            hi = bisect_left(cue_starts, min(sent_end, m.end + _POST_WINDOW + 1))
            for ci in range(lo, hi):
                cat, cs, ce = cues[ci]
                if cat in (ts.TERMINATE, ts.PSEUDO):
                    continue
                if cs < m.end and ce > m.start:
                    continue
                if cat.endswith("PRE"):
                    window = _SHORT_WINDOW if lower[cs] in self._short_scope and ce - cs == 1 else _PRE_WINDOW
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
                elif cat in (ts.HYP_PRE, ts.HYP_POST):
                    flags[i][3] = True
                elif best is None or dist < best[0]:
                    best = (dist, cat, ci)
            if best is not None:
                if best[1].startswith("NEG"):
                    flags[i][0] = True
                    negated_by.setdefault(best[2], []).append(i)
                elif m.field not in self.anatomy_fields:
                    # Doubt is about the finding; the organ where it was seen is still examined.
                    flags[i][1] = True
        # An organ inside a negated phrase is where the absent finding was looked for ("no axillary mass"),
        # not itself absent — unless nothing but anatomy was negated ("no lymph nodes").
        for group in negated_by.values():
            if any(mentions[i].field not in self.anatomy_fields and mentions[i].kb != GENERIC for i in group):
                for i in group:
                    if mentions[i].field in self.anatomy_fields:
                        flags[i][0] = False
        return doc

    def _cues(self, doc: Doc, mentions: list[Match]) -> list[tuple[str, int, int]]:
        raw = self.matcher(doc)
        raw.sort(key=lambda m: (m[1] - m[2], m[1]))
        taken = bytearray(len(doc) + 1)
        for m in mentions:
            # A concept that begins with a cue ("no internal flow") keeps the cue's forward scope alive for
            # what follows it ("no internal flow or calcification").
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        cues = []
        accepted: set[tuple[int, int]] = set()
        for match_id, start, end in raw:
            # A phrase listed in a PRE and a POST category ("cannot be excluded") looks both ways.
            if (start, end) in accepted:
                cues.append((self._category[match_id], start, end))
                continue
            if any(taken[start:end]):
                continue
            accepted.add((start, end))
            taken[start:end] = b"\x01" * (end - start)
            cues.append((self._category[match_id], start, end))
        for m in mentions:
            if m.kb == ABSENCE and _starts_with_negation(m):
                cues.append((ts.NEG_PRE, m.end, m.end))
        cues.sort(key=lambda c: c[1])
        return cues


_NEGATION_HEADS = frozenset(get_string_id(w) for w in ts.NEG_HEAD_WORDS)


def _starts_with_negation(m: Match) -> bool:
    return m.end - m.start > 1 and m.first_lower in _NEGATION_HEADS


def sentence_starts(doc: Doc) -> list[int]:
    """Token index of each sentence start (cached on the doc; cheaper than iterating ``doc.sents``)."""
    cached = doc.user_data.get(SENT_STARTS_KEY)
    if cached is None:
        flags = doc.to_array(SENT_START)
        cached = numpy.flatnonzero(flags == 1).tolist()
        if not cached or cached[0] != 0:
            cached.insert(0, 0)
        doc.user_data[SENT_STARTS_KEY] = cached
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
        for k, m in enumerate(matches_of(span.doc)):
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
    tax = taxonomy if taxonomy is not None else _taxonomy("")
    nlp = make_blank_nlp(tokenizer_exceptions_hiding(vocabulary_for(tax).forms))
    nlp.add_pipe("udt_sentences")
    nlp.add_pipe("udt_sections")
    path = "" if taxonomy is None else str(taxonomy.source)
    nlp.add_pipe("udt_ontology_matcher", config={"taxonomy": path, "cache_patterns": True})
    nlp.add_pipe("udt_context")
    return nlp
