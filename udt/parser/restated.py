"""Findings a summary restates: an impression or conclusion that names again a lesion the findings described
("Spleen: anechoic formation 11 mm. ... Conclusion: Cyst of spleen.") is the same lesion, not a second one.

A lesion first made in a summary section without a size of its own is folded into the earlier lesion of the same
organ it restates: one on a compatible side (the same, or either unstated; a bilateral summary restates either
side) whose diagnosis is the same, or whose nature is unstated. The summary's asserted diagnosis names an earlier
lesion of unstated nature, and its side places an earlier lesion of that diagnosis without one ("Right renal cyst"
for "an interpolar cyst" of a kidney "on the same side"); a hedged summary ("Formation of liver (haemangioma?)")
names nothing. A summary lesion that restates nothing (no earlier lesion fits) stays a finding of its own. A summary
lesion with a size restates only an earlier lesion without one, which takes its size ("Findings: a cyst in the right
kidney. Impression: right renal cyst, 14 mm": the size is stated only in the summary), else one measured as it is
(restated_sizes.py); a measured earlier lesion of another size may be another one, and a bilateral summary's size is
one side's.

Whether an earlier lesion fits, and how well, depends only on its organ and its (diagnosis, concept, side): its
*kind*. So one pass over the findings files each earlier lesion under its organ and kind, and a summary lesion
looks at the kinds of its organ's lesions, not at the lesions one by one: the kinds a report holds are bounded by
the vocabulary, so the pass is linear in the length of the report (a look-back over every earlier lesion was linear
in findings times summary lesions: a long report's 160 summaries tried 13,000 pairs). Within a kind the earliest
lesion is the best fit; a folded lesion that takes a summary's diagnosis or side changes kind and is filed again
under its new one (the old entry is dropped lazily).
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, insort
from typing import TYPE_CHECKING

from udt.parser.described_structures import DescribedStructures, name_described
from udt.parser.restated_sizes import SizedEarlier
from udt.parser.typical_looks import LOOK_FIELDS

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import _Draft

    # Whether a lesion so described (values by field) cannot be of the concept (``TypicalLooks.contradicts``).
    RuledOut = Callable[[str | None, Mapping[str, Sequence[str]]], bool]

# A lesion's look: its values in the fields that may rule a name out (typical_looks.py), as (field, values) pairs.
_Look = tuple[tuple[str, tuple[str, ...]], ...]
# A lesion's kind: what decides whether, and how well, it fits a summary (diagnosis, concept, side, and the look of
# a lesion of unstated nature, which may rule out the name a summary gives it).
_Kind = tuple[str | None, str | None, str | None, _Look]


def _related(a: str | None, b: str | None, broader: Mapping[str, frozenset[str]]) -> bool:
    """One concept is the other or a narrower one ("gallbladder polyp" and "polyp")."""
    if a is None or b is None:
        return False
    return a == b or a in broader.get(b, ()) or b in broader.get(a, ())


def _fits(
    kind: _Kind,
    summary: _Draft,
    generic: str | None,
    broader: Mapping[str, frozenset[str]],
    places: AbstractSet[str] = frozenset(),
    ruled_out: RuledOut | None = None,
) -> bool:
    """Whether ``summary`` may restate an earlier lesion of its organ of this ``kind``: a compatible side, and the
    same diagnosis, or an earlier lesion of unstated nature (the ontology's unnamed ``generic`` lesion:
    "formation", or a lesion named by its place only: "interaortocaval lymph node conglomerate 36 mm ... Conclusion:
    retroperitoneal lymph node metastases", a node being an organ, not a nature: the anatomy concepts in ``places``;
    by a summary naming a nature, not a bare "mass": "biopsy of the mass and of the larger node" names two)
    or of the same concept, or a narrower or broader one (a calculus or a polyp, which have no released diagnosis:
    "Impression: gallbladder polyp"). A lesion whose own look rules out the summary's name (``ruled_out``: "a
    hyperechogenic image of 8 mm with posterior acoustic shadow ... Conclusion: simple cyst", typical_looks.py) is
    another lesion than the one it names."""
    diagnosis, concept, laterality, look = kind
    sides = {laterality, summary.laterality}
    if None not in sides and "bilateral" not in sides and len(sides) > 1:
        return False
    if look and ruled_out is not None and summary.concept is not None and ruled_out(summary.concept, dict(look)):
        return False
    if diagnosis is not None:
        # A summary lesion of unstated nature ("Conclusion: nodular splenic lesion to clarify") restates a lesion of
        # any diagnosis: it names no other one. A nodule is a shape, not a nature: a summary naming a solid lesion's
        # nature ("Hyperechoic nodule S4, 15 mm. Conclusion: hepatic angioma") restates it.
        return (
            diagnosis == summary.diagnosis
            or (summary.diagnosis is None and summary.concept in (None, generic))
            or _names_nodule(diagnosis, summary, generic)
        )
    return (
        concept in (None, generic)
        or (concept in places and summary.concept not in (None, generic, _SOLID))
        or _related(concept, summary.concept, broader)
    )


# The released diagnosis that names a lesion's shape only, and the one a summary names a solid lesion's nature by.
_SHAPE_ONLY, _SOLID = "nodule", "mass"


def _names_nodule(diagnosis: str, summary: _Draft, generic: str | None) -> bool:
    """A summary's solid lesion of a named nature (an angioma, a metastasis, not a bare "mass") restates a nodule."""
    return diagnosis == _SHAPE_ONLY and summary.diagnosis == _SOLID and summary.concept not in (None, generic, _SOLID)


