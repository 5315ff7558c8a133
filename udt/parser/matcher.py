"""The ontology matcher component: a phrase matcher generated from the taxonomy (never a hand-written list).

It creates one :class:`udt.parser.record.MentionRecord` per mention (longest match wins, case-insensitive;
abbreviations such as "RUQ" match case-sensitively) and mirrors them as ``doc.spans["udt_mentions"]``
(``label_`` = US-365K field, ``id_`` = concept IRI, ``kb_id_`` = "generic" for a mention of a dimension itself),
except on the Doc that ``ReportParser.parse`` converts and drops (``DocState.private``: no one could read it).
Works on ``Doc.to_array`` columns rather than ``Token`` objects, which spaCy creates one at a time.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from udt.parser import termset as ts
from udt.parser.bar_tables import bar_tables_of
from udt.parser.bare_echo_prefixes import BareEchoPrefixes
from udt.parser.checkboxes import ticked_answers
from udt.parser.closing_normals import ClosingNormals
from udt.parser.column_amounts import grade_columns
from udt.parser.column_values import read_value_columns, shorthand_cells
from udt.parser.foreign_node_words import node_keys
from udt.parser.free_recesses import FreeRecesses
from udt.parser.french_words import drop_french_only
from udt.parser.image_lesions import ImageLesions
from udt.parser.joined_keys import find_across_joiners, glued_joiners
from udt.parser.lowercase_fluid import LowercaseFreeFluid
from udt.parser.measured_abbreviations import MeasuredAbbreviations
from udt.parser.portuguese_words import drop_portuguese_only
from udt.parser.record import ABSENCE, GENERIC, MentionRecord, columns_of, state_of
from udt.parser.studies import StudyPhrases
from udt.parser.trigger_groups import TRIGGER_GROUPS
from udt.parser.vocab_cache import cache_key, load_json, load_vocabulary
from udt.parser.vocabulary import TYPO, Vocabulary

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.taxonomy import Taxonomy

SPANS_KEY = "udt_mentions"
# Format of the on-disk matcher tables (``parser-matcher-*.json``, see OntologyMatcher._cached_tables).
MATCHER_CACHE_FORMAT = 1
_TABLE_PARTS = {"keys", "lower", "cased", "amounts", "refinable"}
_UNSEEN = object()
_third = itemgetter(2)
_second = itemgetter(1)
_WITHIN_MEMO = 4096  # phrases remembered by term_within (cleared when full: memory stays bounded)


_VOCAB_CACHE: dict[tuple[str, str], Vocabulary] = {}


def vocabulary_for(tax: Taxonomy, termset: ts.Termset = ts.DEFAULT_TERMSET) -> Vocabulary:
    """The generated vocabulary for a taxonomy, cached by its digest (and the termset), in memory and on disk."""
    key = (tax.digest or str(id(tax)), termset.digest())
    if key not in _VOCAB_CACHE:
        _VOCAB_CACHE[key] = load_vocabulary(tax, termset)
    return _VOCAB_CACHE[key]


_REGISTERED: dict[str, Taxonomy] = {}


def register_taxonomy(tax: Taxonomy) -> str:
    """Make ``tax`` available to component configs under a name (configs hold strings, not objects)."""
    name = f"registered:{tax.digest or id(tax)}"
    _REGISTERED[name] = tax
    return name


@lru_cache(maxsize=8)
def _load(path: str) -> Taxonomy:
    from udt.taxonomy import load_taxonomy

    return load_taxonomy(path) if path else load_taxonomy()


def taxonomy_at(name: str) -> Taxonomy:
    """The taxonomy a component config names: one given to :func:`register_taxonomy`, an ontology path, or ""
    for the shipped ontology (loaded once per process)."""
    return _REGISTERED.get(name) or _load(name)


@Language.factory(
    "udt_ontology_matcher",
    default_config={"taxonomy": "", "cache_patterns": False, "termset": None},
)
def make_ontology_matcher(
    nlp: Language, name: str, taxonomy: str, cache_patterns: bool, termset: dict[str, Any] | None
) -> OntologyMatcher:
    return OntologyMatcher(nlp, taxonomy_at(taxonomy), cache_patterns=cache_patterns,
                           termset=ts.Termset.from_config(termset))


class PhraseTable:
    """Token-hash phrase lookup: tuple of token hashes (LOWER or ORTH) -> key. Needs no pattern ``Doc`` per form
    at start-up, and is as fast as spaCy's PhraseMatcher at run time: the phrases are also kept as a trie of token
    hashes, so a search stops at the first token that continues no phrase (most phrase starts are one-word
    phrases that a longer phrase merely begins with)."""

    def __init__(self) -> None:
        self.phrases: dict[tuple[int, ...], int] = {}
        # token hash -> [key of the phrase ending here or None, next level or None]
        self._trie: dict[int, list] = {}
        self._firsts: frozenset[int] | None = None  # the trie's first words as a set (see find; None: not built)

    def add(self, hashes: tuple[int, ...], key: int, strength: int, strengths: dict[tuple[int, ...], int]) -> None:
        # Two forms can tokenise alike ("well-defined", "well - defined"): the stronger origin wins.
        if hashes in self.phrases and strengths[hashes] <= strength:
            return
        self.phrases[hashes] = key
        strengths[hashes] = strength
        self._firsts = None  # (rebuilt by the next find that is given the report's words)
        level = self._trie
        for k, h in enumerate(hashes):
            node = level.get(h)
            if node is None:
                node = level[h] = [None, None]
            if k + 1 == len(hashes):
                node[0] = key
            else:
                if node[1] is None:
                    node[1] = {}
                level = node[1]

    def find(self, hashes: list[int], out: list[tuple[int, int, int]], words: frozenset[int] | None = None,
             longer: list[tuple[int, int, int]] | None = None) -> None:
        """Append ``(key, start, end)`` for every phrase occurrence in ``hashes`` (by start; at one start,
        shortest first). ``words``, if given, is the set of the distinct ``hashes`` (``TokenColumns.words``);
        ``longer``, if given, takes the occurrences of more than one token (``out`` then only the one-token ones)."""
        trie = self._trie
        # A cue table (landmarks, age words) starts nowhere in most reports: one C-level test. Against the report's
        # word set it is a probe per distinct word with the hash the set stores; against the token list it hashes
        # every 64-bit token id again (about 1.5 us per report and table, measured with timeit).
        if words is not None:
            starts = self._firsts
            if starts is None:
                starts = self._firsts = frozenset(trie)
            if starts.isdisjoint(words):
                return
        elif trie.keys().isdisjoint(hashes):
            return
        n = len(hashes)
        firsts: list[Any] = list(map(trie.get, hashes))  # C-level probe of every token; few are phrase starts
        longer_out = out if longer is None else longer
        last = n - 1
        for i in compress(range(n), firsts):
            key, level = firsts[i]
            if key is not None:
                out.append((key, i, i + 1))
            # (most phrase starts: a one-word phrase that no longer one extends, or a word that begins longer
            # phrases but not with the next word, "left" before "kidney": one probe, no walk set up)
            if level is None or i == last or (node := level.get(hashes[i + 1])) is None:
                continue
            j = i + 1
            while True:
                j += 1
                key, level = node
                if key is not None:
                    longer_out.append((key, i, j))
                if level is None or j >= n:
                    break
                node = level.get(hashes[j])
                if node is None:
                    break

    def rows(self) -> dict[str, list]:
        """The phrases as plain data (JSON-ready; :meth:`from_rows` rebuilds the table): the one-token phrases
        (most of them: single words and typos) as two columns, ``words`` and their ``keys``; the longer ones as
        ``phrases`` rows ``[hash, ..., key]``."""
        one = [(hashes[0], key) for hashes, key in self.phrases.items() if len(hashes) == 1]
        return {"words": [h for h, _ in one], "keys": [k for _, k in one],
                "phrases": [[*hashes, key] for hashes, key in self.phrases.items() if len(hashes) > 1]}

    @classmethod
    def from_rows(cls, rows: dict[str, list]) -> PhraseTable:
        """The table whose phrases are ``rows`` (from :meth:`rows`): the same lookups as the table that wrote
        them, built without re-deciding which of two forms wins (the writer did)."""
        table = cls()
        words, keys = rows["words"], rows["keys"]
        # One-token phrases in two C-level passes; the longer ones then extend or mark these nodes.
        table.phrases = {(h,): k for h, k in zip(words, keys, strict=True)}
        table._trie = trie = {h: [k, None] for h, k in zip(words, keys, strict=True)}
        table._firsts = None
        phrases = table.phrases
        for row in rows["phrases"]:
            *hashes, key = row
            phrases[tuple(hashes)] = key
            level = trie
            for h in hashes[:-1]:
                node = level.get(h)
                if node is None:
                    node = level[h] = [None, {}]
                elif node[1] is None:
                    node[1] = {}
                level = node[1]
            node = level.get(hashes[-1])
            if node is None:
                level[hashes[-1]] = [key, None]
            else:
                node[0] = key
        return table

    def starts_any(self, hashes: list[int]) -> bool:
        return not self._trie.keys().isdisjoint(hashes)

    def __len__(self) -> int:
        return len(self.phrases)


class OntologyMatcher:
    """Phrase matcher generated from the taxonomy (longest match wins, case-insensitive; abbreviations
    such as "RUQ" match case-sensitively so ordinary words are not read as them).

    ``cache_patterns`` keeps the built tables on disk (:func:`build_nlp` sets it: its tokenizer is a pure
    function of :mod:`udt.parser.tokenizer` and the spaCy version, which key the cache, with this module and the
    vocabulary); leave it off with another tokenizer. Read back, the tables spare start-up the tokenising,
    hashing and ranking of about 57,000 forms and typos (most of the matcher's build time).
    """

    def __init__(self, nlp: Language, tax: Taxonomy, cache_patterns: bool = False,
                 termset: ts.Termset = ts.DEFAULT_TERMSET) -> None:
        self.taxonomy = tax
        self.termset = termset
        self.vocabulary = vocabulary_for(tax, termset)
        # Tokenizer special cases such as "Mass." (Massachusetts) would hide a term ending a sentence
        # (build_nlp already leaves them out; this covers pipelines assembled by hand).
        forms = self.vocabulary.forms
        # spaCy types Language.tokenizer as any callable; a udt pipeline's is spaCy's Tokenizer
        rules = nlp.tokenizer.rules  # type: ignore[union-attr]
        if any(k.endswith(".") and k[:-1].casefold() in forms for k in rules):
            nlp.tokenizer.rules = {  # type: ignore[union-attr]
                k: v for k, v in rules.items() if not (k.endswith(".") and k[:-1].casefold() in forms)
            }
        self._absence = frozenset(self.vocabulary.absence.values())
        tables = self._cached_tables(nlp) if cache_patterns else None
        if tables is None:
            tables = self._build_tables(nlp)
        # key -> (iri, field, generic, hashes of field / iri / kb_id for the Span)
        self._keys: list[tuple[str, str, bool, int, int, int]] = []
        self._kb: list[str] = []
        strings = nlp.vocab.strings
        for iri, field, generic in tables["keys"]:
            kb = GENERIC if generic else ABSENCE if iri in self._absence else ""
            self._keys.append((iri, field, generic, strings.add(field), strings.add(iri), strings.add(kb)))
            self._kb.append(kb)
        self.lower = PhraseTable.from_rows(tables["lower"])
        self.cased = PhraseTable.from_rows(tables["cased"])
        # The lower case of each case-sensitive phrase's first word ("RK" -> "rk"): a report with none of them in its
        # word set starts no such phrase, and its ORTH column is never built (TokenColumns.orth).
        special = nlp.tokenizer.rules or {}  # type: ignore[union-attr]
        self._cased_firsts = frozenset(
            get_string_id(words[0].lower()) for form in self.vocabulary.cased_forms
            if (words := _pattern_words(nlp, form, special) or form.split()))
        self._amounts = {field: PhraseTable.from_rows(rows) for field, rows in tables["amounts"].items()}
        # Table columns that grade a dimension (column_amounts.py): generic keys by field, and Doppler headers.
        self._generic_fields = {k: field for k, (_, field, generic, *_) in enumerate(self._keys) if generic}
        self._pipe = get_string_id("|")
        self._underscore = get_string_id("_")  # "ECHOGENIC_FOCI=none": an export key's joiner (joined_keys.py)
        # Descriptor columns whose cells hold shorthand ("Echo | hypo", "Margin | smooth"): column_values.py
        self._echo_column_words = frozenset(get_string_id(w) for w in ts.ECHO_COLUMN_WORDS)
        self._cell_values = shorthand_cells(
            tax, {(iri, field): k for k, (iri, field, generic, *_) in enumerate(self._keys) if not generic})
        # "8mm hypo nodule": a bare echo prefix before a lesion noun in prose (bare_echo_prefixes.py)
        self._bare_echo = BareEchoPrefixes(self._cell_values.get("Echogenicity", {}))
        self._images = ImageLesions(nlp.vocab.strings, tax.fields[3:])  # (see image_lesions.py)
        # ("ET 8 mm": the uterus as a site label only, measured_abbreviations.py)
        self._measured_only = MeasuredAbbreviations(nlp.vocab.strings, tax.fields[1:3])
        self._doppler_words = frozenset(get_string_id(w) for w in ts.DOPPLER_COLUMN_WORDS)
        vascularity = self.vocabulary.forms.get(ts.DOPPLER_COLUMN_DIMENSION)
        self._doppler_field = vascularity.field if vascularity is not None else None
        self._refinable = frozenset(tables["refinable"])
        # Amount cues that name a pattern of their dimension, off its scale ("chaotic", "disorganised" of the
        # unranked "indeterminate vascularity"): beside a grade on the scale they yield to it (_yield_to_grade).
        self._pattern_cues = frozenset(
            k for k, (iri, field, generic, *_) in enumerate(self._keys)
            if not generic and field in self._amounts and (c := tax.concepts.get(iri)) is not None
            and c.is_released_value and c.rank is None)
        self._list_joins = frozenset(get_string_id(w) for w in (",", "and", "&"))
        self._amount_takers = self._refinable | self._pattern_cues  # the mentions _rank_by_amount reads
        self._stop = frozenset(get_string_id(w) for w in nlp.Defaults.stop_words)
        self._copula = frozenset(get_string_id(w) for w in self.termset.copula)
        self._within: dict[tuple[tuple[int, ...], frozenset[str]], str | None] = {}
        self._key_separators = frozenset((get_string_id(":"), get_string_id("-")))
        anatomy = frozenset(tax.fields[1:3])
        self._studies = StudyPhrases(
            self.lower.phrases,
            frozenset(k for k, (iri, *_) in enumerate(self._keys) if iri == self.vocabulary.normal_iri))
        self._anatomy_keys = frozenset(k for k, (_, field, *_) in enumerate(self._keys) if field in anatomy)
        self._closing_normals = ClosingNormals(
            strings, ts.CLOSING_NORMAL_WORDS, ts.CLOSING_NORMAL_LEADS, ts.CLOSING_NORMAL_ENDS,
            ts.CLOSING_NORMAL_AFTER_LEAD_ONLY, next((k for k, (iri, _, generic, *_) in enumerate(self._keys)
                  if iri == self.vocabulary.normal_iri and not generic), None))
        # "Douglas sac free": the free fluid the ontology places in the peritoneal cavity (``udt:unplacedSite``),
        # denied by a one-word answer after one of that cavity's recesses (free_recesses.py)
        self._free_recesses, self._recess_keys = self._free_recess_tables(tax, strings)
        # The lymph nodes' key: German "LK", French "ganglion" in a report of that language (foreign_node_words.py)
        self._node_key = self.lower.phrases.get((get_string_id("lymphknoten"),))
        # The last words of multi-word generic forms (a template key ends with its separator: "Doppler :").
        self._template_key_ends = frozenset(
            hashes[-1] for hashes, key in self.lower.phrases.items() if len(hashes) > 1 and self._keys[key][2])
        # The gates of the steps below that need one of their words in the report (trigger_groups.py)
        self._cased_gate = TRIGGER_GROUPS.group(self._cased_firsts)
        self._studies_gate = TRIGGER_GROUPS.group(self._studies.study_words)
        self._closing_gate = TRIGGER_GROUPS.group(self._closing_normals.words)
        self._recesses_gate = TRIGGER_GROUPS.group(self._free_recesses.words)
        self._bare_echo_gate = TRIGGER_GROUPS.group(self._bare_echo.words)

    def _free_recess_tables(self, tax: Taxonomy, strings: StringStore) -> tuple[FreeRecesses, frozenset[int]]:
        """The finder of recesses answered "free" and the keys of the recesses: those of the peritoneal cavity's
        kinds, the space the ontology places unplaced free fluid in."""
        fluid = tax.find("free fluid", tax.fields[0])
        self._free_fluid_iri = fluid.iri if fluid is not None else None
        space = tax.unplaced_site(fluid) if fluid is not None else None
        recesses = frozenset(c.iri for c in tax.descendants(space)) - {space.iri} if space is not None \
            else frozenset()
        fluid_key = next((k for k, (iri, _, generic, *_) in enumerate(self._keys)
                          if fluid is not None and iri == fluid.iri and not generic), None)
        recess_keys = frozenset(k for k, (iri, *_) in enumerate(self._keys) if iri in recesses)
        finder = FreeRecesses(strings, ts.FREE_RECESS_ANSWERS, ts.FREE_RECESS_BETWEEN, ts.FREE_RECESS_ENDS,
                              fluid_key if recess_keys else None)
        # "no ff", "small ff pelvis": the same free fluid abbreviated in lower case (lowercase_fluid.py)
        self._lowercase_fluid = LowercaseFreeFluid(strings, ts.LOWERCASE_FREE_FLUID_WORDS,
                                                   ts.LOWERCASE_FREE_FLUID_LEADS, ts.LOWERCASE_FREE_FLUID_FOLLOWS,
                                                   fluid_key)
        return finder, recess_keys

    def _build_tables(self, nlp: Language) -> dict[str, Any]:
        """The matcher's tables as plain data: ``keys`` (``[iri, field, generic]`` per key), the phrase rows of
        the lower-case, cased and amount tables (:meth:`PhraseTable.rows`) and the ``refinable`` keys."""
        tokenised = self._tokenised_forms(nlp)
        keys: list[list[Any]] = []
        key_of: dict[tuple[str, str, bool], int] = {}

        def key_for(iri: str, field: str, generic: bool) -> int:
            found = key_of.get((iri, field, generic))
            if found is None:
                found = key_of[(iri, field, generic)] = len(keys)
                keys.append([iri, field, generic])
            return found

        lower, cased = PhraseTable(), PhraseTable()
        for table, table_forms, lowered in (
            (lower, self.vocabulary.forms, True),
            (cased, self.vocabulary.cased_forms, False),
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
            if hashes not in lower.phrases:
                lower.add(hashes, key_for(term.iri, term.field, False), TYPO, strengths)
        amounts, refinable = self._amount_cues(key_for)
        return {"keys": keys, "lower": lower.rows(), "cased": cased.rows(),
                "amounts": {field: table.rows() for field, table in amounts.items()}, "refinable": sorted(refinable)}

    def _cached_tables(self, nlp: Language) -> dict[str, Any] | None:
        """The tables of :meth:`_build_tables`, kept on disk: they are a pure function of the vocabulary (its
        cache key covers the ontology, the termset and the generator code), the tokenizer and this module's code,
        and spaCy's version (its string hashes and tokenizer); ``None`` when the ontology has no digest."""
        key = cache_key(self.taxonomy, self.termset)
        if key is None:
            return None
        import spacy

        from udt.parser import tokenizer

        digest = hashlib.sha256(f"{MATCHER_CACHE_FORMAT}|{key}|{spacy.__version__}".encode()
                                + Path(__file__).read_bytes() + Path(tokenizer.__file__).read_bytes()).hexdigest()
        tables = load_json("matcher", digest, lambda: self._build_tables(nlp))
        return tables if isinstance(tables, dict) and tables.keys() == _TABLE_PARTS else None

    def _amount_cues(self, key_for: Any) -> tuple[dict[str, PhraseTable], frozenset[int]]:
        """Amount words of ordinal dimensions ("increased", "markedly increased", "reduced"), generated from the
        ranked values' forms: what a value's form adds to a generic or finer form of its dimension ("increased
        vascularity" = "increased" + "vascularity"). They rank the finer concepts that do not roll up ("increased
        internal vascularity", "reduced central flow"). Returns the cue table (-> key of the ranked value) and
        the keys of the mentions an amount may rank."""
        tax, forms = self.taxonomy, self.vocabulary.forms
        # One table per dimension: "normal" ranks vascularity, never echogenicity ("echogenicity is normal").
        by_field: dict[str, PhraseTable] = {}
        refinable: set[int] = set()
        for dim in tax.dimensions:
            if not dim.ordinal:
                continue
            amounts = by_field.setdefault(dim.field, PhraseTable())
            strengths: dict[tuple[int, ...], int] = {}
            # Every released value gives cues: a grade on the scale ("increased [internal] vascularity") and a
            # pattern off it ("chaotic [intranodular] vascularity", "disorganised [peripheral] flow").
            ranked = {c.iri for c in tax.values(dim.field)}
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
        return by_field, frozenset(refinable)

    def _rank_by_amount(self, doc: Doc, lower: list[int], chosen: list[tuple[int, int, int]], taken: bytearray) -> None:
        """Give a generic or non-rolling ordinal mention the value of an amount word before it ("increased
        [intraneural] vascularity", up to two non-stop words between) or after it ("vascularity is increased").
        An amount word that was itself matched alone (the "normal" of "vascularity is normal") is taken over."""
        n = len(lower)
        strings = doc.vocab.strings
        single = {(s, e): k for k, (s, e, _) in enumerate(chosen)}
        drop: set[int] = set()
        columns: list[tuple[int, int, int]] = []  # the answers ticked in a key's later columns
        for k, (start, end, key) in enumerate(chosen):
            if key in self._pattern_cues:
                # "increased, disorganised internal vascularity": a pattern phrase matched whole after a grade
                graded = self._yield_to_grade(chosen[k], lower, self._amounts[self._keys[key][1]], taken, single)
                if graded != chosen[k]:
                    s = graded[0]
                    drop.update(j for j in (single.get((s, e)) for e in range(s + 1, start)) if j is not None)
                    chosen[k] = graded
                continue
            if key not in self._refinable:
                continue
            amounts = self._amounts.get(self._keys[key][1])
            if amounts is None:
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
                ticked = ticked_answers(lower, after, strings)
                if ticked:  # "Vascularity: [ ] increased [x] normal": the ticked option is the key's value
                    after = ticked[0]
                elif after == end:
                    after = self._row_key_cell(lower, start, end, strings)
                if end < after < n:  # "vascularity is increased"; a bare following word is another clause
                    for size in range(min(n - after, 4), 0, -1):
                        hit = amounts.phrases.get(tuple(lower[after : after + size]))
                        # "Doppler: no hyperaemia": an amount that opens another mention of the dimension is that
                        # mention's (a negation of it), not the key's value.
                        if hit is not None and self._free(after, after + size, taken, single) \
                                and not self._opens_a_mention(after + size, chosen, key):
                            found = (start, after + size, hit)
                            break
                    # "Vascularity  [x]normal  [x]increased": a worksheet's key with a ticked answer per column
                    # (right, left) states each; the later ones are mentions of their own
                    for at in ticked[1:] if found is not None else ():
                        for size in range(min(n - at, 4), 0, -1):
                            hit = amounts.phrases.get(tuple(lower[at : at + size]))
                            if hit is not None and self._free(at, at + size, taken, single):
                                drop.update(j for j in (single.get((at, at + size)),) if j is not None)
                                columns.append((at, at + size, hit))
                                break
            if found is None:
                continue
            if found[2] in self._pattern_cues:
                found = self._yield_to_grade(found, lower, amounts, taken, single)
            s, e, hit = found
            for j in (single.get((s, gap if s < start else start)), single.get((end, e))):
                if j is not None:
                    drop.add(j)
            chosen[k] = (s, e, hit)
        if drop:
            chosen[:] = [c for j, c in enumerate(chosen) if j not in drop]
        if columns:
            chosen.extend(columns)
            chosen.sort()

    def _row_key_cell(self, lower: list[int], start: int, end: int, strings: StringStore) -> int:
        """The first cell of a table row whose first cell is the key ending at ``end`` ("Flow        | normal     |
        no internal flow": a worksheet whose columns are the sides, whose rows name what each column answers), so
        that the key's amount is read in it as after a colon; ``end`` when the key does not open its line or no bar
        follows it. The row's later cells keep their own words' reading."""
        if start > 0 and "\n" not in strings[lower[start - 1]]:
            return end
        j = end + 1 if end < len(lower) and strings[lower[end]].isspace() else end
        if j + 1 < len(lower) and lower[j] == self._pipe:
            return j + 2 if strings[lower[j + 1]].isspace() else j + 1
        return end

    def _yield_to_grade(self, found: tuple[int, int, int], lower: list[int], amounts: PhraseTable,
                        taken: bytearray, single: dict[tuple[int, int], int]) -> tuple[int, int, int]:
        """A pattern cue listed after a grade of the same dimension ("increased, chaotic vascularisation",
        "increased and disorganised flow") qualifies the graded flow: the grade is the value (the corpora label
        "increased" alone there). ``found`` is (start, end, key) of the mention read with the pattern."""
        start, end, _ = found
        j = start - 1
        if j < 1 or lower[j] not in self._list_joins:
            return found
        for size in range(min(j, 4), 0, -1):
            hit = amounts.phrases.get(tuple(lower[j - size : j]))
            if hit is not None and hit not in self._pattern_cues and self._free(j - size, j, taken, single):
                return (j - size, end, hit)
        return found

    def _drop_key_colons(self, lower: list[int], chosen: list[tuple[int, int, int]]) -> None:
        """A template key matched with its separator ("Doppler :", "Doppler -") ends before it, as any other key
        does, so that the passes reading a template line ("Doppler: negative", "Doppler: -") find the colon after
        it."""
        for k, (start, end, key) in enumerate(chosen):
            if end - start > 1 and lower[end - 1] in self._key_separators and self._keys[key][2]:
                chosen[k] = (start, end - 1, key)

    def _opens_a_mention(self, j: int, chosen: list[tuple[int, int, int]], key: int) -> bool:
        """A mention of the same dimension as ``key`` starts at token ``j``."""
        field = self._keys[key][1]
        return any(s == j and self._keys[k][1] == field for s, _, k in chosen)

    @staticmethod
    def _free(start: int, end: int, taken: bytearray, single: dict[tuple[int, int], int]) -> bool:
        """The tokens are unmatched, or exactly one whole mention (the amount word matched on its own)."""
        return not any(taken[start:end]) or (start, end) in single

    def term_within(self, lower: list[int], fields: frozenset[str]) -> str | None:
        """IRI of the longest term of ``fields`` inside a longer phrase (the "thyroid" of "thyroid nodule": the
        diagnosis won the longest match, but the report still names where it is), or ``None``."""
        # Asked for every multi-word diagnosis of every report, for few distinct phrases: remembered.
        memo_key = (tuple(lower), fields)
        found_iri = self._within.get(memo_key, _UNSEEN)
        if found_iri is not _UNSEEN:
            return found_iri  # type: ignore[return-value]
        found: list[tuple[int, int, int]] = []
        self.lower.find(lower, found)
        best = None
        for key, start, end in found:
            iri, field = self._keys[key][0], self._keys[key][1]
            if field in fields and not self._keys[key][2] and (best is None or end - start > best[0]):
                best = (end - start, iri)
        result = best[1] if best is not None else None
        if len(self._within) >= _WITHIN_MEMO:
            self._within.clear()
        self._within[memo_key] = result
        return result

    def _tokenised_forms(self, nlp: Language) -> dict[str, list[str]]:
        """Token texts of the forms a plain split would get wrong (punctuation, tokenizer special cases)."""
        # spaCy types Language.tokenizer as any callable; a udt pipeline's is spaCy's Tokenizer
        special = nlp.tokenizer.rules or {}  # type: ignore[union-attr]
        return {
            form: words
            for forms in (self.vocabulary.forms, self.vocabulary.cased_forms)
            for form in forms
            if (words := _pattern_words(nlp, form, special)) != form.split()
        }

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            doc.spans[SPANS_KEY] = []
            state_of(doc).mentions = []
            return doc
        state = state_of(doc)
        cols = columns_of(doc, state)
        lower = cols.lower
        # Longest first, then leftmost; keep non-overlapping (so "no internal flow" beats the cue "no"). The phrases of
        # several words (a few per report) are sorted so and come first; the one-word matches (most of them) are
        # already in the order that sort gives them, by start (one per start and table, the case-sensitive table's
        # after the other's): a sort key is a Python call per match.
        matches: list[tuple[int, int, int]] = []
        longer: list[tuple[int, int, int]] = []
        if self._underscore in cols.words:  # (few reports are machine exports with "KEY_WORDS=value" lines)
            find_across_joiners(self.lower, lower, glued_joiners(lower, cols.idx, cols.length, self._underscore),
                                matches, longer)
        else:
            self.lower.find(lower, matches, None, longer)
        if len(self.cased) and self._cased_gate in cols.touched:
            orth = cols.orth_of(doc)
            if self.cased.starts_any(orth):
                self.cased.find(orth, matches, None, longer)
                matches.sort(key=_second)  # (stable: at one start the other table's match stays first)
        # "heart rate 148": French "rate" (the spleen) only in a report written in French (french_words.py)
        drop_french_only(matches, lower, cols.words)
        # "a rim of fluid": Portuguese "rim" (the kidney) only in a report written in Portuguese (portuguese_words.py)
        drop_portuguese_only(matches, lower, cols.words)
        # "Axilla li.: LK 19 mm": German "LK" and French "ganglion" are lymph nodes there (foreign_node_words.py)
        node_keys(matches, lower, cols.words, self._node_key)
        longer.sort(key=lambda m: (m[1] - m[2], m[1]))
        taken = bytearray(n + 1)
        chosen = []
        for key, start, end in longer + matches:
            if end - start == 1:  # most mentions are one word: no slice needed
                if taken[start]:
                    continue
                taken[start] = 1
            else:
                if any(taken[start:end]):
                    continue
                taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, key))
        chosen.sort()
        # The negative-study scan needs a study word ("ultrasound", "scan"): tested against the report's word set
        # here (a probe per distinct word), which spares the scan's own test re-hashing every token.
        studies = self._studies.find(lower, chosen, taken, self._anatomy_keys, cols.words) \
            if self._studies_gate in cols.touched else None
        if studies:  # "Negative renal and bladder ultrasound": a normal study with its region between
            chosen.extend(studies)
            chosen.sort()
            for start, _, _ in studies:
                taken[start] = 1
        # "Right ovary 32x20 mm, natural.", "Left kidney healthy.": a translated or hurried word for normal closing
        # its clause (closing_normals.py; the organs' mention ends are gathered only when such a word is there)
        closing = self._closing_normals.find(
            lower, taken, cols.words,
            {e for _, e, k in chosen if k in self._anatomy_keys}
            if self._closing_gate in cols.touched else frozenset())
        if closing:
            chosen.extend(closing)
            chosen.sort()
            for start, end, _ in closing:
                taken[start:end] = b"\x01" * (end - start)
        # "Douglas sac free", "Morison's pouch: clear": a recess answered free denies free fluid there
        # (free_recesses.py; the recesses' mention ends are gathered only when an answer word is there)
        freed = self._free_recesses.find(
            lower, taken, cols.words,
            {e for _, e, k in chosen if k in self._recess_keys}
            if self._recesses_gate in cols.touched else frozenset())
        if freed:
            chosen.extend(freed)
            chosen.sort()
            for start, _, _ in freed:
                taken[start] = 1
        if self._bare_echo_gate in cols.touched:  # (few reports write "hypo" alone)
            bare = self._bare_echo.find(lower, taken, cols.words)
            if bare:
                chosen.extend(bare)
                chosen.sort()
                for start, _, _ in bare:
                    taken[start] = 1
        if not self._lowercase_fluid.words.isdisjoint(cols.words):  # (few reports write "ff")
            typed = self._lowercase_fluid.find(lower, cols.orth_of(doc), taken, cols.words)
            if typed:
                chosen.extend(typed)
                chosen.sort()
                for start, _, _ in typed:
                    taken[start] = 1
        # (a mention can end in a separator only where the report holds one: a probe of its word set first)
        if not self._key_separators.isdisjoint(self._template_key_ends) \
                and not self._key_separators.isdisjoint(cols.words) \
                and any(lower[e - 1] in self._key_separators for _, e, _ in chosen):
            self._drop_key_colons(lower, chosen)
        if self._amount_takers and not self._amount_takers.isdisjoint(map(_third, chosen)):
            self._rank_by_amount(doc, lower, chosen, taken)
        graded: set[tuple[int, int]] = set()
        if self._pipe in cols.words:  # "Segment | BWT | colour Doppler" tables: a column grades a dimension
            graded = grade_columns(state.text or doc.text, bar_tables_of(state), lower, cols.idx, chosen,
                                   self._generic_fields, self._amounts, self._doppler_words, self._doppler_field)
            if self._cell_values:
                graded |= read_value_columns(state.text or doc.text, bar_tables_of(state), lower, cols.idx, chosen,
                                             self._generic_fields, self._cell_values, self._echo_column_words,
                                             self._doppler_words)
        keys, kbs = self._keys, self._kb
        idx, length = cols.idx, cols.length
        records = []
        for start, end, key in chosen:
            iri, field = keys[key][:2]
            records.append(MentionRecord(start, end, idx[start], idx[end - 1] + length[end - 1], field, iri, kbs[key],
                                         lower[start]))
        if not self._measured_only.words.isdisjoint(cols.words):  # (few reports write "ET")
            # "ET: 8.4 mm": no mention for any rule to read, at most a site label (measured_abbreviations.py)
            keep, state.site_labels = self._measured_only.split(records, lower)
            records, chosen = list(compress(records, keep)), list(compress(chosen, keep))
        if not self._images.words.isdisjoint(cols.words):  # (one C-level test: few reports say "image")
            # "image quality limited": the picture, no lesion; dropped before the context rules read the mentions
            # ("we did not image the pancreas" negates the pancreas) (image_lesions.py)
            keep = self._images.kept(records, lower)
            records, chosen = list(compress(records, keep)), list(compress(chosen, keep))
        if graded:
            for rec in records:
                rec.column_grade = (rec.start, rec.end) in graded
        if freed:  # the answer denies the fluid it stands for
            starts = {start for start, _, _ in freed}
            for rec in records:
                if rec.start in starts and rec.end - rec.start == 1 and rec.iri == self._free_fluid_iri:
                    rec.negated = True
        # The spaCy mirror of the records, for a caller reading the Doc: skipped when no one will (see
        # DocState.private), since each Span builds three Token objects.
        if not state.private:
            doc.spans[SPANS_KEY] = [Span(doc, start, end, label=keys[key][3], span_id=keys[key][4], kb_id=keys[key][5])
                                    for start, end, key in chosen]
        state.mentions = records
        return doc


def _pattern_words(nlp: Language, form: str, special: dict[str, Any]) -> list[str]:
    # Plain words need no tokenizer run (thousands of forms: this keeps start-up fast); anything with
    # punctuation or a tokenizer special case goes through the real tokenizer.
    words = form.split()
    # "non..." words are split by the tokenizer ("noncompressible" -> "non", "compressible").
    if all(w.isalpha() and w not in special and not w.startswith("non") for w in words):
        return words
    return [t.text for t in nlp.tokenizer(form) if not t.is_space]
