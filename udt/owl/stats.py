"""Counts that describe the ontology: per dimension, per body system, synonyms and mappings."""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel

from udt.owl import vocab
from udt.taxonomy.taxonomy import Taxonomy


class DimensionStats(BaseModel):
    field: str
    released_values: int
    finer_concepts: int
    not_rolling_up: int


class BodySystemStats(BaseModel):
    body_system: str
    organs: int
    finer_structures: int


class KnowledgeStats(BaseModel):
    finer_diagnoses: int
    with_typical_site: int
    with_typical_findings: int
    site_restrictions: int
    finding_axioms: dict[str, int]
    pediatric_conditions: int
    tirads_scored_values: int


class OntologyStats(BaseModel):
    version: str | None
    concepts: int
    dimensions: list[DimensionStats]
    body_systems: list[BodySystemStats]
    exact_synonyms: int
    related_synonyms: int
    mappings: dict[str, int]
    ranked_values: int
    next_free_id: str
    knowledge: KnowledgeStats


def ontology_stats(taxonomy: Taxonomy) -> OntologyStats:
    dims = []
    for d in taxonomy.dimensions:
        members = list(taxonomy.iter_dimension(d.field))
        released = [c for c in members if c.us365k_label]
        dims.append(
            DimensionStats(
                field=d.field,
                released_values=len(released),
                finer_concepts=len(members) - len(released),
                not_rolling_up=sum(1 for c in members if not c.rolls_up),
            )
        )
    systems = []
    for system in taxonomy.values("Body_system_level"):
        organs = [c for c in taxonomy.children(system) if c.dimension == "Organ_level" and c.us365k_label]
        finer = {d.iri for o in organs for d in taxonomy.descendants(o)}
        systems.append(
            BodySystemStats(body_system=system.us365k_label or system.label, organs=len(organs),
                            finer_structures=len(finer))
        )
    mappings: Counter[str] = Counter()
    for c in taxonomy:
        for kind, codes in (("exact", c.exact_matches), ("close", c.close_matches)):
            for code in codes:
                mappings[f"{kind}:{code.split(':', 1)[0]}"] += 1
    return OntologyStats(
        version=taxonomy.version,
        concepts=len(taxonomy),
        dimensions=dims,
        body_systems=systems,
        exact_synonyms=sum(len(c.exact_synonyms) for c in taxonomy),
        related_synonyms=sum(len(c.related_synonyms) for c in taxonomy),
        mappings=dict(sorted(mappings.items())),
        ranked_values=sum(1 for c in taxonomy if c.rank is not None),
        next_free_id=_next_free_id(taxonomy),
        knowledge=_knowledge_stats(taxonomy),
    )


def _knowledge_stats(taxonomy: Taxonomy) -> KnowledgeStats:
    diagnosis = taxonomy.dimensions[0].field
    finer = [c for c in taxonomy.iter_dimension(diagnosis) if not c.is_released_value and not c.deprecated]
    strengths: Counter[str] = Counter(link.strength for c in taxonomy for link in c.findings)
    return KnowledgeStats(
        finer_diagnoses=len(finer),
        with_typical_site=sum(1 for c in finer if taxonomy.sites(c)),
        with_typical_findings=sum(1 for c in finer if taxonomy.typical_findings(c)),
        site_restrictions=sum(len(c.sites) + len(c.site_unions) for c in taxonomy),
        finding_axioms=dict(sorted(strengths.items())),
        pediatric_conditions=sum(1 for c in taxonomy.iter_dimension(diagnosis) if taxonomy.is_pediatric(c)),
        tirads_scored_values=sum(1 for c in taxonomy if c.tirads_points is not None),
    )


def _next_free_id(taxonomy: Taxonomy) -> str:
    """The CURIE a new class should take (IDs are never reused)."""
    numbers = [int(c.curie.split(":", 1)[1]) for c in taxonomy if c.curie.startswith(f"{vocab.CURIE_PREFIX}:")]
    return f"{vocab.CURIE_PREFIX}:{max(numbers, default=0) + 1:07d}"
