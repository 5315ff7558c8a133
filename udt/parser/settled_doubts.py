"""A doubt that a later test settled in favour of another alternative is dropped.

"Differential: abscess versus inflammatory carcinoma. Needle aspiration yielded pus, confirming an abscess.", "?small
infarct ?tumour. MRI confirmed a segmental infarct.", "Fat necrosis versus carcinoma was considered; biopsy confirmed
fat necrosis.": the test named what the finding was, and that is not the doubted diagnosis, so the doubted one is no
longer a possibility (guideline: a differential settled by a test gives nothing for the discarded alternative). The
doubted mention becomes hypothetical (supposed, then set aside): neither labelled nor doubted.

English puts the head of a noun phrase last ("a segmental infarct", "focal fatty sparing"), so what a test settled is
read as the last word of the object after its verb ("confirmed", "yielded", "showed", ...). A doubt is discarded only
where that word was weighed beside it, in its own sentence near it, and the settling sentence names no mention of the
doubted concept (a test that confirms the doubted diagnosis settles it as present: report-level precedence does the
rest). Bounded: each doubt looks at the settling verbs of the next few sentences and a few words around itself.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.strings import StringStore, get_string_id

from udt.parser import termset as ts
from udt.parser.listed_differentials import listed_alternatives
from udt.parser.record import MentionRecord
from udt.parser.sentences import sentence_end
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from collections.abc import Sequence

    from udt.parser.differential_list_finder import DifferentialList

# A line break ends an object phrase and a doubt's clause whatever the termset says: it is layout, not a word (and a
# termset phrase cannot hold one).
_LINE_BREAKS = ("\n", "\n\n")
_SUBJECT_WORDS = 6  # how far back a passive subject's negation is looked for
_OBJECT_WORDS = 5  # the longest object phrase read ("a 2 cm segmental haemorrhagic infarct")
_SENTENCES_AHEAD = 5  # how many sentences after a doubt a test may settle it
_WEIGHED_BESIDE = 12  # how many words either side of a doubt an alternative is read as weighed beside it
# Two forms of one stem: at least this many letters shared ("infarct"/"infarction"; not "adenoma"/"adenomyosis"),
# differing only in a suffix of at most _SUFFIX_LETTERS letters of the shorter ("haemorrhag-e"/"-ic").
_STEM_LETTERS = 7
_PREMODIFIERS = 3  # how many words before a doubted mention are read as its own premodifiers
_SUFFIX_LETTERS = 3


@dataclass(frozen=True)
class SettlingWords:
    """The termset's words of this rule as string-store ids (see the ``Termset`` fields of the same names)."""

    verbs: frozenset[int]  # active or passive ("MRI confirmed an infarct", "an infarct was confirmed")
    passive_only: frozenset[int]  # settle only in the passive, the object before them ("an abscess was found")
    passive_marks: frozenset[int]  # what a participle is passive after ("was", ",")
    participles: frozenset[int]  # passive after such a mark: the settling verbs' past participles and these
    subject_negations: frozenset[int]  # a passive subject under one was not found ("No abscess was found.")
    object_openers: frozenset[int]  # what may open the object before its words ("confirmed a segmental infarct")
    object_ends: frozenset[int]  # what ends the object phrase ("confirmed an infarct in the upper pole")
    clause_stops: frozenset[int]  # what ends the clause a doubt was weighed in
    weighing_nouns: frozenset[int]  # a doubt named the alternative to another ("the main differential")
    anaphora: tuple[tuple[int, ...], ...]  # objects pointing back at the doubt ("confirmed this", "the diagnosis")
    anaphora_ends: frozenset[int]  # what may follow such an object ("confirmed it at surgery")
    superseded: frozenset[int]  # words that date an opinion as superseded ("initially thought to be a fibroid")
    offered: frozenset[int]  # words offering alternatives in a question ("Hernia or lipoma?")

    @classmethod
    def from_termset(cls, termset: ts.Termset, strings: StringStore) -> SettlingWords:
        passive_only = word_ids(strings, termset.passive_settling_participles)
        return cls(
            verbs=word_ids(strings, termset.settling_verbs),
            passive_only=passive_only,
            passive_marks=word_ids(strings, termset.settling_passive_marks),
            participles=passive_only | word_ids(strings, termset.settling_participles),
            subject_negations=word_ids(strings, termset.settled_subject_negations),
            object_openers=word_ids(strings, termset.settled_object_openers),
            object_ends=word_ids(strings, (*termset.settled_object_ends, *_LINE_BREAKS)),
            clause_stops=word_ids(strings, (*termset.doubt_clause_stops, *_LINE_BREAKS)),
            weighing_nouns=word_ids(strings, termset.weighing_nouns),
            anaphora=tuple(tuple(strings.add(w) for w in phrase.split()) for phrase in termset.settled_anaphora),
            anaphora_ends=word_ids(strings, (*termset.settled_anaphora_ends, *_LINE_BREAKS)),
            superseded=word_ids(strings, termset.superseded_opinion),
            offered=word_ids(strings, termset.offered_alternatives),
        )

    def settling(self) -> frozenset[int]:
        """Every word that may settle a doubt: a report without one has nothing to settle."""
        return self.verbs | self.passive_only


