"""Diagnosis words that name no finding of this patient's scan: a laboratory test or service named after a disease
("tumour markers suggested", "referred to the breast cancer clinic", "discussed at the tumour board", and an organ
word naming a service: "sent from the kidney clinic"), a relative's cancer in a patient post ("my aunt had ovarian
cancer", "his father died of cancer", and the organ word of such a cancer), the poster's own question without a
question mark ("is it cancer") and a finding named as a word ("I know what seminoma means"). The context component
marks them hypothetical or historical, so that they give no Diagnosis value (guideline: history and what is not this
patient's finding is not labelled).
:func:`relatives_past_condition` ("my mum had a DVT") is read by the sites component, where a mention's released
value is known."""

from __future__ import annotations

from spacy.strings import get_string_id

from udt.parser import termset as ts
from udt.parser.record import MentionRecord
from udt.parser.trigger_groups import TRIGGER_GROUPS

_SERVICES = frozenset(get_string_id(w) for w in ts.DISEASE_SERVICE_WORDS)
ORGAN_SERVICES = frozenset(get_string_id(w) for w in ts.ORGAN_SERVICE_WORDS)
_RELATIVES = frozenset(get_string_id(w) for w in ts.RELATIVE_WORDS)
_RELATIVES_GATE = TRIGGER_GROUPS.group(_RELATIVES)  # (the report's trigger groups: trigger_groups.py)
_ILLNESS_VERBS = frozenset(get_string_id(w) for w in ts.RELATIVE_ILLNESS_VERBS)
_MALIGNANCY = frozenset(get_string_id(w) for w in ts.MALIGNANCY_WORDS)
_ASKING_VERBS = frozenset(get_string_id(w) for w in ("is", "could", "can", "might", "may", "does", "do", "would",
                                                      "will", "should", "am", "are"))
_ASKED_ABOUT = frozenset(get_string_id(w) for w in ("it", "this", "that", "these", "they", "he", "she", "i", "we"))
_RESOLVED = frozenset(get_string_id(w) for w in ts.RESOLVED_WORDS)
_RESOLVED_FILLERS = frozenset(get_string_id(w) for w in ts.RESOLVED_FILLERS)
_STOPS = frozenset(get_string_id(w) for w in (".", ";", ":", "\n", "\n\n", "!", "?", "but", "and"))
_PAST_ILLNESS_VERBS = frozenset(get_string_id(w) for w in ts.RELATIVE_PAST_ILLNESS_VERBS)
# Words that make a relative's clause a relay of their scan ("my dad had a scan which showed stones"), not history.
_RELAY_WORDS = frozenset(get_string_id(w) for w in ts.RELAYED_SCAN_WORDS)
# How far back (in words) a relative and the verb of their illness may stand: "my aunt had ovarian cancer",
# "her mother was treated for breast cancer".
_LOOK_BACK = 6
_MEANING_VERBS = frozenset(get_string_id(w) for w in ts.MEANING_VERBS)
_WHAT = get_string_id("what")
_NAMED_WORD_REACH = 4  # how far back "what" may stand before a finding named as a word ("what a colloid nodule means")
# Every aside holds one of these words (after the mention, or in it): a report with none has no aside.
_ASIDE_WORDS = _SERVICES | ORGAN_SERVICES | _MALIGNANCY | _RESOLVED | _MEANING_VERBS
_ASIDE_GATE = TRIGGER_GROUPS.group(_ASIDE_WORDS)  # (the report's trigger groups: trigger_groups.py)


