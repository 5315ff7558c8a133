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

from spacy.strings import get_string_id

from udt.parser import termset as ts
from udt.parser.record import MentionRecord

_SETTLING_VERBS = frozenset(get_string_id(w) for w in ts.SETTLING_VERBS)
# Participles that settle only in the passive, their object standing before them ("At excision, an epidermoid cyst
# was found."); the settling verbs read the same way after an auxiliary or a comma ("ectopic pregnancy, confirmed at
# laparoscopy").
_PASSIVE_ONLY = frozenset(get_string_id(w) for w in ts.PASSIVE_SETTLING_PARTICIPLES)
_PASSIVE_MARKS = frozenset(get_string_id(w) for w in ("was", "were", "is", "are", "being", ","))
# Only a past participle is passive after them ("..., confirming haemorrhage" is active, its object after it).
_PARTICIPLES = _PASSIVE_ONLY | frozenset(get_string_id(w) for w in ("confirmed", "proven", "proved", "shown",
                                                                   "revealed"))
# A passive subject under a negation was not found ("No abscess was found."): it settles nothing.
_SUBJECT_NEGATIONS = frozenset(get_string_id(w) for w in ("no", "not", "nor", "without", "neither"))
_SUBJECT_WORDS = 6  # how far back a passive subject's negation is looked for
# What may open the object before its words ("confirmed a segmental infarct", "showed the expected fat necrosis").
_OBJECT_OPENERS = frozenset(get_string_id(w) for w in ("a", "an", "the", "this", "that", "it", "to", "be", ":",
                                                      "as"))
# What ends the object noun phrase: a clause mark, a preposition or a joiner ("confirmed an infarct in the upper
# pole", "showed fat necrosis and no malignancy").
_OBJECT_ENDS = frozenset(get_string_id(w) for w in (".", ",", ";", ":", "(", ")", "\n", "\n\n", "!", "?", "of", "in",
                                                   "at", "on", "with", "within", "after", "and", "or", "but",
                                                   "which", "that", "was", "were", "is", "are", "without", "from",
                                                   "by", "|"))
# What ends the clause a doubt was weighed in: an alternative is weighed beside it only inside it ("probably a fibroid,
# and a definite polyp ... hysteroscopy confirmed the polyp": the polyp is another finding, not an alternative).
_CLAUSE_STOPS = frozenset(get_string_id(w) for w in (";", "\n", "\n\n", "and", "but", "however", "although",
                                                    "whereas", "while"))
# Words that date an opinion as superseded ("which was initially thought possibly to be a fibroid"): whatever a later
# test then named settles it, weighed beside it or not ("... Caesarean section confirmed an abruption").
_SUPERSEDED = frozenset(get_string_id(w) for w in ts.SUPERSEDED_OPINION_WORDS)
_OBJECT_WORDS = 5  # the longest object phrase read ("a 2 cm segmental haemorrhagic infarct")
_SENTENCES_AHEAD = 5  # how many sentences after a doubt a test may settle it
_WEIGHED_BESIDE = 12  # how many words either side of a doubt an alternative is read as weighed beside it


def _passive_head(lower: list[int], verb: int, start: int) -> int | None:
    """The head word of the subject before the passive participle at ``verb`` (sentence from ``start``), or None:
    English puts the head last, so it is the word before the auxiliary or comma."""
    j = verb - 2
    if j < start or lower[j] in _OBJECT_ENDS or lower[j] in _OBJECT_OPENERS:
        return None
    if not _SUBJECT_NEGATIONS.isdisjoint(lower[max(start, j - _SUBJECT_WORDS) : j]):
        return None
    return lower[j]


def _settled_head(lower: list[int], verb: int, start: int, end: int) -> int | None:
    """The head word of what the settling verb at ``verb`` names (its sentence from ``start`` to ``end``): the object
    after an active verb, the subject before a passive participle; or None."""
    if verb > start and lower[verb] in _PARTICIPLES and lower[verb - 1] in _PASSIVE_MARKS:
        return _passive_head(lower, verb, start)
    if lower[verb] in _PASSIVE_ONLY:
        return None
    j = verb + 1
    while j < end and lower[j] in _OBJECT_OPENERS:
        j += 1
    head = None
    for k in range(j, min(end, j + _OBJECT_WORDS)):
        if lower[k] in _OBJECT_ENDS:
            break
        head = lower[k]
    return head


