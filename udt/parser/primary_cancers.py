"""The patient's own primary cancer named as the background of the scan: "known colon cancer", "a known colonic
primary", "metastasis from renal cell carcinoma", "receiving chemotherapy for breast cancer", "scan after bowel
cancer surgery", "known adenocarcinoma of the lung", "known metastatic ovarian ca". The organ that such a name holds
(an organ word before the malignancy word or after its "of", or the organ implied by a diagnosis term such as "renal
cell carcinoma") is where the cancer arose, not an organ this scan examined or a
finding of it (guideline: the organ is the examined organ or the site of findings; history is not labelled), so the
context component marks the mention historical. A liver scan for metastases names the colon or the kidney only so.

The cancer is background when a word before its name makes it so (termset.PRIMARY_SOURCE_CUES: "known", "from"; or
"for" after a treatment word: "chemotherapy for", "treated for") or a treatment word follows it ("bowel cancer
surgery", "colon cancer resected in 2019"). A known cancer placed or measured now ("known renal cell carcinoma,
4.2 cm", "known papillary carcinoma in the left lobe"; a number in the next sentence does not count) is this scan's
finding and stays. A one-word disease named as known ("Known lymphoma.", "Pt with known HCC") is background too: the
disease itself is marked historical. Reports without a malignancy word (or "primary") are skipped by one set test.

A malignancy named with the programme it is followed in after it (termset.DISEASE_PROGRAMME_WORDS: "LYMPHOMA
FOLLOW-UP - US NECK", "Indication: left breast cancer staging") is the reason for the scan in the same way: the
disease itself is marked historical (a one-word name too), and the organ word before it as above. What the scan finds
now is reported apart ("residual node 12 mm"). Reports without a programme word skip this by one set test. So is
the disease with the programme before it ("follow-up Hodgkin lymphoma", "restaging of lymphoma"), with a treatment
after a dash ("Hodgkin lymphoma - end-of-treatment ultrasound"), or watched in its bed ("SARCOMA SURVEILLANCE"; the
organ before it stays examined), and any diagnosis given as the value of a "Primary:" key opening its line
("Primary: myxoid liposarcoma, L thigh. Resected 2024."), unless measured in its clause.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.strings import get_string_id

from udt.parser import termset as ts
from udt.parser.record import MentionRecord, TokenColumns
from udt.parser.sentences import CLAUSE_END_WORDS
from udt.parser.trigger_groups import TRIGGER_GROUPS

_CANCER_WORDS = frozenset(get_string_id(w) for w in (*ts.MALIGNANCY_WORDS, *ts.PRIMARY_TUMOUR_WORDS,
                                                     *ts.PRIMARY_CANCER_ABBREVIATIONS))
_MALIGNANCY = frozenset(get_string_id(w) for w in ts.MALIGNANCY_WORDS)
_SOURCE_CUES = frozenset(get_string_id(w) for w in ts.PRIMARY_SOURCE_CUES)
_TREATMENTS = frozenset(get_string_id(w) for w in ts.CANCER_TREATMENT_WORDS)
_FILLERS = frozenset(get_string_id(w) for w in ts.PRIMARY_FILLERS)
_FOR = get_string_id("for")
_KNOWN = get_string_id("known")
_PROGRAMMES = frozenset(get_string_id(w) for w in ts.DISEASE_PROGRAMME_WORDS)
_FOLLOWED = frozenset(get_string_id(w) for w in ts.FOLLOWED_DISEASE_WORDS)
_FOLLOW = get_string_id("follow")
_UP = get_string_id("up")
_HYPHEN = get_string_id("-")
_OF = get_string_id("of")
_WATCHES = frozenset(get_string_id(w) for w in ts.DISEASE_WATCH_WORDS)
_PRIMARY = get_string_id("primary")
_COLON = get_string_id(":")
_LINE_BREAKS = frozenset(get_string_id(w) for w in ("\n", "\n\n"))
# The gates of the steps that need one of these words in the report (trigger_groups.py)
_CANCER_WORDS_GATE = TRIGGER_GROUPS.group(_CANCER_WORDS)
_FOLLOWED_GATE = TRIGGER_GROUPS.group(_FOLLOWED)
_PROGRAMMES_GATE = TRIGGER_GROUPS.group(_PROGRAMMES)
_TREATMENTS_GATE = TRIGGER_GROUPS.group(_TREATMENTS)
_WATCHES_GATE = TRIGGER_GROUPS.group(_WATCHES)
# How many words may stand between a "Primary:" key and the cancer's name ("Primary: undifferentiated pleomorphic
# sarcoma").
_KEY_REACH = 3
_TITLE_FILLERS = frozenset(get_string_id(w) for w in ts.TREATMENT_TITLE_FILLERS)
_DASHES = frozenset(get_string_id(w) for w in ("-", "–", "—"))
# What may stand between a programme word and the disease it follows ("follow-up of lymphoma", "staging for lymphoma").
_PROGRAMME_LINKS = frozenset(get_string_id(w) for w in ("of", "for"))
_ORGAN_OPENERS = frozenset(get_string_id(w) for w in ("the", "his", "her", "left", "right"))
# Where the words after a known cancer stop being read for its size: the end of its clause.
_CLAUSE_ENDS = CLAUSE_END_WORDS
_PLACING = frozenset(get_string_id(w) for w in ts.PART_PLACING_WORDS)
# How many words after a known cancer's name may hold the size that makes it this scan's finding.
_SIZE_REACH = 4
# ... and how far a one-word disease's clause is read for one (a table row's cells run on to its size).
_CLAUSE_REACH = 30


def mark_primary_cancers(mentions: list[MentionRecord], cols: TokenColumns, text: str,
                         anatomy_fields: Collection[str], finding_field: str) -> None:
    """Mark historical each anatomy mention right before a malignancy word ("colon cancer", "colonic primary") and
    each diagnosis term holding one ("renal cell carcinoma"), where the cancer is named as the patient's background
    (see the module's doc). Reads a few words around each such mention."""
    touched = cols.touched  # (the trigger groups of the report's words: trigger_groups.py)
    followed = _FOLLOWED_GATE in touched
    programmes = followed and (_PROGRAMMES_GATE in touched or _TREATMENTS_GATE in touched
                               or _WATCHES_GATE in touched)
    if _CANCER_WORDS_GATE not in touched and not followed:
        return
    lower = cols.lower
    n = len(lower)
    for m in mentions:
        if m.historical or m.negated:
            continue
        start = m.start
        if m.field in anatomy_fields:
            if m.end < n and lower[m.end] in _CANCER_WORDS:
                end = m.end + 1  # "colon cancer": the name runs over the malignancy word after the organ
            elif (named := _cancer_of(m.start, lower)) is not None:
                start, end = named, m.end  # "known adenocarcinoma of the lung": the organ after the cancer's name
            else:
                continue
        elif programmes and m.field == finding_field and not _FOLLOWED.isdisjoint(lower[m.start : m.end]) \
                and (_programme_at(m.end, lower) or _programme_before(m.start, lower)
                     or _treatment_past_dash(m.end, lower) or (m.end < n and lower[m.end] in _WATCHES)):
            # "LYMPHOMA FOLLOW-UP", "breast cancer staging", "LYMPHOMA RESPONSE", "follow-up Hodgkin lymphoma after
            # 4 cycles", "Hodgkin lymphoma - end-of-treatment ultrasound": why the scan was done
            m.historical = True
            continue
        elif m.field == finding_field and _keyed_primary(m.start, lower) \
                and not _measured_after(m.end, lower, cols.idx, text):
            m.historical = True  # "Primary: myxoid liposarcoma, L thigh. Resected 06/2024.": the patient's background
            continue
        elif followed and m.field == finding_field and m.end - m.start == 1 and lower[m.start] in _FOLLOWED:
            if _measured_after(m.end, lower, cols.idx, text, _CLAUSE_REACH):
                continue  # "Liver: known mets, several, largest ~7 cm": described now, this scan's finding
            end = m.end  # "Known lymphoma.", "known HCC": the disease itself, named as the background
        elif m.field == finding_field and m.end - m.start > 1 and not _MALIGNANCY.isdisjoint(lower[m.start : m.end]):
            end = m.end  # "renal cell carcinoma": a term that names its organ
        else:
            continue
        if _named_as_background(start, end, lower, cols.idx, text):
            m.historical = True


def _named_as_background(start: int, end: int, lower: list[int], idx: list[int], text: str) -> bool:
    """The cancer named over tokens ``start``..``end`` is the patient's background: a source cue or a treatment's
    "for" before it past a few fillers ("from a known", "chemotherapy for her"), or a treatment word right after it.
    "Known" does not make a cancer placed or measured right after it history (it is this scan's finding)."""
    n = len(lower)
    if (end < n and lower[end] in _TREATMENTS) or _programme_at(end, lower):
        return True  # "after bowel cancer surgery", "colon cancer resected in 2019", "breast cancer staging"
    j = start - 1
    while j >= 0 and lower[j] in _FILLERS:
        j -= 1
    if j < 0:
        return False
    word = lower[j]
    if word == _KNOWN:
        # (not "known papillary carcinoma in the left lobe: 1.2 cm nodule": placed or measured, it is this scan's)
        return not (end < n and lower[end] in _PLACING) and not _measured_after(end, lower, idx, text)
    if word in _SOURCE_CUES:
        return True  # "metastases from renal cell carcinoma", "deposits from a colonic primary"
    return word == _FOR and j > 0 and lower[j - 1] in _TREATMENTS  # "receiving chemotherapy for breast cancer"


def _measured_after(end: int, lower: list[int], idx: list[int], text: str, reach: int = _SIZE_REACH) -> bool:
    """A number stands within ``reach`` words after ``end``, before the end of its clause: a known cancer's name
    measured right after it ("known renal cell carcinoma, 4.2 cm"), or, with ``_CLAUSE_REACH``, a one-word disease
    described in its clause ("known mets, several, largest ~7 cm", a table row's "known carcinoma, ... | 27 x 18
    mm"). The next sentence's number is none ("known sigmoid cancer. US 12/11: ...")."""
    for j in range(end, min(len(lower), end + reach)):
        if lower[j] in _CLAUSE_ENDS:
            return False
        if text[idx[j] : idx[j] + 1].isdigit():
            return True
    return False


def _cancer_of(start: int, lower: list[int]) -> int | None:
    """The token of a malignancy word that names the organ starting at ``start`` as its origin after "of"
    ("adenocarcinoma of the lung", "carcinoma of the left breast"), or None."""
    j = start - 1
    while j >= 0 and lower[j] in _ORGAN_OPENERS:
        j -= 1
    if j < 1 or lower[j] != _OF or lower[j - 1] not in _CANCER_WORDS:
        return None
    return j - 1


def _keyed_primary(start: int, lower: list[int]) -> bool:
    """The cancer's name is the value of a "Primary:" key opening its line, past a few words ("Primary: myxoid
    liposarcoma, L thigh"): the patient's primary tumour given as the scan's background, not a finding of it."""
    j = start - 1
    while j >= 0 and start - j <= _KEY_REACH and lower[j] != _COLON:
        j -= 1
    if j < 1 or lower[j] != _COLON or lower[j - 1] != _PRIMARY:
        return False
    return j == 1 or lower[j - 2] in _LINE_BREAKS


def _programme_before(start: int, lower: list[int]) -> bool:
    """A programme word ends right before token ``start``, past one "of" or "for" ("follow-up Hodgkin lymphoma",
    "restaging of lymphoma"): the disease is the one the programme follows."""
    j = start - 1
    if j >= 0 and lower[j] in _PROGRAMME_LINKS:
        j -= 1
    if j < 0:
        return False
    if lower[j] == _UP:  # "follow-up", "follow up"
        k = j - 1 - (j >= 2 and lower[j - 1] == _HYPHEN)
        return k >= 0 and lower[k] == _FOLLOW
    return lower[j] in _PROGRAMMES and lower[j] != _FOLLOW


def _treatment_past_dash(end: int, lower: list[int]) -> bool:
    """A dash right after the disease, then a treatment word past a few title words ("Hodgkin lymphoma -
    end-of-treatment ultrasound", "lymphoma - post chemotherapy"): a title naming the disease's programme."""
    if end >= len(lower) or lower[end] not in _DASHES:
        return False
    j = end
    while j < len(lower) and j - end < 6 and lower[j] in _TITLE_FILLERS:
        j += 1
    return j < len(lower) and lower[j] in _TREATMENTS


def _programme_at(i: int, lower: list[int]) -> bool:
    """A programme word opens at token ``i`` ("staging", "follow-up", "follow up"; "follow" only with its "up")."""
    if i >= len(lower) or lower[i] not in _PROGRAMMES:
        return False
    if lower[i] != _FOLLOW:
        return True
    rest = lower[i + 1 : i + 3]
    return rest[:1] == [_UP] or rest == [_HYPHEN, _UP]