def _kind(f: _Draft) -> _Kind:
    """``f``'s kind; the look only of a lesion of unstated nature or a bare nodule (a named lesion is restated by its
    own name only, whatever it looks like), and only where it states every field a name's look is read in."""
    look: _Look = ()
    if f.diagnosis in (None, _SHAPE_ONLY) and f.attributes:
        look = tuple((field, tuple(f.attributes[field])) for field in LOOK_FIELDS if f.attributes.get(field))
        if len(look) < len(LOOK_FIELDS):
            look = ()  # (one field stated rules nothing out: typical_looks.py)
    return f.diagnosis, f.concept, f.laterality, look


class _Earlier:
    """The earlier lesions a summary may restate, filed by organ and kind (each kind's indices in a heap, the
    earliest first)."""

    def __init__(self) -> None:
        self.by_organ: dict[str, dict[_Kind, list[int]]] = {}
        self.kind_of: dict[int, _Kind] = {}  # each filed lesion's current kind (entries under an old one are stale)

    def file(self, i: int, f: _Draft) -> None:
        kind = _kind(f)
        if self.kind_of.get(i) == kind:
            return
        self.kind_of[i] = kind
        heapq.heappush(self.by_organ.setdefault(f.organ or "", {}).setdefault(kind, []), i)

    def first(self, kind: _Kind, heap: list[int]) -> int | None:
        """The earliest lesion still of ``kind`` (stale entries on top are dropped)."""
        while heap and self.kind_of[heap[0]] != kind:
            heapq.heappop(heap)
        return heap[0] if heap else None

    def all(self, kind: _Kind, heap: list[int]) -> list[int]:
        return [i for i in heap if self.kind_of[i] == kind]


