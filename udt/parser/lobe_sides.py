"""A side given to a bare lobe holds for the next sentences about that organ.

"the rt lobe measures 48 mm and contains 2 nodules. the upper pole nodule is solid, 19 mm", "Thyroid: Right lobe
enlarged. Dominant nodule 25 mm in the mid pole": a bare "lobe" is no anatomy mention, so no site carries its side
to a lesion of a later sentence that names no place of its own. The lesion, already filed under the organ with lobes
(the thyroid), takes the side of the nearest earlier sentence that names a sided lobe, unless a sentence between, or
its own, names a lobe or a part without a side ("isthmus"), another organ, or lobes of both sides.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from udt.parser.sentences import sentence_end

if TYPE_CHECKING:
    from udt.parser.findings import Item, _Draft
    from udt.parser.record import MentionRecord

_LOOKBACK = 4  # sentences read back for the lobe (a lobe's paragraph)
# Sentences of any length read back at most: the line breaks between the paragraph's lines are sentences of one token
# that _LOOKBACK does not count, so a run of them (a hostile report of bare stops or dashes on their own lines) would
# make each lesion's look-back reach the report's start.
_SCAN_CAP = 4 * (_LOOKBACK + 2)
_SIDES = ("left", "right")


def _lobe_side(
    lo: int,
    hi: int,
    lower: Sequence[int],
    side: Sequence[str | None],
    lobe_words: AbstractSet[int],
    stop_words: AbstractSet[int],
) -> str | None:
    """The one side of the lobes named in tokens ``lo:hi`` ("" when a lobe or part without one, or both sides, are
    named; None when none is)."""
    found: set[str] = set()
    for j in range(lo, hi):
        word = lower[j]
        if word in stop_words:
            return ""
        if word in lobe_words:
            # ("Rt. lobe": the side word may stand before a full stop)
            s = side[j - 1] if j > 0 else None
            if s is None and j >= 2:
                s = side[j - 2]
            if s is None and j + 1 < hi:
                # a side after the noun: Latin ("Lobus dx.:"), French and Spanish word order ("Lobe gauche / Left
                # lobe", "lóbulo derecho"; foreign_sides.py has already read it as the English word), "lobe left"
                s = side[j + 1]
            if s not in _SIDES:
                return ""
            found.add(s)
    if len(found) > 1:
        return ""
    return found.pop() if found else None


def carry_lobe_sides(
    drafts: Iterable[_Draft],
    skip: AbstractSet[int],
    organ: str,
    evidence: Sequence[MentionRecord],
    items: Sequence[Item],
    lower: Sequence[int],
    side: Sequence[str | None],
    sent_starts: Sequence[int],
    lobe_words: AbstractSet[int],
    stop_words: AbstractSet[int],
) -> None:
    """Give each unsided lesion draft of ``organ`` (the one organ with lobes the report names) the side of the sided
    lobe its earlier sentences name (see the module docstring); not the summary's lesions (``skip``), which restate
    earlier ones, nor a verdict's."""
    # Sentences that end the look-back: another organ's, or a site of the organ itself, whose side the findings
    # pass carries already ("Right thyroid lobe: normal").
    stops: set[int] = set()
    for it in items:
        if it.kind == "anatomy" and it.organ is not None and (it.organ != organ or it.laterality is not None):
            stops.add(it.sent)
    n = len(lower)
    for fi, f in enumerate(drafts):
        if fi in skip or f.kind != "lesion" or f.organ != organ or f.laterality is not None or not f.mentions:
            continue
        first = f.mentions[0]
        if not 0 <= first < len(evidence):
            continue
        sent = bisect_right(sent_starts, evidence[first].start) - 1
        read = 0
        for s in range(sent, max(-1, sent - _SCAN_CAP), -1):
            if s in stops:
                break
            lo = sent_starts[s]
            hi = sentence_end(sent_starts, s, n)
            if hi - lo > 1:
                # (a one-token sentence, the line break between two lines, is no sentence of the paragraph: a
                # lobe heading over "(i) ... nodule. TR4." / "(ii) ... nodule" reaches its second line's nodule)
                read += 1
                if read > _LOOKBACK + 1:
                    break
            found = _lobe_side(lo, hi, lower, side, lobe_words, stop_words)
            if found is None:
                continue
            if found and s != sent:
                f.laterality = found
            break