def mark_asides(mentions: list[MentionRecord], lower: list[int], finding_field: str,
                touched: frozenset[int] | None = None, title_tokens: int = 0) -> None:
    """Mark the diagnosis mentions that name a service or test (hypothetical), a finding said to be gone since
    (negated) or a relative's cancer (historical); ``touched``, if given, is the trigger groups of the
    report's words (``TokenColumns.touched``), which rules out most reports with one probe. ``title_tokens``: the
    token count of the report's title line (study_titles.py), 0 where it has none.
    One bounded look at the words around each diagnosis mention (linear in report length)."""
    if touched is not None and _ASIDE_GATE not in touched:
        return
    n = len(lower)
    for m in mentions:
        if m.field != finding_field:
            # "my mum had ovarian cancer": the organ of a relative's cancer is no organ of this patient's scan (the
            # cancer word itself names no value here, so only the organ word before it is a mention).
            if m.end < n and lower[m.end] in _MALIGNANCY and _relatives_illness(m.start, lower):
                m.historical = True
            elif m.end < n and lower[m.end] in ORGAN_SERVICES and (m.end > title_tokens or m.end - m.start > 1):
                # "sent from the kidney clinic", "the breast team": a service, no organ. The service that heads the
                # report by one organ word ("Breast Unit - Ultrasound Report", "Thyroid Clinic - US neck") names the
                # organ it examined; a team named by a longer term ("VASCULAR ACCESS TEAM - PICC review") places
                # lines and scans no such organ.
                m.hypothetical = True
            continue
        if m.end < n and lower[m.end] in _SERVICES:
            m.hypothetical = True
        elif m.end < n and lower[m.end] in _MEANING_VERBS and _named_as_a_word(m.start, lower):
            m.hypothetical = True  # "I know what seminoma means": its meaning is spoken of, no finding
        elif _resolved_after(m.end, lower):
            m.negated = True
        elif not _MALIGNANCY.isdisjoint(lower[m.start : m.end]):
            if _relatives_illness(m.start, lower):
                m.historical = True
            elif _asked(m.start, lower):
                m.hypothetical = True


def _named_as_a_word(start: int, lower: list[int]) -> bool:
    """"what" stands a few words before the finding in its clause ("what a seminoma means", "what does a colloid
    nodule mean")."""
    for j in range(start - 1, max(-1, start - 1 - _NAMED_WORD_REACH), -1):
        if lower[j] == _WHAT:
            return True
        if lower[j] in _STOPS:
            return False
    return False


def names_a_relative(touched: frozenset[int]) -> bool:
    """The report's words name a relative (``touched``: their trigger groups, ``TokenColumns.touched``): one
    probe, which gates :func:`relatives_past_condition`."""
    return _RELATIVES_GATE in touched


def _relatives_illness(start: int, lower: list[int]) -> bool:
    """A relative, then a verb of their illness, in the few words before ``start`` and in the same clause ("my aunt
    had ovarian cancer"; not "my dad had a scan and it showed a mass", where a stop word intervenes, nor "my mum
    had a 3 cm cyst on her scan": only a malignancy word is read so, since a poster relays a relative's own report)."""
    verb_seen = False
    for j in range(start - 1, max(-1, start - _LOOK_BACK - 1), -1):
        word = lower[j]
        if word in _STOPS:
            return False
        if word in _ILLNESS_VERBS:
            verb_seen = True
        elif word in _RELATIVES:
            return verb_seen
    return False


def relatives_past_condition(start: int, lower: list[int]) -> bool:
    """A relative, then a past verb of their illness, right before ``start`` in one clause with no word of a scan
    between ("my mum had a DVT"; not "my mum has gallstones", relayed now, nor "my dad had a scan which showed
    stones"). Bounded look-back of _LOOK_BACK words."""
    verb_seen = False
    for j in range(start - 1, max(-1, start - _LOOK_BACK - 1), -1):
        word = lower[j]
        if word in _STOPS or word in _RELAY_WORDS:
            return False
        if word in _PAST_ILLNESS_VERBS:
            verb_seen = True
        elif word in _RELATIVES:
            return verb_seen
    return False


def _asked(start: int, lower: list[int]) -> bool:
    """A poster's own question about cancer without a question mark ("is it cancer", "could this be a tumour"): the
    clause before ``start`` (at most six words) opens with a verb then a pronoun. A question with "?" is the context
    component's (see ConText._orient_questions)."""
    for j in range(start - 1, max(-1, start - _LOOK_BACK - 1), -1):
        if lower[j] in _STOPS:
            return j + 2 < start and lower[j + 1] in _ASKING_VERBS and lower[j + 2] in _ASKED_ABOUT
    # (no stop within reach: a question only if the text itself opens within it, "is it cancer")
    return 2 <= start <= _LOOK_BACK and lower[0] in _ASKING_VERBS and lower[1] in _ASKED_ABOUT


def _resolved_after(end: int, lower: list[int]) -> bool:
    """The finding ending at ``end`` is said to be gone, after a comma or a relative clause that the context
    component's POST cues do not cross ("History of a thyroid nodule, now resolved", "a right ovarian cyst, which has
    since resolved", "the cyst is gone now"; guideline: "resolved", "no longer seen" deny). Only filler words may
    stand between (RESOLVED_FILLERS): "has not resolved" and "a cyst in the ovary that resolved" stay as they are."""
    for j in range(end, min(len(lower), end + 5)):
        if lower[j] in _RESOLVED:
            return True
        if lower[j] not in _RESOLVED_FILLERS:
            return False
    return False
