"""ACR TI-RADS points and level for a thyroid nodule, read from the ontology's lexicon annotations.

The points are not in this module: each lexicon value carries ``udt:tiradsCategory`` and ``udt:tiradsPoints``
in ``ontology/udt.owl`` (ACR TI-RADS, Tessler et al. 2017). What lives here is the scoring *rule* of the chart:

- one value per category for composition, echogenicity, shape and margin (if a report states several, the
  highest-scoring one counts, the conservative reading); echogenic foci are "choose all that apply": the points
  of the distinct kinds of foci are added;
- a category with no stated value is reported in ``missing`` and the level is ``None`` ("incomplete"): a level
  is never guessed. ``points`` is then the partial sum of the stated categories.
- A stated *absence* settles a category only when it rules out every point-bearing value of that category:
  "not taller-than-wide" gives shape 0 (taller-than-wide is the only shape with points), "no calcifications"
  gives echogenic foci 0 (every scored kind of focus is a calcification in the ontology), but "no
  microcalcifications" says nothing about macrocalcifications, so it leaves echogenic foci missing.
  "No echogenic foci" is such an absence (the ontology models no class for a missing thing; "echogenic foci"
  names calcifications). Explicit zero-point values work too: "wider-than-tall", "large comet-tail artifact".
- Levels, from the ACR chart: TR1 0 points, TR2 2, TR3 3, TR4 4-6, TR5 7 or more. The chart gives no level for
  1 point (reachable only by a cystic or spongiform nodule that is not anechoic, both of which the chart calls
  benign), so 1 point is TR1.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from udt.owl.vocab import TIRADS_CATEGORIES
from udt.taxonomy.concept import Concept

if TYPE_CHECKING:
    from udt.taxonomy.taxonomy import Taxonomy

# (lowest points, level), highest band first: the ACR TI-RADS chart.
_LEVELS: tuple[tuple[int, str], ...] = ((7, "TR5"), (4, "TR4"), (3, "TR3"), (2, "TR2"), (0, "TR1"))
_ADDITIVE = frozenset({"echogenic_foci"})


@dataclass(frozen=True, slots=True)
class TiradsScore:
    """Result of :meth:`udt.Taxonomy.tirads`.

    ``level`` is ``None`` when any category is ``missing``; ``categories`` lists the points of each stated
    category; ``unrecognised`` the given values the taxonomy does not know (they score nothing).
    """

    points: int
    level: str | None
    missing: tuple[str, ...]
    categories: tuple[tuple[str, int], ...] = ()
    unrecognised: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing

    def as_dict(self) -> dict[str, object]:
        """The ``tirads`` field of a parsed finding: ``{"points": 12, "level": "TR5", "missing": []}``."""
        return {"points": self.points, "level": self.level, "missing": list(self.missing)}


def level_for(points: int) -> str:
    """The TR level of a complete score."""
    for lowest, level in _LEVELS:
        if points >= lowest:
            return level
    return "TR1"


def score(
    tax: Taxonomy,
    attributes: Mapping[str, Iterable[str | Concept]],
    absent: Iterable[str | Concept] = (),
) -> TiradsScore:
    unrecognised: list[str] = []

    def concepts_of(field: str | None, values: Iterable[str | Concept]) -> list[Concept]:
        out = []
        for value in values:
            if isinstance(value, Concept):
                out.append(value)
                continue
            found = (tax.find(value, field) if field and _is_field(tax, field) else None) or tax.find(value)
            if found is None:
                unrecognised.append(value)
            else:
                out.append(found)
        return out

    stated: dict[str, list[int]] = {}
    for field, values in attributes.items():
        for concept in concepts_of(field, [values] if isinstance(values, (str, Concept)) else values):
            category = tax.tirads_category(concept)
            if category is not None and concept.tirads_points is not None:
                stated.setdefault(category, []).append(concept.tirads_points)
    for concept in concepts_of(None, [absent] if isinstance(absent, (str, Concept)) else absent):
        category = tax.tirads_category(concept)
        if category is not None and category not in stated and _rules_out_points(tax, concept, category):
            stated[category] = [0]

    categories: list[tuple[str, int]] = []
    for category in TIRADS_CATEGORIES:
        if category in stated:
            values = stated[category]
            categories.append((category, sum(set(values)) if category in _ADDITIVE else max(values)))
    missing = tuple(c for c in TIRADS_CATEGORIES if c not in stated)
    points = sum(p for _, p in categories)
    return TiradsScore(
        points=points,
        level=None if missing else level_for(points),
        missing=missing,
        categories=tuple(categories),
        unrecognised=tuple(unrecognised),
    )


def _is_field(tax: Taxonomy, name: str) -> bool:
    return name in tax.fields


def _rules_out_points(tax: Taxonomy, absent: Concept, category: str) -> bool:
    """Whether "no <absent>" excludes every value of ``category`` that carries points."""
    scored = [c for c in tax if c.tirads_points and tax.tirads_category(c) == category]
    if not scored:
        return False
    return all(c.iri == absent.iri or absent in tax.ancestors(c) for c in scored)
