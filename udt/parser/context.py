"""The context component: negation, uncertainty, history and hypothesis of each mention (ConText algorithm).

A cue's scope runs to the end of its sentence, a terminator or a window of words; pseudo-cues such as "no
change" block it. The cue phrases come from the component config (``termset``, a :class:`Termset` as a dict),
so a user can pass their own. Results go into each :class:`udt.parser.record.MentionRecord`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from udt.parser import termset as ts
from udt.parser.extensions import register_span_extensions
from udt.parser.record import ABSENCE, GENERIC, MentionRecord, columns_of, mentions_of, state_of
from udt.parser.sentences import sentence_starts

_POST_WINDOW = 6
_SHORT_WINDOW = 3
_PRE_WINDOW = 14


@Language.factory(
    "udt_context",
    default_config={"anatomy_fields": ["Body_system_level", "Organ_level"], "termset": None},
)
def make_context(nlp: Language, name: str, anatomy_fields: list[str], termset: dict[str, Any] | None) -> ConText:
    return ConText(nlp, ts.Termset.from_config(termset), frozenset(anatomy_fields))


class ConText:
    """Negation, uncertainty, history and hypothesis of each mention (ConText algorithm: a cue's scope
    runs to the end of its sentence or to a terminator; pseudo-cues such as "no change" block it)."""

    def __init__(self, nlp: Language, termset: ts.Termset, anatomy_fields: frozenset[str]) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.anatomy_fields = anatomy_fields
        self._comma = nlp.vocab.strings.add(",")
        self._colon = nlp.vocab.strings.add(":")
        self._colon_lower = self._colon
        self._non = nlp.vocab.strings.add("non")
        self._short_scope = frozenset(nlp.vocab.strings.add(w) for w in ts.SHORT_SCOPE_CUES)
        self._category: dict[int, str] = {}
        self._longest_cue = 1
        for category, phrases in termset.by_category().items():
            docs = list(nlp.tokenizer.pipe(phrases))
            self._longest_cue = max(self._longest_cue, *(len(d) for d in docs))
            self.matcher.add(category, docs)
            self._category[nlp.vocab.strings[category]] = category
        register_span_extensions()

    def __call__(self, doc: Doc) -> Doc:
        mentions = mentions_of(doc)
        n = len(mentions)
        if not n:
            return doc
        cues = self._cues(doc, mentions)
        if not cues:
            return doc
        sent_starts = sentence_starts(doc)
        terminators = [(s, e) for cat, s, e in cues if cat == ts.TERMINATE]
        term_starts = [s for s, _ in terminators]
        cols = columns_of(doc, state_of(doc))
        orth = cols.orth
        # Found by C-level comparisons (a Python loop over every token costs more than the rest of this pass).
        positions = range(len(orth))
        commas = list(compress(positions, map(self._comma.__eq__, orth)))
        colons = list(compress(positions, map(self._colon.__eq__, orth)))
        lower = cols.lower
        cue_starts = [c[1] for c in cues]
        negated_by: dict[int, list[int]] = {}
        for i, m in enumerate(mentions):
            if _starts_with_negation(m):
                # "no internal flow" already states an absence; another cue cannot negate it again.
                continue
            after = bisect_right(sent_starts, m.start)
            sent = sent_starts[after - 1]
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
                    short = lower[cs] in self._short_scope
                    # A prefix ("non-calcified", "noncalcified") negates only the word it is attached to.
                    window = 0 if lower[cs] == self._non else _SHORT_WINDOW if short else _PRE_WINDOW
                    if ce > m.start or m.start - ce > window or _between(term_starts, ce, m.start):
                        continue
                    if short and _between(commas, ce, m.start):
                        continue  # "non-compressible, blind-ending tubular structure": "non" ends at the comma
                    dist = m.start - ce
                else:
                    if cs < m.end or cs - m.end > _POST_WINDOW or _between(term_starts, m.end, cs):
                        continue
                    if _between(commas, m.end, cs):
                        continue
                    # A colon ends a POST cue's reach, except the template "Calcification: absent".
                    if _between(colons, m.end, cs) and not (cs - m.end == 1 and lower[m.end] == self._colon_lower):
                        continue
                    dist = cs - m.end
                if cat == ts.HIST_PRE:
                    m.historical = True
                elif cat in (ts.HYP_PRE, ts.HYP_POST):
                    m.hypothetical = True
                elif best is None or dist < best[0]:
                    best = (dist, cat, ci)
            if best is not None:
                if best[1].startswith("NEG"):
                    m.negated = True
                    negated_by.setdefault(best[2], []).append(i)
                elif m.field not in self.anatomy_fields:
                    # Doubt is about the finding; the organ where it was seen is still examined.
                    m.uncertain = True
        # An organ inside a negated phrase is where the absent finding was looked for ("no axillary mass"),
        # not itself absent — unless nothing but anatomy was negated ("no lymph nodes").
        for group in negated_by.values():
            if any(mentions[i].field not in self.anatomy_fields and mentions[i].kb != GENERIC for i in group):
                for i in group:
                    if mentions[i].field in self.anatomy_fields:
                        mentions[i].negated = False
        return doc

    def _cues(self, doc: Doc, mentions: list[MentionRecord]) -> list[tuple[str, int, int]]:
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


def _starts_with_negation(m: MentionRecord) -> bool:
    return m.end - m.start > 1 and m.first_lower in _NEGATION_HEADS


def _between(positions: list[int], lo: int, hi: int) -> bool:
    """True if some position p satisfies lo <= p < hi."""
    k = bisect_right(positions, lo - 1)
    return k < len(positions) and positions[k] < hi
