"""A diagnosis for the lesion a later sentence picks by its size ("Two cysts in the left lobe, 28 and 14 mm. ... FNA
of the larger lesion: colloid nodule"; "biopsy of the smallest nodule: benign") names that lesion, the one of its
organ measured largest (or smallest), not the lesion named last. The findings pass reads the picking sentence as a
lesion of its own, unsized, and the folding of unsized restatements gives its diagnosis to the nearest lesion.

Only a lesion word right after "the" and a word of size comparison picks (or after a comparison word that opens its
sentence: a worksheet's "Largest cyst has a thin septation"); it must name a diagnosis after those words
(not before: "biopsy of the mass and of the larger node" names the mass, not the node), be asserted and unsized, and
two or more lesions of its organ measured in earlier sentences, one of them alone the largest (the smallest), must
stand before it. The chosen lesion takes the diagnosis (where it has none or the same) and the
mentions; nothing else, and the picking lesion is folded into it.

Linear in the findings and their mentions, and only for a report holding a comparison word.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import _Draft
    from udt.parser.record import MentionRecord

# Words that pick the lesion of greatest size, and those that pick the least (after "the").
LARGER_WORDS = ("larger", "largest", "bigger", "biggest")
SMALLER_WORDS = ("smaller", "smallest")


def _size(f: _Draft) -> float:
    return max(f.size_mm)


def _opens_sentence(token: int, sent_starts: Sequence[int]) -> bool:
    """Whether ``token`` is the first of its sentence (``sent_starts`` sorted)."""
    k = bisect_left(sent_starts, token)
    return k < len(sent_starts) and sent_starts[k] == token


def pick_by_size(
    findings: list[_Draft],
    evidence: list[MentionRecord],
    lower: list[int],
    larger: AbstractSet[int],
    smaller: AbstractSet[int],
    the_id: int,
    skip: AbstractSet[int],
    generic: str | None = None,
    sent_starts: Sequence[int] = (),
) -> set[int]:
    """Give each picking lesion's diagnosis to the lesion its comparison word chooses (see module docstring);
    returns the indices of the picking lesions folded away, which the caller drops. ``skip``: findings already
    folded or made in a summary, left alone as chosen ones."""
    folded: set[int] = set()
    for j, f in enumerate(findings):
        if f.kind != "lesion" or f.size_mm or f.diagnosis is None or f.status != "present" or f.organ is None:
            continue
        want_large: bool | None = None
        first = None
        picked: str | None = None  # the diagnosis the picking lesion word names itself ("the larger nodule")
        for m in f.mentions:
            if not 0 <= m < len(evidence):
                continue
            s = evidence[m].start
            if s >= 1 and (lower[s - 1] in larger or lower[s - 1] in smaller):
                if s >= 2 and lower[s - 2] == the_id:
                    want_large, first, picked = lower[s - 1] in larger, s - 2, evidence[m].value
                    break
                if _opens_sentence(s - 1, sent_starts):
                    # "3 cysts - 21, 17, 8 mm. Largest cyst has a thin septation.": a worksheet's telegraphic
                    # sentence drops the "the" and opens with the comparison word
                    want_large, first, picked = lower[s - 1] in larger, s - 1, evidence[m].value
                    break
        if want_large is None or first is None:
            continue
        if any(0 <= m < len(evidence) and evidence[m].value == f.diagnosis and evidence[m].start < first
               for m in f.mentions):
            continue  # named before the picking words ("biopsy of the mass and of the larger node"): not its name
        # The organ's lesions measured before the picking words (an earlier sentence's, as the sizes are stated
        # before the lesion is picked).
        candidates = [
            i for i in range(j)
            if i not in skip and i not in folded and findings[i].kind == "lesion" and findings[i].size_mm
            and findings[i].organ == f.organ and findings[i].status == "present" and findings[i].mentions
            and 0 <= findings[i].mentions[0] < len(evidence) and evidence[findings[i].mentions[0]].start < first
        ]
        if len(candidates) < 2:
            continue
        ranked = sorted(candidates, key=lambda i: _size(findings[i]), reverse=want_large)
        if _size(findings[ranked[0]]) == _size(findings[ranked[1]]):
            continue  # no one lesion is the largest (smallest)
        chosen = findings[ranked[0]]
        if chosen.diagnosis not in (None, f.diagnosis, picked) and chosen.concept != generic:
            # it is named otherwise ("the larger nodule" may name its nature: "is a colloid cyst"): the comparison
            # may pick among other lesions
            continue
        if chosen.diagnosis is None or chosen.concept in (None, generic):
            chosen.concept = f.concept
        chosen.diagnosis = f.diagnosis
        chosen.absorb(f.mentions)
        f.mentions = []
        folded.add(j)
    return folded