def _passive_head(words: SettlingWords, lower: list[int], verb: int, start: int) -> int | None:
    """The head word of the subject before the passive participle at ``verb`` (sentence from ``start``), or None:
    English puts the head last, so it is the word before the auxiliary or comma."""
    j = verb - 2
    if j < start or lower[j] in words.object_ends or lower[j] in words.object_openers:
        return None
    if not words.subject_negations.isdisjoint(lower[max(start, j - _SUBJECT_WORDS) : j]):
        return None
    return lower[j]


def _settled_head(words: SettlingWords, lower: list[int], verb: int, start: int, end: int) -> int | None:
    """The head word of what the settling verb at ``verb`` names (its sentence from ``start`` to ``end``): the object
    after an active verb, the subject before a passive participle; or None."""
    if verb > start and lower[verb] in words.participles and lower[verb - 1] in words.passive_marks:
        return _passive_head(words, lower, verb, start)
    if lower[verb] in words.passive_only:
        return None
    j = verb + 1
    while j < end and lower[j] in words.object_openers:
        j += 1
    head = None
    for k in range(j, min(end, j + _OBJECT_WORDS)):
        if lower[k] in words.object_ends:
            break
        head = lower[k]
    return head


def _clause_words(stops: frozenset[int], lower: list[int], start: int, stop: int, step: int) -> tuple[set[int], int]:
    """The words from ``start`` towards ``stop`` (exclusive) up to the end of the clause in that direction, and
    where they ended."""
    clause = set()
    j = start
    while j != stop and lower[j] not in stops:
        clause.add(lower[j])
        j += step
    return clause, j


def _own_phrase(words: SettlingWords, lower: list[int], start: int, end: int, lo: int) -> set[int]:
    """The words of the doubted mention and of the premodifiers before it, back to its opener ("an infarcted
    fibroid"): a test that names one of them ("confirmed infarction") settles the doubt itself, not another."""
    own = set(lower[start:end])
    j = start - 1
    while j >= max(lo, start - _PREMODIFIERS) and lower[j] not in words.object_openers \
            and lower[j] not in words.object_ends and lower[j] not in words.clause_stops \
            and lower[j] not in words.offered:  # "fat necrosis versus carcinoma": the other alternative
        own.add(lower[j])
        j -= 1
    return own


