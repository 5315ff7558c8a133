"""Findings a summary restates: an impression or conclusion that names again a lesion the findings described
("Spleen: anechoic formation 11 mm. ... Conclusion: Cyst of spleen.") is the same lesion, not a second one.

A lesion first made in a summary section without a size of its own is folded into the earlier lesion of the same
organ it restates: one on a compatible side (the same, or either unstated; a bilateral summary restates either
side) whose diagnosis is the same, or whose nature is unstated. The summary's asserted diagnosis names an earlier
lesion of unstated nature, and its side places an earlier lesion of that diagnosis without one ("Right renal cyst"
for "an interpolar cyst" of a kidney "on the same side"); a hedged summary ("Formation of liver (haemangioma?)")
names nothing. A summary lesion that restates nothing (no earlier lesion fits) stays a finding of its own.

One pass over the findings. The earlier lesions a summary lesion may restate are indexed by organ, then by what
decides whether and how well they fit (diagnosis, side, concept): a summary lesion reads the best of each such
group, a number the vocabulary bounds, not the report's length, so a long report with many summaries stays about
linear (a bilateral summary takes every fitting lesion, and so costs as many as it restates).
"""

from __future__ import annotations

from heapq import heappop, heappush
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import _Draft

# What of an earlier lesion decides whether a summary lesion may restate it and how well (see _fits and _rank):
# (diagnosis, laterality, concept).
_Key = tuple[str | None, str | None, str | None]


def _key(f: _Draft) -> _Key:
    return f.diagnosis, f.laterality, f.concept


def _fits(key: _Key, summary: _Draft, generic: str | None) -> bool:
    """Whether ``summary`` may restate an earlier lesion of its organ, asserted or hedged, with ``key``: a compatible
    side, and the same diagnosis, or an earlier lesion of unstated nature (the ontology's unnamed ``generic`` lesion:
    "formation") or of the same concept (a calculus, which has no released diagnosis)."""
    diagnosis, laterality, concept = key
    sides = {laterality, summary.laterality}
    if None not in sides and "bilateral" not in sides and len(sides) > 1:
        return False
    if diagnosis is not None:
        return diagnosis == summary.diagnosis
    return concept in (None, generic, summary.concept)


def _rank(key: _Key, summary: _Draft) -> tuple[bool, bool, bool]:
    """How well an earlier lesion with ``key`` fits (lower is better; ties go to the earliest): the same concept
    first, then the same diagnosis, then the same stated side."""
    diagnosis, laterality, concept = key
    return concept != summary.concept, diagnosis != summary.diagnosis, laterality != summary.laterality


class _EarlierLesions:
    """The lesions a summary lesion may restate, by organ and then by :func:`_key`, each group a heap of finding
    indices (its earliest first). A lesion that takes a summary's diagnosis or side moves to another group: it is
    pushed there, and its entry in the old group, stale, is dropped when met."""

    def __init__(self, findings: list[_Draft], summary_made: AbstractSet[int], folded: AbstractSet[int]) -> None:
        self.findings = findings
        self.skipped = summary_made | folded  # never restated: other summary lesions, and lesions folded already
        self.added = 0  # findings before this index are indexed
        self.groups: dict[str | None, dict[_Key, list[int]]] = {}

    def add_before(self, k: int) -> None:
        """Index the findings before ``k`` not indexed yet (in order: the summary lesions are read in order)."""
        findings = self.findings
        for i in range(self.added, k):
            f = findings[i]
            if f.kind == "lesion" and f.status != "absent" and i not in self.skipped:
                self.push(i)
        self.added = max(self.added, k)

    def push(self, i: int) -> None:
        f = self.findings[i]
        heappush(self.groups.setdefault(f.organ, {}).setdefault(_key(f), []), i)

    def _current(self, key: _Key, heap: list[int]) -> list[int]:
        """``heap`` without its stale entries (lesions since moved to another group)."""
        findings = self.findings
        while heap and _key(findings[heap[0]]) != key:
            heappop(heap)
        return heap

    def restated(self, summary: _Draft, generic: str | None) -> list[int]:
        """The indexed lesions ``summary`` restates: for a bilateral summary every fitting one, else the best fit
        (:func:`_rank`, then the earliest)."""
        best: tuple[tuple[bool, bool, bool], int] | None = None
        every: list[int] = []
        for key, heap in self.groups.get(summary.organ, {}).items():
            if not _fits(key, summary, generic) or not self._current(key, heap):
                continue
            if summary.laterality == "bilateral":
                every.extend(i for i in heap if _key(self.findings[i]) == key)
            elif best is None or (_rank(key, summary), heap[0]) < best:
                best = _rank(key, summary), heap[0]
        if summary.laterality == "bilateral":
            return sorted(every)
        return [] if best is None else [best[1]]


def fold_restated(findings: list[_Draft], summary_made: AbstractSet[int], generic: str | None,
                  folded: AbstractSet[int] = frozenset()) -> list[_Draft]:
    """``findings`` without the summary lesions that restate an earlier lesion (see module docstring) and without
    those already ``folded`` into another by the caller; the earlier lesion takes their mentions, asserted
    diagnosis and stated side where it had none."""
    if not summary_made and not folded:
        return findings
    dropped: set[int] = set(folded)
    earlier = _EarlierLesions(findings, summary_made, folded)
    for k in sorted(summary_made):
        s = findings[k]
        if s.kind != "lesion" or s.size_mm or s.organ is None or s.status == "absent":
            continue
        earlier.add_before(k)
        targets = earlier.restated(s, generic)
        if not targets:
            continue
        for i in targets:
            e = findings[i]
            before = _key(e)
            if e.laterality is None and s.laterality in ("left", "right") and e.diagnosis == s.diagnosis is not None:
                # Only a lesion of the released diagnosis the summary names ("Right renal cyst"): a calculus or
                # a lesion of unstated nature the findings left unsided may be another of several.
                e.laterality = s.laterality
            if e.diagnosis is None and s.status == "present" and s.diagnosis is not None:
                e.diagnosis, e.concept = s.diagnosis, s.concept
            if _key(e) != before:
                earlier.push(i)  # (its entry in the old group is now stale)
            e.absorb(s.mentions)
        dropped.add(k)
    return [f for i, f in enumerate(findings) if i not in dropped]
