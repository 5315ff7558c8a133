"""The one record every pipeline component fills in for a mention, and the Doc extensions that hold them.

The ontology matcher creates a :class:`MentionRecord` per mention; the context component sets its negation,
uncertainty, history and hypothesis; the sites/findings component sets its section, status, released value,
site and finding. :mod:`udt.parser.parser` only reads them. They live in registered Doc extensions
(``Doc._.udt``, a :class:`DocState`), never in ad-hoc ``doc.user_data`` keys.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING

from spacy.attrs import IDX, LENGTH, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens.underscore import Underscore

from udt.parser.trigger_groups import TRIGGER_GROUPS

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from collections.abc import Set as AbstractSet

    from udt.parser.bar_tables import BarTables
    from udt.parser.schema import Finding
    from udt.taxonomy import Taxonomy

GENERIC = "generic"  # kb of a mention of a dimension itself ("vascularity")
ABSENCE = "absence"  # kb of a mention of a dimension's absence value ("no internal flow")
# How many mentions back a rule looks for what a mention refers to (the uterus of a translated "node", the nodule a
# TI-RADS level grades): bounded, so that a long report is read in linear time.
LOOK_BACK = 60


@dataclass(slots=True)
class MentionRecord:
    """One mention, as the components see it (token and character offsets, then what each component adds)."""

    # -- ontology matcher
    start: int
    end: int
    start_char: int
    end_char: int
    field: str  # US-365K field of the concept
    iri: str  # concept IRI (the dimension's IRI for a generic mention)
    kb: str  # GENERIC, ABSENCE or ""
    first_lower: int  # LOWER hash of the first token
    # -- context
    negated: bool = False
    uncertain: bool = False
    historical: bool = False
    hypothetical: bool = False
    # -- sites/findings
    section: str | None = None
    status: str = "present"  # "present", "absent" or "uncertain" once the sites component has run
    evidence: bool = False  # reported as a Mention (a generic mention or a reference-range "normal" is not)
    value: str | None = None  # released value it rolls up to
    concept: str | None = None  # label of the concept
    site: str | None = None  # organ it names or implies
    finding: int | None = None  # index into the report's findings
    derived: bool = False  # added by the sites component (one per value of a wholly negated dimension)
    # a grade in a table cell under a column that names its dimension ("| colour Doppler |": column_amounts.py)
    column_grade: bool = False
    # the concept a re-filing sense moved the mention from (``refile``): the finer structure a child's report re-filed
    # to its paediatric organ ("Left SCM normal" in an infant: the neck muscle, filed under Pediatric head and neck),
    # so that a normal statement still reads it as one muscle (normals.py)
    refiled_from: str | None = None


@dataclass
class Reading:
    """What the sites/findings component concludes about the whole report (the converter copies it)."""

    labels: dict[str, set[str]]
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    abnormal: bool = False  # something abnormal is asserted (decides "normal appearance" across chunks)
    organ_normal: bool = False  # a whole organ is stated normal beside that abnormality


@dataclass
class DocState:
    """Everything udt's components record on one Doc (one extension, ``Doc._.udt``: a single attribute access
    per component, since each ``doc._`` access builds a new accessor object)."""

    text: str | None = None  # the report text (``Doc.text`` builds a string per token)
    sent_starts: list[int] | None = None  # token index of each sentence start (udt_sentences)
    sections: list[tuple[int, str | None]] = field(default_factory=list)  # (char offset, kind) (udt_sections)
    mentions: list[MentionRecord] = field(default_factory=list)  # one per mention (matcher, then all)
    # mentions the matcher kept aside to label their organ only ("ET: 8.4 mm": measured_abbreviations.py)
    site_labels: list[MentionRecord] = field(default_factory=list)
    reading: Reading | None = None  # the report-level result (udt_findings)
    columns: TokenColumns | None = None  # token attribute columns, read once for all components (columns_of)
    bar_tables: BarTables | None = None  # the lines holding a bar, walked once for every table rule (bar_tables_of)
    # (start, end) character spans of the lines that read as comma-separated rows (csv_rows.py; make_doc)
    row_lines: list[tuple[int, int]] = field(default_factory=list)
    # True only while ReportParser runs a pipeline of udt's own components on the Doc (none retokenizes): then
    # columns_of need not check that the tokens are still the ones its columns were read from.
    tokens_fixed: bool = False
    # True when no one but udt's components reads the Doc: ReportParser.parse converts the Doc of a pipeline of
    # udt's own components (which read only this state) and drops it. What udt writes on the Doc only for a caller
    # is then skipped: the matcher's span mirror (a spaCy Span per mention, three Token objects each: 2.2% of a
    # parse's instructions) and the sentence flags (``Token.is_sent_start``), both measured with callgrind.
    private: bool = False


class TokenColumns:
    """Token attributes as Python lists, read once for all components (one ``Doc.to_array`` for the whole
    pipeline instead of one per component; udt's components never retokenize).

    ``lower``, ``idx`` and ``length`` are read for every report; ``orth``, ``is_punct`` and ``space`` are worked
    out from them only when first asked for (most reports need them at a few tokens only, which
    :meth:`punct_at` answers; ORTH is needed only by the case-sensitive phrases, and punctuation, line breaks and
    dashes, which have no case, are read by their LOWER): each column ``Doc.to_array`` reads costs about 1.5 us on
    a typical report, with its conversion to a list (a 64-bit hash becomes a Python int of its own). No reference
    to the Doc is kept (the Doc holds these columns: a cycle would leave every Doc to the garbage collector).
    """

    __slots__ = ("_is_punct", "_n_chars", "_orth", "_space", "_text", "_vocab", "idx", "length", "lower", "touched",
                 "words")

    def __init__(self, doc: Doc, text: str) -> None:
        self.lower, self.idx, self.length = doc.to_array(_READ).T.tolist()
        self._vocab = doc.vocab
        self._text = text  # the Doc's text
        self._n_chars = len(text)
        self._orth: list[int] | None = None
        self._is_punct: list[bool] | None = None
        self._space: list[int] | None = None
        #: The distinct LOWER ids of the report. A rule that needs one of a few trigger words asks this set
        #: (``triggers.isdisjoint(cols.words)``: a probe per trigger) instead of hashing every token of ``lower``
        #: again: token hashes are 64-bit ints, which Python re-hashes on every set probe. Built here, not on first
        #: use: the matcher asks it of every report, and the rules about 18 times per report (a property's call
        #: each time cost about as much as the set).
        self.words: frozenset[int] = frozenset(self.lower)
        #: The trigger groups these words touch (trigger_groups.py): a rule's gate ``group in cols.touched`` is
        #: ``not triggers.isdisjoint(cols.words)`` for one probe.
        self.touched: frozenset[int] = TRIGGER_GROUPS.touched(self.words)

    @property
    def orth(self) -> list[int]:
        """Each token's ORTH: the id of its exact text (the string store's hash of the token's characters)."""
        if self._orth is None:
            text = self._text
            self._orth = [get_string_id(text[i : i + n]) for i, n in zip(self.idx, self.length, strict=True)]
        return self._orth

    def orth_of(self, doc: Doc) -> list[int]:
        """:attr:`orth`, read from ``doc`` (the Doc these columns were read from) if not yet worked out: one
        ``Doc.to_array`` column costs less than hashing every token's text again."""
        if self._orth is None:
            self._orth = doc.to_array(ORTH).tolist()
        return self._orth

    @property
    def is_punct(self) -> list[bool]:
        """True for a punctuation token."""
        if self._is_punct is None:
            self._is_punct = [self.punct_at(i) for i in range(len(self.orth))]
        return self._is_punct

    @property
    def space(self) -> list[int]:
        """1 if the token is followed by a space: spaCy's tokens and their one trailing space make up the text
        exactly, so a gap before the next token (or the text's end) is that space."""
        if self._space is None:
            ends = [*self.idx[1:], self._n_chars] if self.idx else []
            self._space = [int(i + n < e) for i, n, e in zip(self.idx, self.length, ends, strict=True)]
        return self._space

    def punct_at(self, i: int) -> bool:
        """Token ``i`` is punctuation (a lexeme flag, remembered per word: no column built)."""
        word = self.lower[i]
        found = _PUNCT.get(word)
        if found is None:
            if len(_PUNCT) >= _PUNCT_MEMO:
                _PUNCT.clear()
            found = _PUNCT[word] = bool(self._vocab[word].is_punct)
        return found


# Lower-case word hash -> is punctuation. spaCy's IS_PUNCT getter (``spacy.lang.lex_attrs.is_punct``) reads only the
# word's text (every character a Unicode punctuation mark, which has no case: a word and its lower case agree) and no
# language overrides it, so one memo serves every vocabulary.
_PUNCT: dict[int, bool] = {}
_PUNCT_MEMO = 65536  # words remembered (cleared when full: memory stays bounded)


def register_doc_extensions() -> None:
    """Register ``Doc._.udt`` (only if absent: another package's attribute is never replaced)."""
    if not Doc.has_extension("udt"):
        Doc.set_extension("udt", default=None)


# Where spaCy stores a Doc extension that has a default and no getter (``Underscore._get_key``). Reading
# ``doc.user_data`` there directly skips building an ``Underscore`` accessor, which every ``doc._`` access does
# (the components read the state about ten times per report).
_STATE_KEY = ("._.", "udt", None, None)


# The extension tuple last found to be a plain stored attribute. spaCy stores a new tuple whenever the extension
# is set again (``force=True``), so an identity check is enough to notice a replacement.
_CHECKED_EXTENSION: list[object] = [None]


def _stored_by_default() -> bool:
    """True if ``Doc._.udt`` is a plain stored attribute (checked on every access: a package could replace the
    extension with ``force=True`` at any time)."""
    ext = Underscore.doc_extensions.get("udt")  # what ``Doc.get_extension`` reads, without the method call
    if ext is not None and ext is _CHECKED_EXTENSION[0]:
        return True
    stored = ext is not None and ext[1] is None and ext[2] is None and ext[3] is None
    _CHECKED_EXTENSION[0] = ext if stored else None
    return stored


def state_or_none(doc: Doc) -> DocState | None:
    """``doc._.udt`` (None before any udt component or the report tokenizer ran)."""
    # The usual case first, inline (called about ten times per report): the extension checked last time.
    if Underscore.doc_extensions.get("udt") is _CHECKED_EXTENSION[0] is not None or _stored_by_default():
        # spaCy's stub types user_data as Dict[str, Any]; spaCy's own keys are tuples
        return doc.user_data.get(_STATE_KEY)  # type: ignore[call-overload]
    return doc._.udt


def set_state(doc: Doc, state: DocState) -> None:
    """``doc._.udt = state``."""
    if _stored_by_default():
        # spaCy's stub types user_data as Dict[str, Any]; spaCy's own keys are tuples
        doc.user_data[_STATE_KEY] = state  # type: ignore[index]
    else:
        doc._.udt = state


def state_of(doc: Doc) -> DocState:
    """The udt state of ``doc``, created on first use (for docs not made by the report tokenizer)."""
    # (state_or_none's usual case inline: every component asks this once per report)
    if Underscore.doc_extensions.get("udt") is _CHECKED_EXTENSION[0] is not None:
        state = doc.user_data.get(_STATE_KEY)  # type: ignore[call-overload]
    else:
        state = state_or_none(doc)
    if state is None:
        state = DocState()
        set_state(doc, state)
    if state.text is None:
        state.text = doc.text
    return state


_READ = [LOWER, IDX, LENGTH]  # TokenColumns' lists read from the Doc


def columns_of(doc: Doc, state: DocState) -> TokenColumns:
    """The token columns of ``doc``, read on first use; read again if a component in between changed the
    tokens (another length, or another first/last token). Not checked while ``state.tokens_fixed``: each check
    builds two spaCy Token objects (about 0.7% of a parse's instructions for the five checks of a report,
    measured with callgrind)."""
    cols = state.columns
    if cols is not None and state.tokens_fixed:
        return cols
    n = len(doc)
    if (
        cols is None
        or len(cols.lower) != n
        or (n and (cols.lower[0] != doc[0].lower or cols.lower[-1] != doc[-1].lower))
    ):
        cols = state.columns = TokenColumns(doc, state.text if state.text is not None else doc.text)
    return cols


def mentions_of(doc: Doc) -> list[MentionRecord]:
    """The mention records of ``doc`` (empty before the ontology matcher ran)."""
    state = state_or_none(doc)
    return state.mentions if state is not None else []


_START = attrgetter("start")  # a mention's first token (a bisection key read in C)


def mentions_between(mentions: list[MentionRecord], lo: int, hi: int) -> Iterator[MentionRecord]:
    """The mentions of ``mentions`` (in token order, as every component keeps them) that start in tokens ``lo`` up
    to ``hi`` (a sentence), found by bisection: a pass over every mention per call makes a long report quadratic."""
    for i in range(bisect_left(mentions, lo, key=_START), len(mentions)):
        rec = mentions[i]
        if rec.start >= hi:
            return
        yield rec


def refile(rec: MentionRecord, iri: str) -> None:
    """File the mention ``rec`` under ``iri``, a sense the whole report settles, keeping the concept it named in
    ``refiled_from`` (a normal statement still reads a re-filed part as that part: normals.py)."""
    rec.refiled_from, rec.iri = rec.iri, iri


def refile_mentions(mentions: list[MentionRecord], refiling: tuple[str, str]) -> None:
    """Re-file (:func:`refile`) every mention of the concept ``refiling[0]`` under ``refiling[1]``."""
    origin, target = refiling
    for rec in mentions:
        if rec.iri == origin:
            refile(rec, target)


def organ_refiling(tax: Taxonomy, name: str, organ: str) -> tuple[str, str] | None:
    """The IRIs of the organ-level concept ``name`` and of the released organ ``organ`` a report's context re-files
    it under (tunica.py, female_urethra.py), or None where the ontology lacks either."""
    organ_field = tax.fields[2]
    origin = tax.find(name, organ_field)
    target = tax.by_us365k(organ_field, organ)
    return None if origin is None or target is None else (origin.iri, target.iri)


_START_CHAR = attrgetter("start_char")


def set_findings_hypothetical(
    mentions: list[MentionRecord], spans: Iterable[tuple[int, int]], anatomy_fields: AbstractSet[str]
) -> None:
    """Mark hypothetical every finding mention (a field not in ``anatomy_fields``: anatomy stays examined) that starts
    inside one of the character ``spans``: an offered option, a lesson. Mentions are in text order, so each span's
    mentions are found by bisection."""
    for lo, hi in spans:
        for rec in mentions_in_chars(mentions, lo, hi):
            if rec.field not in anatomy_fields:
                rec.hypothetical = True


def mentions_in_chars(mentions: Sequence[MentionRecord], lo: int, hi: int) -> Sequence[MentionRecord]:
    """The mentions of ``mentions`` (in text order) that start at characters ``lo`` up to ``hi``, found by
    bisection: a pass over every mention per call makes a long report quadratic."""
    return mentions[bisect_left(mentions, lo, key=_START_CHAR) : bisect_left(mentions, hi, key=_START_CHAR)]


def doc_text(doc: Doc) -> str:
    """The text of ``doc`` (kept by the report tokenizer)."""
    return state_of(doc).text or ""


register_doc_extensions()