def _stem_beside(strings: StringStore, head: int, beside: set[int]) -> bool:
    """A word beside the doubt is another form of the settled head's stem ("a decidualised endometrioma ...
    confirming decidualisation", "?haemorrhagic cyst ... showed haemorrhage"): English derives the noun a test names
    from the adjective the doubt used. Long words sharing all but a suffix only (see _STEM_LETTERS)."""
    name = strings[head]
    if len(name) < _STEM_LETTERS:
        return False
    for w in beside:
        try:
            other = strings[w]
        except KeyError:  # (every word of a Doc is in its store; a guard for ids from elsewhere)
            continue
        if len(other) < _STEM_LETTERS or other[0] != name[0]:
            continue
        shorter = min(len(name), len(other))
        shared = next((i for i, (a, b) in enumerate(zip(name, other, strict=False)) if a != b), shorter)
        if shared >= _STEM_LETTERS and shared >= shorter - _SUFFIX_LETTERS:
            return True
    return False


def _drop_its_descriptors(m: MentionRecord, mentions: list[MentionRecord], starts: list[int]) -> None:
    """A doubted descriptor that premodifies the discarded alternative names a kind of it ("cystic neuroblastoma
    less likely ... confirming haemorrhage"): it goes with it."""
    k = bisect_left(starts, m.start) - 1
    while k >= 0 and mentions[k].end == m.start:
        o = mentions[k]
        if o.uncertain and o.field != m.field and not o.negated:
            o.uncertain = False
            o.hypothetical = True
        k -= 1


def drop_settled_doubts(words: SettlingWords, strings: StringStore, mentions: list[MentionRecord], lower: list[int],
                        sent_starts: list[int], finding_field: str, lists: Sequence[DifferentialList],
                        idx: Sequence[int]) -> None:
    """Mark hypothetical each doubted diagnosis mention that a test in a later sentence settled as another
    alternative weighed beside it; ``lists`` are the report's differential lists (differential_list_finder.py) and
    ``idx`` its tokens' character offsets. Call only where the report has a settling verb (one set test by the
    caller)."""
    n = len(lower)
    settling = words.settling()
    verbs = [j for j, w in enumerate(lower) if w in settling]
    if not verbs:
        return
    n_sents = len(sent_starts)
    starts = [o.start for o in mentions]  # in text order, as the matcher made them
    for m in mentions:
        if not m.uncertain or m.field != finding_field or m.negated or m.hypothetical:
            continue
        s = bisect_right(sent_starts, m.start) - 1
        sent_end = sentence_end(sent_starts, s, n)
        last = s + 1 + _SENTENCES_AHEAD
        horizon = sent_starts[last] if last < n_sents else n
        lo, hi = max(sent_starts[s], m.start - _WEIGHED_BESIDE), min(sent_end, m.end + _WEIGHED_BESIDE)
        before, _ = _clause_words(words.clause_stops, lower, m.start - 1, lo - 1, -1)
        after, clause_end = _clause_words(words.clause_stops, lower, m.end, hi, 1)
        beside = before | after
        if not words.weighing_nouns.isdisjoint(beside):
            # "X is favoured; a desmoid tumour is the main differential": the alternative to the diagnosis its
            # sentence favours, weighed beside it across the ";"
            beside.update(lower[lo:hi])
        # An item of a differential written one per line: the other items are weighed beside it too.
        if lists:
            beside |= listed_alternatives(lists, lower, idx, m.start_char)
        superseded = not words.superseded.isdisjoint(before)
        own = _own_phrase(words, lower, m.start, m.end, lo)
        # A test after the doubt's clause: in a later sentence, or after a ";" ("carcinoma was considered; biopsy
        # confirmed fat necrosis").
        first = sent_end if clause_end == hi else clause_end
        for v in verbs[bisect_left(verbs, first) : bisect_left(verbs, horizon)]:
            vs = bisect_right(sent_starts, v) - 1
            v_end = sentence_end(sent_starts, vs, n)
            head = _settled_head(words, lower, v, sent_starts[vs], v_end)
            if head is None or head in own or _stem_beside(strings, head, own) \
                    or not (superseded or head in beside or _stem_beside(strings, head, beside)):
                continue
            if any(o.iri == m.iri for o in mentions[bisect_right(starts, v) : bisect_left(starts, v_end)]):
                continue  # the test names the doubted concept itself: settled as present
            m.uncertain = False
            m.hypothetical = True
            _drop_its_descriptors(m, mentions, starts)
            break


