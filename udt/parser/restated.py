"""Findings a summary restates: an impression or conclusion that names again a lesion the findings described
("Spleen: anechoic formation 11 mm. ... Conclusion: Cyst of spleen.") is the same lesion, not a second one.

A lesion first made in a summary section without a size of its own is folded into the earlier lesion of the same
organ it restates: one on a compatible side (the same, or either unstated; a bilateral summary restates either
side) whose diagnosis is the same, or whose nature is unstated. The summary's asserted diagnosis names an earlier
lesion of unstated nature, and its side places an earlier lesion of that diagnosis without one ("Right renal cyst"
for "an interpolar cyst" of a kidney "on the same side"); a hedged summary ("Formation of liver (haemangioma?)")
names nothing. A summary lesion that restates nothing (no earlier lesion fits) stays a finding of its own.

One pass over the findings, each summary lesion looking back over the earlier ones: linear in the findings of a
report times its summary lesions (a handful each).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import _Draft


def _related(a: str | None, b: str | None, broader: Mapping[str, frozenset[str]]) -> bool:
    """One concept is the other or a narrower one ("gallbladder polyp" and "polyp")."""
    if a is None or b is None:
        return False
    return a == b or a in broader.get(b, ()) or b in broader.get(a, ())


def _fits(earlier: _Draft, summary: _Draft, generic: str | None, broader: Mapping[str, frozenset[str]]) -> bool:
    """Whether ``summary`` may restate ``earlier``: same organ, compatible side, and the same diagnosis, or an
    earlier lesion of unstated nature (the ontology's unnamed ``generic`` lesion: "formation") or of the same
    concept, or a narrower or broader one (a calculus or a polyp, which have no released diagnosis: "Impression:
    gallbladder polyp")."""
    if earlier.kind != "lesion" or earlier.organ != summary.organ or earlier.status == "absent":
        return False
    sides = {earlier.laterality, summary.laterality}
    if None not in sides and "bilateral" not in sides and len(sides) > 1:
        return False
    if earlier.diagnosis is not None:
        return earlier.diagnosis == summary.diagnosis
    return earlier.concept in (None, generic) or _related(earlier.concept, summary.concept, broader)


def _restated(findings: list[_Draft], k: int, summary_made: AbstractSet[int], generic: str | None,
              folded: AbstractSet[int], broader: Mapping[str, frozenset[str]]) -> list[int]:
    """The earlier findings the summary lesion ``findings[k]`` restates: for a bilateral summary every fitting one,
    else the best fit (same concept first, then the same diagnosis, then the same stated side, then the earliest)."""
    s = findings[k]
    fitting = [i for i in range(k)
               if i not in summary_made and i not in folded and _fits(findings[i], s, generic, broader)]
    if not fitting:
        return fitting
    if s.laterality == "bilateral":
        # "Bilateral epididymal cysts" restates the cysts on each side, not an unnamed lesion beside them (the
        # intratesticular one); only without a lesion of its diagnosis does it name unnamed ones.
        named = [i for i in fitting if s.diagnosis is not None and findings[i].diagnosis == s.diagnosis]
        return named or fitting

    def rank(i: int) -> tuple[bool, bool, bool, int]:
        e = findings[i]
        return (e.concept != s.concept, e.diagnosis != s.diagnosis, e.laterality != s.laterality, i)

    return [min(fitting, key=rank)]


def fold_restated(findings: list[_Draft], summary_made: AbstractSet[int], generic: str | None,
                  folded: AbstractSet[int] = frozenset(),
                  broader: Mapping[str, frozenset[str]] | None = None) -> list[_Draft]:
    """``findings`` without the summary lesions that restate an earlier lesion (see module docstring) and without
    those already ``folded`` into another by the caller; the earlier lesion takes their mentions, asserted
    diagnosis and stated side where it had none."""
    if not summary_made and not folded:
        return findings
    dropped: set[int] = set(folded)
    for k in sorted(summary_made):
        s = findings[k]
        if s.kind != "lesion" or s.size_mm or s.organ is None or s.status == "absent":
            continue
        targets = _restated(findings, k, summary_made, generic, dropped, broader or {})
        if not targets:
            continue
        for i in targets:
            e = findings[i]
            if e.laterality is None and s.laterality in ("left", "right") and e.diagnosis == s.diagnosis is not None:
                # Only a lesion of the released diagnosis the summary names ("Right renal cyst"): a calculus or
                # a lesion of unstated nature the findings left unsided may be another of several.
                e.laterality = s.laterality
            if e.diagnosis is None and s.status == "present" and s.diagnosis is not None:
                e.diagnosis, e.concept = s.diagnosis, s.concept
            elif e.diagnosis is None and s.status == "present" and \
                    e.concept in (broader or {}).get(s.concept or "", ()):
                # "thrombus" ... "Comment: DVT": the finer concept the summary names, for a lesion no released
                # diagnosis names (one that has one keeps the findings' word: a "multinodular goitre" is no nodule's)
                e.concept = s.concept
            e.absorb(s.mentions)
        dropped.add(k)
    return [f for i, f in enumerate(findings) if i not in dropped]