def _clause_words(lower: list[int], start: int, stop: int, step: int) -> tuple[set[int], int]:
    """The words from ``start`` towards ``stop`` (exclusive) up to the end of the clause in that direction, and
    where they ended."""
    words = set()
    j = start
    while j != stop and lower[j] not in _CLAUSE_STOPS:
        words.add(lower[j])
        j += step
    return words, j


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


def drop_settled_doubts(mentions: list[MentionRecord], lower: list[int], sent_starts: list[int],
                        finding_field: str) -> None:
    """Mark hypothetical each doubted diagnosis mention that a test in a later sentence settled as another
    alternative weighed beside it. Call only where the report has a settling verb (one set test by the caller)."""
    n = len(lower)
    verbs = [j for j, w in enumerate(lower) if w in _SETTLING_VERBS or w in _PASSIVE_ONLY]
    if not verbs:
        return
    n_sents = len(sent_starts)
    starts = [o.start for o in mentions]  # in text order, as the matcher made them
    for m in mentions:
        if not m.uncertain or m.field != finding_field or m.negated or m.hypothetical:
            continue
        s = bisect_right(sent_starts, m.start) - 1
        sent_end = sent_starts[s + 1] if s + 1 < n_sents else n
        last = s + 1 + _SENTENCES_AHEAD
        horizon = sent_starts[last] if last < n_sents else n
        lo, hi = max(sent_starts[s], m.start - _WEIGHED_BESIDE), min(sent_end, m.end + _WEIGHED_BESIDE)
        before, _ = _clause_words(lower, m.start - 1, lo - 1, -1)
        after, clause_end = _clause_words(lower, m.end, hi, 1)
        beside = before | after
        superseded = not _SUPERSEDED.isdisjoint(before)
        # A test after the doubt's clause: in a later sentence, or after a ";" ("carcinoma was considered; biopsy
        # confirmed fat necrosis").
        first = sent_end if clause_end == hi else clause_end
        for v in verbs[bisect_left(verbs, first) : bisect_left(verbs, horizon)]:
            vs = bisect_right(sent_starts, v) - 1
            v_end = sent_starts[vs + 1] if vs + 1 < n_sents else n
            head = _settled_head(lower, v, sent_starts[vs], v_end)
            if head is None or (head not in beside and not superseded) or head in lower[m.start : m.end]:
                continue
            if any(o.iri == m.iri for o in mentions[bisect_right(starts, v) : bisect_left(starts, v_end)]):
                continue  # the test names the doubted concept itself: settled as present
            m.uncertain = False
            m.hypothetical = True
            _drop_its_descriptors(m, mentions, starts)
            break


_OFFERED = frozenset(get_string_id(w) for w in ("or", "versus", "vs", "vs."))
_QUESTION_MARK = get_string_id("?")
_ANSWER_WORDS = 60  # how far into a later sentence its answer is read (bounded: linear in report length)


def drop_answered_questions(mentions: list[MentionRecord], lower: list[int], sent_starts: list[int],
                            finding_field: str, hedge_starts: list[int]) -> None:
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
        sent_end = sent_starts[s + 1] if s + 1 < n_sents else n
        if lower[sent_end - 1] != _QUESTION_MARK:
            continue
        # The other alternative's head: the word before "or" when the doubt follows it ("hernia or lipoma?"), the
        # last word of the question when the doubt comes first ("lipoma or hernia?").
        if m.start >= 2 and lower[m.start - 1] in _OFFERED:
            other = lower[m.start - 2]
        elif m.end < sent_end - 2 and lower[m.end] in _OFFERED:
            other = lower[sent_end - 2]
        else:
            continue
        own = set(lower[m.start : m.end])
        for t in range(s + 1, min(n_sents, s + 1 + _SENTENCES_AHEAD)):
            a = sent_starts[t]
            b = min(sent_starts[t + 1] if t + 1 < n_sents else n, a + _ANSWER_WORDS)
            words = lower[a:b]
            if other not in words or not own.isdisjoint(words):
                continue
            if bisect_left(hedge_starts, a) < bisect_left(hedge_starts, b):
                continue  # the answer is itself doubted
            m.uncertain = False
            m.hypothetical = True
            break
