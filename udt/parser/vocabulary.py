"""The matcher vocabulary, generated from the taxonomy: every surface form the parser accepts for a concept.

Nothing here names a concept. Forms come from labels, released strings and synonyms, expanded by the
spelling rules of :mod:`udt.parser.variants`; a few derived forms are added:

* *conjunct* forms of compound organ labels ("Kidney and ureter" -> "kidney", "ureter");
* *generic* forms of a dimension (its own label, and the synonyms of its "absence" value with the negation
  cue removed: "no internal flow" -> "internal flow"), so that "no colour flow within it" or
  "vascularity: absent" still resolves to the dimension's absence value; the dimension's own synonyms only as
  template keys ("Doppler: negative");
* single-typo forms of long single words, dropped where they collide with another term.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.termset import (
    CONTOUR_WORDS,
    DEFAULT_TERMSET,
    NEGATING_PRONOUNS,
    ORGAN_CONTOUR_WORDS,
    PEDIATRIC_CUES,
    Termset,
)
from udt.parser.variants import surface_variants, typo_variants

if TYPE_CHECKING:
    from udt.taxonomy import Concept, Taxonomy

# Strength of a form's origin, strongest first; a form claimed by several concepts goes to the strongest.
LABEL, RELEASED, EXACT, RELATED, CONJUNCT, GENERIC, TYPO = range(7)
_CONJUNCTION = lazy_compile(r"\s*,\s*|\s+and\s+|\s*&\s*")
_ABBREVIATION = lazy_compile(r"^[A-Z][A-Z0-9/&-]{0,4}$")
# An age word opening a compound organ label qualifies each of its parts: "neonatal brain and spine" gives "neonatal
# spine", not a bare "spine" that an adult's "lumbar spine MRI" would name; "infant hip and knee" an infant's knee.
_AGE_QUALIFIERS = frozenset(("neonatal", "infant", "pediatric", "paediatric"))
# The verbs that join a contour word to its adjective in a clause ("the boundary is clear", "margins are smooth").
_COPULAS = ("is", "are", "was", "were")


@dataclass(frozen=True, slots=True)
class Term:
    """What a matched form means: a concept of a dimension, or a generic mention of the dimension itself."""

    iri: str
    field: str
    strength: int
    generic: bool = False


@dataclass
class Vocabulary:
    """Forms -> terms, plus the few concept roles the parser derives from the taxonomy."""

    forms: dict[str, Term] = field(default_factory=dict)  # lower-case form -> term
    cased_forms: dict[str, Term] = field(default_factory=dict)  # abbreviations, matched case-sensitively
    # Single-token misspellings of long words (read only to build the matcher's tables, which are cached: the
    # on-disk vocabulary hands a table decoded on first read, see udt.parser.vocab_cache).
    typos: Mapping[str, Term] = field(default_factory=dict)
    absence: dict[str, str] = field(default_factory=dict)  # field -> IRI of the value meaning "none"
    normal_iri: str | None = None  # the released diagnosis value of a normal study
    pediatric: dict[str, str] = field(default_factory=dict)  # adult organ/body-system IRI -> paediatric organ IRI
    pediatric_cues: tuple[str, ...] = PEDIATRIC_CUES

    def __len__(self) -> int:
        return len(self.forms) + len(self.cased_forms)


def _add(table: dict[str, Term], form: str, term: Term) -> None:
    old = table.get(form)
    if old is None or term.strength < old.strength:
        table[form] = term


def _strip_cue(text: str, pre: tuple[str, ...], post: tuple[str, ...]) -> str | None:
    low = " ".join(text.casefold().split())
    for cue in sorted(pre, key=len, reverse=True):
        if low.startswith(cue + " "):
            return low[len(cue) + 1 :].strip()
    for cue in sorted(post, key=len, reverse=True):
        if low.endswith(" " + cue):
            return low[: -len(cue) - 1].strip()
    return None


def _slash_parts(label: str) -> list[str]:
    parts = [p.strip() for p in label.split("/")]
    last = parts[-1].split()
    if len(last) < 2:
        return parts
    head = " ".join(last[1:])
    out = []
    for p in parts[:-1]:
        # "indeterminate vascularity", and a template's key-first "vascularity: indeterminate".
        out += [p] if " " in p else [f"{p} {head}", f"{head}: {p}", f"{head} {p}"]
    return [*out, parts[-1]]


def _concept_terms(c: Concept) -> list[tuple[int, str]]:
    entries = [(LABEL, c.label)]
    if c.us365k_label:
        entries.append((RELEASED, c.us365k_label))
        # Slash-joined released strings ("tubular/linear") name each part. A one-word part of an unranked value
        # keeps the head of the phrase ("indeterminate/inhomogeneous vascularity" -> "indeterminate
        # vascularity"): "indeterminate" alone is said of a lesion, while a ranked value's word is a grade of the
        # dimension on its own ("flow volume 450 ml/min, reduced").
        if "/" in c.us365k_label:
            parts = c.us365k_label.split("/") if c.rank is not None else _slash_parts(c.us365k_label)
            entries += [(EXACT, part) for part in parts if len(part) > 2]
    entries += [(EXACT, s) for s in c.exact_synonyms]
    entries += [(RELATED, s) for s in c.related_synonyms]
    return entries


def build_vocabulary(tax: Taxonomy, termset: Termset = DEFAULT_TERMSET) -> Vocabulary:
    """Generate the vocabulary for ``tax`` (pure function of the taxonomy and the termset)."""
    vocab = Vocabulary()
    fields = set(tax.fields)
    organ_field = tax.fields[2]
    for c in tax:
        if c.deprecated or c.dimension not in fields:
            continue
        for strength, text in _concept_terms(c):
            term = Term(c.iri, c.dimension, strength)
            if _ABBREVIATION.match(text.strip()):
                _add(vocab.cased_forms, text.strip(), term)
                continue
            for form in surface_variants(text):
                _add(vocab.forms, form, term)
            for form in _key_first(text):
                if form not in vocab.forms:
                    _add(vocab.forms, form, term)
            if c.dimension == organ_field and strength <= EXACT:
                parts = _conjunct_parts(text)
                if len(parts) > 1:
                    for part in parts:
                        for form in surface_variants(part):
                            _add(vocab.forms, form, Term(c.iri, c.dimension, CONJUNCT))
    _add_generic_forms(tax, termset, vocab)
    _add_typos(vocab)
    vocab.normal_iri = _normal_iri(tax)
    vocab.pediatric = _pediatric_map(tax)
    return vocab


def _conjunct_parts(text: str) -> list[str]:
    """The parts of a compound organ label ("kidney and ureter" -> "kidney", "ureter"), each qualified by an age word
    that opens the label (_AGE_QUALIFIERS: "neonatal brain and spine" -> "neonatal brain", "neonatal spine")."""
    parts = [p for p in _CONJUNCTION.split(text.casefold()) if len(p) > 2]
    age = parts[0].split()[0] if parts else ""
    if age in _AGE_QUALIFIERS:
        parts = [p if p.split()[0] == age else f"{age} {p}" for p in parts]
    return parts


def _key_first(text: str) -> list[str]:
    """A template's order of a two-word margin term ("clear boundary" -> "boundary clear", "boundary: clear";
    "regular margins" -> "margins: regular"): the contour word as the key, the adjective as its value; and the
    same said as a clause ("the boundary is unclear", "margins are smooth"), as translated reports list a lesion's
    features one clause each ("size about 8 mm, the boundary is unclear, the shape is irregular"). Not of an
    organ's outline word ("Pancreas: ..., contours are unclear"): a sentence about an organ says that of the organ,
    and a lesion the same sentence hedges ("fluid is not excluded") would take the margin (margins.py)."""
    words = text.casefold().split()
    if len(words) != 2 or words[1] not in CONTOUR_WORDS:
        return []
    key, value = words[1], words[0]
    clauses = [] if key in ORGAN_CONTOUR_WORDS else [f"{key} {verb} {value}" for verb in _COPULAS]
    return [f"{key} {value}", f"{key}: {value}", *clauses]


def _add_generic_forms(tax: Taxonomy, termset: Termset, vocab: Vocabulary) -> None:
    # "nothing abnormal detected" is normal wording, not "abnormal" denied: no generic form is made from it.
    neg_pre = tuple(cue for cue in termset.neg_pre if cue not in NEGATING_PRONOUNS)
    for dim in tax.dimensions:
        generic: set[str] = {dim.label.casefold()}
        for value in tax.values(dim.field):
            stripped = [_strip_cue(t, neg_pre, termset.neg_post) for _, t in _concept_terms(value)]
            # A negated *sibling* value ("not circumscribed") is not an absence statement: keep only
            # remainders no concept claims ("no internal flow" -> "internal flow").
            remainders = [s for s in stripped if s and s not in vocab.forms]
            if remainders and dim.field not in vocab.absence:
                vocab.absence[dim.field] = value.iri
                generic |= set(remainders)
        for text in generic:
            for form in surface_variants(text):
                _add(vocab.forms, form, Term(dim.iri, dim.field, GENERIC, generic=True))
        _add_template_keys(tax, dim.iri, dim.field, vocab)


def _add_template_keys(tax: Taxonomy, dim_iri: str, dim_field: str, vocab: Vocabulary) -> None:
    """The dimension's own synonyms as template keys ("Doppler: negative", "Colour Doppler - none"): a form with
    the colon or dash, so that on its own the word ("no Doppler evidence of thrombosis") names the examination, not
    what it found. The matcher leaves the separator out of the mention."""
    for text in tax.concept(dim_iri).synonyms:
        for form in surface_variants(text):
            if form not in vocab.forms:
                for separator in (":", "-"):  # "Doppler: negative", "Doppler - negative"
                    _add(vocab.forms, f"{form} {separator}", Term(dim_iri, dim_field, GENERIC, generic=True))


def _add_typos(vocab: Vocabulary) -> None:
    claimed: dict[str, dict[str, Term]] = {}
    for form, term in vocab.forms.items():
        if term.generic or term.strength > EXACT or not form.isalpha():
            continue
        for typo in typo_variants(form):
            if typo not in vocab.forms:
                claimed.setdefault(typo, {})[term.iri] = term
    typos: dict[str, Term] = {}
    for typo, terms in claimed.items():
        # A typo two concepts could claim is ambiguous: leave it unmatched.
        if len(terms) == 1:
            term = next(iter(terms.values()))
            typos[typo] = Term(term.iri, term.field, TYPO)
    vocab.typos = typos


def _pediatric_map(tax: Taxonomy) -> dict[str, str]:
    """Adult organ (or body system) IRI -> paediatric organ IRI, as the ontology declares it
    (``udt:pediatricCounterpart``, read through :meth:`udt.Taxonomy.pediatric_counterpart`)."""
    out: dict[str, str] = {}
    for dim_field in (tax.fields[2], tax.fields[1]):
        for c in tax.values(dim_field):
            counterpart = tax.pediatric_counterpart(c)
            if counterpart is not None:
                out[c.iri] = counterpart.iri
    return out


def _normal_iri(tax: Taxonomy) -> str | None:
    """The released diagnosis value declared to mean a normal study (``udt:meansNormal``); None if the
    ontology declares none (then no mention is read as a normal statement)."""
    from udt.errors import OntologyError

    try:
        return tax.normal_value.iri
    except OntologyError:
        return None