def _restated(
    earlier: _Earlier,
    s: _Draft,
    generic: str | None,
    broader: Mapping[str, frozenset[str]],
    places: AbstractSet[str] = frozenset(),
    ruled_out: RuledOut | None = None,
) -> list[int]:
    """The earlier lesions the summary lesion ``s`` restates: for a bilateral summary every fitting one, else the
    best fit (same concept first, then the same diagnosis, then the same stated side, then the earliest)."""
    kinds = earlier.by_organ.get(s.organ or "")
    if not kinds:
        return []
    fitting = [(kind, heap) for kind, heap in kinds.items() if _fits(kind, s, generic, broader, places, ruled_out)]
    if s.laterality == "bilateral":
        # "Bilateral epididymal cysts" restates the cysts on each side, not an unnamed lesion beside them (the
        # intratesticular one); only without a lesion of its diagnosis does it name unnamed ones.
        named = {
            i
            for kind, heap in fitting
            if s.diagnosis is not None and kind[0] == s.diagnosis
            for i in earlier.all(kind, heap)
        }
        return sorted(named or {i for kind, heap in fitting for i in earlier.all(kind, heap)})
    best: tuple[bool, bool, bool, bool, int] | None = None
    for kind, heap in fitting:
        i = earlier.first(kind, heap)
        if i is None:
            continue
        diagnosis, concept, laterality, _ = kind
        # A nodule is a named solid lesion's only where no lesion of unstated nature or of its diagnosis fits.
        rank = (
            diagnosis == _SHAPE_ONLY and s.diagnosis == _SOLID,
            concept != s.concept,
            diagnosis != s.diagnosis,
            laterality != s.laterality,
            i,
        )
        if best is None or rank < best:
            best = rank
    return [] if best is None else [best[4]]


def _unnamed_restated(
    earlier: _Earlier,
    s: _Draft,
    generic: str | None,
    broader: Mapping[str, frozenset[str]],
    places: AbstractSet[str] = frozenset(),
    ruled_out: RuledOut | None = None,
) -> list[int]:
    """Every earlier lesion of unstated nature that the plural verdict ``s`` fits ("(i) Right forearm: a 29 mm
    lesion ... (iii) Left upper arm: 19 mm. All three were excised; histology: lipomas."): the verdict names the
    nature of them all, not of the best fit alone. Their sides are not compared: the verdict's is the last lesion's
    site carried into its sentence, one side of a list that may span both."""
    kinds = earlier.by_organ.get(s.organ or "")
    if not kinds:
        return []
    return sorted(
        i
        for kind, heap in kinds.items()
        if kind[0] is None and _fits((None, kind[1], None, kind[3]), s, generic, broader, places, ruled_out)
        for i in earlier.all(kind, heap)
    )


