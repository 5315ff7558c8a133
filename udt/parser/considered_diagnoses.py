""""Consider" with a diagnosis as its object offers that diagnosis ("Consider metastatic deposits.", "multiple cystic
liver lesions, consider hydatid disease"): a hedge, as "? metastases" is. With a test or a treatment as its object
("consider MRI", "consider aspiration of the collection") it recommends, and what the recommendation names after
its object is only supposed (the termset's HYP_PRE reading, kept).

The object is read by position: the diagnosis must start the words after "consider", after at most an article or a
hedge adjective and the anatomy or descriptor mentions that qualify it ("consider a hepatic abscess", "consider
early abscess formation" is not: "early" is no mention). Reports without the verb are skipped by one set test."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from udt.parser import termset as ts

if TYPE_CHECKING:
    from udt.parser.record import MentionRecord

CONSIDER = get_string_id("consider")
# Words that may stand between the verb and the diagnosis it offers without naming a test ("consider a ...",
# "consider possible ...").
_OPENERS = frozenset(get_string_id(w) for w in ("a", "an", "possible", "possibly", "early", "underlying"))
# How many mentions and words the object may run over before its diagnosis (a bounded look).
_REACH = 4


def offer_considered_diagnoses(cues: list[tuple[str, int, int]], mentions: list[MentionRecord], lower: list[int],
                               finding_field: str) -> list[tuple[str, int, int]]:
    """``cues`` with each recommendation cue "consider" whose object is a diagnosis turned into a forward hedge.
    ``mentions`` are in report order; the caller has tested that the report holds the verb."""
    starts = [m.start for m in mentions]
    turned = False
    out = []
    for cue in cues:
        cat, cs, ce = cue
        if cat == ts.HYP_PRE and ce - cs == 1 and lower[cs] == CONSIDER \
                and _diagnosis_object(ce, mentions, starts, lower, finding_field):
            cue = (ts.UNC_PRE, cs, ce)
            turned = True
        out.append(cue)
    return out if turned else cues


def _diagnosis_object(ce: int, mentions: list[MentionRecord], starts: list[int], lower: list[int],
                      finding_field: str) -> bool:
    """Whether the words from ``ce`` on are a diagnosis, after at most openers and qualifying mentions."""
    j = ce
    k = bisect_left(starts, ce)
    for _ in range(_REACH):
        if k < len(mentions) and mentions[k].start == j:
            if mentions[k].field == finding_field:
                return True
            j = mentions[k].end  # an organ or a feature qualifying the diagnosis ("hepatic", "cystic")
            k += 1
        elif j < len(lower) and lower[j] in _OPENERS:
            j += 1
        else:
            return False
    return False
