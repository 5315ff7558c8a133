"""What the ontology knows about each finer diagnosis, gathered once per taxonomy for the case sampler.

The source is the taxonomy's clinical API: ``tax.sites(concept)`` (``udt:hasTypicalSite``) and
``tax.typical_findings(concept, include_possible=...)`` (``udt:hasTypicalFinding``, strength ``typical`` or
``possible``), plus the declared roles ``tax.normal_value`` (``udt:meansNormal``) and ``tax.is_pediatric``.
Nothing about diagnoses is written here: edit the ontology and the phantom follows.

How *common* a diagnosis is the ontology does not say, and the sampler needs a concentrated distribution (so a
batch holds semantically identical pairs). So prevalence is a Zipf weight (1/rank^0.9) over an order that starts
with ``COMMON_DIAGNOSES`` (everyday ultrasound findings, resolved through the taxonomy; a term it does not know is
skipped) and continues with the rest, richest knowledge first. A diagnosis is drawn only if the ontology gives it
a site that rolls up to a released organ, and either a released diagnosis value or at least one typical finding:
a lesion with nothing known about it would be pure noise.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from udt.errors import DataError, OntologyError
from udt.taxonomy import Concept, Taxonomy

# Everyday ultrasound diagnoses, commonest first (prevalence is not in the ontology; see the module docstring).
COMMON_DIAGNOSES: tuple[str, ...] = (
    "thyroid nodule",
    "simple cyst",
    "gallstone",
    "fibroadenoma",
    "hemangioma",
    "breast cyst",
    "kidney stone",
    "colloid nodule",
    "renal cyst",
    "uterine fibroid",
    "hepatic cyst",
    "lipoma",
    "follicle",
    "hydrocele",
    "deep vein thrombosis",
    "papillary thyroid carcinoma",
    "breast carcinoma",
    "Baker's cyst",
    "abscess",
    "pleural effusion",
    "metastasis",
    "ganglion cyst",
    "endometrioma",
    "hepatocellular carcinoma",
)


@dataclass(frozen=True)
class DiagnosisProfile:
    """One finer diagnosis with its sites and findings, as the ontology states them."""

    concept: Concept
    sites: tuple[Concept, ...]
    typical: Mapping[str, tuple[Concept, ...]]
    possible: Mapping[str, tuple[Concept, ...]]  # possible but not typical (the atypical variants' pool)
    pediatric: bool = False
    weight: float = 1.0

    @property
    def label(self) -> str:
        return self.concept.label


@dataclass(frozen=True)
class Knowledge:
    """Everything the sampler reads from the ontology, resolved once."""

    profiles: tuple[DiagnosisProfile, ...]
    normal: Concept | None  # the Diagnosis value meaning "normal appearance"
    source: str  # where the knowledge came from (the ontology's restrictions)
    organs: tuple[Concept, ...] = field(default_factory=tuple)  # released organs (for normal studies)


def _normal_value(tax: Taxonomy) -> Concept | None:
    try:
        return tax.normal_value
    except OntologyError:  # an ontology that declares no udt:meansNormal value: no normal studies
        return None


@lru_cache(maxsize=8)
def knowledge_for(tax: Taxonomy) -> Knowledge:
    """The sampler's view of ``tax``: every finer diagnosis with at least one typical site that rolls up."""
    normal = _normal_value(tax)
    profiles: list[DiagnosisProfile] = []
    for dx in sorted(tax.iter_dimension("Diagnosis"), key=lambda c: c.iri):
        if dx.us365k_label or dx.deprecated or dx.is_dimension:
            continue
        sites = tax.sites(dx)
        typical = tax.typical_findings(dx)
        every = tax.typical_findings(dx, include_possible=True)
        # A site is usable when it rolls up to a released organ (and so to a body system).
        sites = tuple(s for s in sites if "Organ_level" in tax.rollups(s))
        if not sites:
            continue
        if tax.rollup(dx) is None and not typical:
            continue
        possible = {f: tuple(c for c in v if c not in typical.get(f, ())) for f, v in every.items()}
        profiles.append(
            DiagnosisProfile(
                dx, sites, typical, {f: v for f, v in possible.items() if v}, pediatric=tax.is_pediatric(dx)
            )
        )
    if not profiles:
        raise DataError(
            "phantom.no_knowledge",
            f"the ontology {tax.source} states no typical site for any finer diagnosis",
            "add udt:hasTypicalSite restrictions (issue 10) to the diagnoses the phantom should draw",
        )
    common = {c.iri: i for i, c in enumerate(tax.find(t, "Diagnosis") for t in COMMON_DIAGNOSES) if c is not None}
    ordered = sorted(
        profiles,
        key=lambda p: (
            common.get(p.concept.iri, len(common)),
            -sum(len(v) for v in p.typical.values()),
            p.concept.iri,
        ),
    )
    weighted = tuple(
        DiagnosisProfile(p.concept, p.sites, p.typical, p.possible, p.pediatric, weight=1.0 / (1 + i) ** 0.9)
        for i, p in enumerate(ordered)
    )
    organs = tuple(c for c in tax.values("Organ_level") if "Body_system_level" in tax.rollups(c))
    return Knowledge(weighted, normal, "ontology", organs)