def fold_restated(
    findings: list[_Draft],
    summary_made: AbstractSet[int],
    generic: str | None,
    folded: AbstractSet[int] = frozenset(),
    broader: Mapping[str, frozenset[str]] | None = None,
    carried: AbstractSet[int] = frozenset(),
    midline: AbstractSet[int] = frozenset(),
    places: AbstractSet[str] = frozenset(),
    legends: AbstractSet[int] = frozenset(),
    plural: AbstractSet[int] = frozenset(),
    plural_verdicts: AbstractSet[int] = frozenset(),
    stated: Mapping[int, str] | None = None,
    ruled_out: RuledOut | None = None,
    carried_organ: Mapping[int, str] | None = None,
) -> list[_Draft]:
    """``findings`` without the summary lesions that restate an earlier lesion (see module docstring) and without
    those already ``folded`` into another by the caller; the earlier lesion takes their mentions, asserted
    diagnosis and stated side where it had none (not a side the summary lesion only ``carried`` over from the
    findings' last organ: the summary states no side then; nor any side for a lesion the findings placed on the
    ``midline``: "Posterior neck in the midline: epidermoid cyst ... Conclusion: Lipoma of the right thigh.
    Epidermoid cyst of the posterior neck" keeps none). The summary lesions made in an image legend (``legends``,
    legend_lines.py) that restate nothing are the report's own description ("Image 1 - medial scar: hypoechoic
    deposit 8 mm"): a later summary lesion may restate them. A summary restating a member of a lesion split by its
    sizes restates the others too (_Twins): a summary lesion named in the ``plural`` ("Conclusion: liver
    metastases") gives each of them what it gives the member; a singular one, which may name one member only
    ("seg 2 is a simple cyst"), gives the others its evidence alone. An unsized verdict named in the plural
    (``plural_verdicts``: "histology: lipomas") names every earlier lesion of its organ of unstated nature. A summary
    lesion whose own sentence ``stated`` its side gives it to the only lesion of its concept in its organ, whatever
    its diagnosis (:func:`_alone_of_concept`); a side carried from an earlier sentence of the summary ("Small left
    renal cyst. Bladder calculus") is no calculus's. ``ruled_out(concept, attributes)``: whether a lesion so
    described cannot be of that concept (``TypicalLooks.contradicts``): a summary names no lesion its look rules
    out. ``carried_organ``: the organ a summary lesion took from the site of an earlier sentence, no word of its own
    sentence naming one ("Bladder vegetation 13 mm. Simple cyst and nephrolithiasis of the left kidney": the cyst's
    bladder); while it keeps that organ it names no lesion of another organ (:func:`_placed_beside`), which would
    move that lesion into an organ the summary never named for it."""
    if not summary_made and not folded:
        return findings
    broader = broader or {}
    stated = stated or {}
    dropped: set[int] = set(folded)
    earlier = _Earlier()
    unsized = _Earlier()  # the earlier lesions still without a size, which a sized summary lesion may restate
    sized = SizedEarlier()  # the earlier measured lesions, which a summary restating their size names again
    beside = _Beside(generic)  # the earlier lesions a summary of another organ may name (_placed_beside)
    twins = _Twins()  # the earlier lesions split from one plural lesion word (_Twins)
    described = DescribedStructures()  # lesions described without a lesion word (described_structures.py)
    alone = _alone_of_concept(findings, summary_made, generic) if stated else frozenset()
    filed = 0  # the findings before this one are filed (only once a summary lesion asks: most reports have none)
    for k in sorted(summary_made):
        s = findings[k]
        if s.kind != "lesion" or s.organ is None or s.status == "absent":
            continue
        if s.size_mm and s.laterality == "bilateral":
            continue  # one side's largest is no single earlier lesion's size
        for i in range(filed, k):
            e = findings[i]
            if (
                (i not in summary_made or (i in legends and i not in dropped))
                and i not in folded
                and e.kind == "lesion"
                and e.organ is not None
                and e.status != "absent"
            ):
                earlier.file(i, e)
                if not e.size_mm:
                    unsized.file(i, e)
                sized.file(i, e)
                beside.file(i, e)
                twins.file(i, e)
            elif e.kind == "structure" and i not in summary_made:
                described.file(i, e)
        filed = k
        targets = _restated(unsized if s.size_mm else earlier, s, generic, broader, places, ruled_out)
        if k in plural_verdicts and not s.size_mm and s.laterality != "bilateral":
            # (a bilateral one already restates every fitting lesion)
            targets = sorted({*targets, *_unnamed_restated(earlier, s, generic, broader, places, ruled_out)})
        if not targets and s.size_mm:
            # No unmeasured lesion fits: a measured one of the summary's very size is the one it restates ("oval
            # nodule 17 x 11 x 10 mm ... Assessment: dominant nodule re. caudal 17 mm"), not a second nodule.
            same = sized.restated(
                findings, s, lambda e, summary: _fits(_kind(e), summary, generic, broader, places, ruled_out))
            targets = [] if same is None else [same]
        if not targets:
            placed = None if carried_organ and carried_organ.get(k) == s.organ else \
                _placed_beside(findings, k, s, beside, ruled_out)
            if placed is None:
                # "A 1.8 cm anechoic structure ... in the right lobe. Impression: hepatic cyst": the summary names a
                # lesion the findings described without a lesion word (described_structures.py)
                own = None if s.size_mm or s.status != "present" else described.take(findings, s)
                if own is not None:
                    name_described(findings[own], s)
                    dropped.add(k)
                continue
            e = findings[placed]
            e.organ, e.body_system, e.structure = s.organ, s.body_system, s.structure
            targets = [placed]
        named = targets
        if not s.size_mm:  # (a summary's size is one lesion's)
            def fits_summary(i: int, s: _Draft = s) -> bool:
                return _fits(_kind(findings[i]), s, generic, broader, places, ruled_out)

            targets = twins.spread(targets, fits_summary)
            if k in plural:
                named = targets
        for i in targets:
            if i not in named:
                findings[i].absorb(s.mentions)  # (a twin of the member a singular summary names: evidence only)
                continue
            fold_summary(findings[i], s, broader, k not in carried and i not in midline, places,
                         i in alone and stated.get(k) == s.laterality)
            earlier.file(i, findings[i])
            beside.file(i, findings[i])  # (its organ, side or diagnosis may have changed)
            if s.size_mm:
                unsized.kind_of[i] = (None, None, "sized", ())  # (no longer unsized: its entry goes stale)
                sized.file(i, findings[i])  # (measured now: a later summary of its size restates it)
            elif not findings[i].size_mm:
                unsized.file(i, findings[i])  # (under the kind the summary gave it)
        dropped.add(k)
    return [f for i, f in enumerate(findings) if i not in dropped]