def _anaphor_at(words: SettlingWords, lower: list[int], j: int) -> int:
    """The length of the longest anaphoric object starting at ``j`` ("this", "the diagnosis"), or 0."""
    best = 0
    for phrase in words.anaphora:
        if len(phrase) > best and tuple(lower[j : j + len(phrase)]) == phrase:
            best = len(phrase)
    return best


def confirm_by_anaphora(words: SettlingWords, mentions: list[MentionRecord], lower: list[int],
                        sent_starts: list[int], finding_field: str) -> None:
    """A test whose object points back at a doubt ("It was thought to be a ganglion, and aspiration confirmed this.",
    "A haematoma was suspected. MRI confirmed the diagnosis.") confirms it: the nearest doubted diagnosis before the
    verb, in its sentence or the one before, is present (guideline: a hedge settled later by a test is present).
    Call only where the report has a settling verb."""
    n = len(lower)
    starts = [o.start for o in mentions]
    for v in range(1, n - 1):
        if lower[v] not in words.verbs or lower[v - 1] in words.passive_marks:
            continue  # (a passive's object stands before it: "an abscess was confirmed" is read elsewhere)
        length = _anaphor_at(words, lower, v + 1)
        if not length or (v + 1 + length < n and lower[v + 1 + length] not in words.anaphora_ends):
            continue
        s = bisect_right(sent_starts, v) - 1
        reach = sent_starts[max(0, s - _ANAPHORA_SENTENCES)]
        k = bisect_left(starts, v) - 1
        while k >= 0 and mentions[k].start >= reach:
            o = mentions[k]
            if o.field == finding_field and o.uncertain and not o.negated and not o.hypothetical:
                o.uncertain = False
                break
            k -= 1


_ANAPHORA_SENTENCES = 1  # how many sentences before its test a pointing object reaches back
_QUESTION_MARK = get_string_id("?")
_ANSWER_WORDS = 60  # how far into a later sentence its answer is read (bounded: linear in report length)


def drop_answered_questions(words: SettlingWords, mentions: list[MentionRecord], lower: list[int],
                            sent_starts: list[int], finding_field: str, hedge_starts: list[int]) -> None:
    """A question offering alternatives ("Hernia or lipoma?", a legend's title) answered by a later plain statement
    of the other alternative ("Indirect inguinal hernia containing omentum."): the doubted one is dropped (marked
    hypothetical), as when a test settles it. Plain: no hedge cue in that sentence and no word of the doubted
    mention. Call only where the report has a "?" and an "or"/"versus" (one set test by the caller)."""
    n = len(lower)
    n_sents = len(sent_starts)
    for m in mentions:
        if not m.uncertain or m.field != finding_field or m.negated or m.hypothetical:
            continue
        s = bisect_right(sent_starts, m.start) - 1
        sent_end = sentence_end(sent_starts, s, n)
        if lower[sent_end - 1] != _QUESTION_MARK:
            continue
        # The other alternative's head: the word before "or" when the doubt follows it ("hernia or lipoma?"), the
        # last word of the question when the doubt comes first ("lipoma or hernia?").
        if m.start >= 2 and lower[m.start - 1] in words.offered:
            other = lower[m.start - 2]
        elif m.end < sent_end - 2 and lower[m.end] in words.offered:
            other = lower[sent_end - 2]
        else:
            continue
        own = set(lower[m.start : m.end])
        for t in range(s + 1, min(n_sents, s + 1 + _SENTENCES_AHEAD)):
            a = sent_starts[t]
            b = min(sentence_end(sent_starts, t, n), a + _ANSWER_WORDS)
            answer = lower[a:b]
            if other not in answer or not own.isdisjoint(answer):
                continue
            if bisect_left(hedge_starts, a) < bisect_left(hedge_starts, b):
                continue  # the answer is itself doubted
            m.uncertain = False
            m.hypothetical = True
            break