class _Twins:
    """The earlier lesions split from one plural lesion word, one per listed size ("Left axilla: two lymph nodes,
    17 mm and 12 mm. Conclusion: pathological lymph nodes of the left axilla"): the split gives each member the same
    evidence, so the lesions filed with one list of mentions are one group. A summary restating one member restates
    the group: each member that fits it takes its evidence, not the first alone (the first would then be named in the
    summary only, and the second by the lesion word that names both)."""

    def __init__(self) -> None:
        self.group_of: dict[int, tuple[int, ...]] = {}
        self.groups: dict[tuple[int, ...], list[int]] = {}

    def file(self, i: int, e: _Draft) -> None:
        if e.mentions and i not in self.group_of:
            key = tuple(e.mentions)  # (the mentions as filed: a fold changes them afterwards)
            self.group_of[i] = key
            self.groups.setdefault(key, []).append(i)

    def spread(self, targets: list[int], fits: Callable[[int], bool]) -> list[int]:
        """``targets`` with the other members of each one's group that ``fits`` the summary, in index order."""
        if not targets or len(self.groups) == len(self.group_of):
            return targets  # (no two lesions share their evidence: nothing was split)
        out = set(targets)
        for i in targets:
            key = self.group_of.get(i)
            if key is not None:
                out.update(j for j in self.groups[key] if j not in out and fits(j))
        return sorted(out)


class _Beside:
    """The earlier lesions an unsized summary lesion of another organ may name (:func:`_placed_beside`): those of
    unstated nature with a location and a side, filed by body system in index order. A summary reads only its own
    body system's (a look-back over every earlier finding per summary made a long report quadratic); a lesion a
    summary folds into is filed again, as its organ, side or nature may have changed."""

    def __init__(self, generic: str | None) -> None:
        self.generic = generic
        self.by_system: dict[str | None, list[int]] = {}
        self.system_of: dict[int, str | None] = {}  # each filed lesion's body system

    def file(self, i: int, e: _Draft) -> None:
        if i in self.system_of:
            filed = self.by_system[self.system_of.pop(i)]
            del filed[bisect_left(filed, i)]
        # (the caller files only lesions of the findings, present or hedged)
        if (
            e.organ is not None
            and e.location is not None
            # (a clock-face position places a lesion within its own breast, beside no other organ's landmark: a
            # breast's "lesion at 3 o'clock" is no summary's "axillary nodal metastases")
            and "clock" not in e.location
            and e.laterality is not None
            and e.diagnosis is None
            and e.concept in (None, self.generic)
        ):
            self.system_of[i] = e.body_system
            insort(self.by_system.setdefault(e.body_system, []), i)


def _placed_beside(
    findings: list[_Draft], k: int, s: _Draft, beside: _Beside, ruled_out: RuledOut | None = None
) -> int | None:
    """The earlier lesion an unsized summary lesion of another organ names: "Posterior to the lower pole of the right
    lobe lies a 15 mm hypoechoic lesion ... Answer: a parathyroid adenoma". The findings filed it under the organ
    of the sided landmark that locates it (it has a location and a side), an organ of the summary's organ's body
    system (not "a lesion in segment 2 ... Impression: cholelithiasis"); it is of unstated nature ("lesion"), on a
    compatible side, and its look does not rule out the summary's name (``ruled_out``); the last such lesion before
    the summary, if any. It is the summary's organ's lesion: the caller asks only for a summary lesion whose organ
    its own sentence or diagnosis names, not one carried from an earlier sentence (``carried_organ``)."""
    if s.size_mm or s.status != "present" or s.organ is None:
        return None
    # (a neighbour of the same body system only: a liver mass is no "adenocarcinoma of the lung")
    filed = beside.by_system.get(s.body_system, ())
    for n in range(bisect_left(filed, k) - 1, -1, -1):
        i = filed[n]
        e = findings[i]
        if e.organ != s.organ and s.laterality in (None, e.laterality):
            if ruled_out is not None and ruled_out(s.concept, e.attributes):
                continue  # (a shadowing bright focus is not the "cyst" the summary names: typical_looks.py)
            return i  # (a lesion the findings named, "a collection", is the organ's they filed it under)
    return None


def _alone_of_concept(findings: list[_Draft], summary_made: AbstractSet[int], generic: str | None) -> frozenset[int]:
    """The lesions of the findings (not made in a summary) that are the only one of their organ named by their
    concept ("Mid-calyx calculus 5 mm" beside two cysts): a summary naming that concept on a side ("Right kidney:
    non-obstructing calculus") can mean no other. A lesion of unstated nature (the ``generic`` one) is never alone:
    a summary's "lesion" may be one the findings did not name."""
    count: dict[tuple[str | None, str], int] = {}
    first: dict[tuple[str | None, str], int] = {}
    for i, f in enumerate(findings):
        if i in summary_made or f.kind != "lesion" or f.concept in (None, generic) or f.status == "absent":
            continue
        key = (f.organ, f.concept)
        count[key] = count.get(key, 0) + 1
        first.setdefault(key, i)
    return frozenset(first[key] for key, n in count.items() if n == 1)


def fold_summary(
    e: _Draft,
    s: _Draft,
    broader: Mapping[str, frozenset[str]],
    sided: bool = True,
    places: AbstractSet[str] = frozenset(),
    alone: bool = False,
) -> None:
    """What a summary lesion ``s`` gives the earlier lesion ``e`` it restates: its side (when ``sided``: stated in
    the summary), diagnosis, finer concept or size where ``e`` lacks them, and its mentions as evidence. A lesion
    named by its place (a node, in ``places``) keeps its own name: "lymph node metastases" is the writers' reading of
    a node they annotate as a node, no diagnosis. A lesion ``alone`` of its concept in its organ
    (:func:`_alone_of_concept`) takes the side of a summary naming that concept."""
    if not e.size_mm and s.size_mm:
        # "Findings: a cyst in the right kidney. Impression: right renal cyst, 14 mm": the size is the lesion's,
        # stated only in the summary.
        e.size_mm = list(s.size_mm)
    if (
        sided
        and e.laterality is None
        and s.laterality in ("left", "right")
        and (e.diagnosis == s.diagnosis is not None or (alone and e.concept == s.concept and e.concept not in places))
    ):
        # Only a lesion of the released diagnosis the summary names ("Right renal cyst"), or the only one of the
        # concept it names ("Right kidney: non-obstructing calculus" for the one calculus): a calculus or a lesion of
        # unstated nature the findings left unsided may be another of several. (A node, in ``places``, is named by
        # its place, not by a concept of its own.)
        e.laterality = s.laterality
    if e.diagnosis is not None and s.status == "present" and _names_nodule(e.diagnosis, s, None):
        e.diagnosis, e.concept = s.diagnosis, s.concept  # (the summary names the nodule's nature)
    elif e.diagnosis is None and s.status == "present" and s.diagnosis is not None and e.concept not in places:
        e.diagnosis, e.concept = s.diagnosis, s.concept
    elif e.diagnosis is None and s.status == "present" and e.concept in broader.get(s.concept or "", ()):
        # "thrombus" ... "Comment: DVT": the finer concept the summary names, for a lesion no released diagnosis
        # names (one that has one keeps the findings' word: a "multinodular goitre" is no nodule's)
        e.concept = s.concept
    e.absorb(s.mentions)
