"""What the ontology knows about each finer diagnosis, gathered once per taxonomy for the case sampler.

The source is the taxonomy's clinical API (issue 10): ``tax.sites(concept)`` (``udt:hasTypicalSite``) and
``tax.typical_findings(concept, include_possible=...)`` (``udt:hasTypicalFinding``), plus the declared roles
``tax.normal_value`` and ``tax.is_pediatric``. A taxonomy that predates that API (the shipped ontology before
the knowledge was added) is read through ``_INTERIM``: a short table of textbook facts, resolved through the
taxonomy's synonyms, kept only so the phantom works while the ontology catches up. It is never consulted when
the taxonomy answers itself.

How *common* a diagnosis is the ontology does not say; the sampler needs a concentrated distribution (so that a
batch holds semantically identical pairs), so prevalence is a Zipf weight over the diagnoses in a seeded order,
with diagnoses whose knowledge is richer (more typical findings) placed first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from udt.errors import DataError
from udt.taxonomy import Concept, Taxonomy

# Textbook facts for the ontology's finer diagnoses (label -> sites, typical findings), read only when the
# taxonomy has no ``sites``/``typical_findings``. Every term is resolved through the taxonomy (label or synonym);
# a term it does not know is skipped, never invented.
_INTERIM: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "simple cyst": (("kidney", "liver", "breast"), ("anechoic", "well-defined", "enhancement", "avascular", "round")),
    "hepatic cyst": (("liver",), ("anechoic", "well-defined", "enhancement", "avascular", "round")),
    "renal cyst": (("kidney",), ("anechoic", "well-defined", "enhancement", "avascular", "round")),
    "breast cyst": (("breast",), ("anechoic", "well-defined", "enhancement", "avascular", "oval")),
    "thyroid nodule": (("thyroid gland",), ("solid components", "oval")),
    "colloid nodule": (("thyroid gland",), ("isoechoic", "well-defined", "oval", "cystic components")),
    "spongiform nodule": (("thyroid gland",), ("spongiform", "isoechoic", "well-defined", "oval")),
    "papillary thyroid carcinoma": (
        ("thyroid gland",),
        ("hypoechoic", "ill-defined", "irregular", "microcalcification", "solid components"),
    ),
    "fibroadenoma": (("breast",), ("oval", "well-defined", "hypoechoic", "solid components")),
    "breast carcinoma": (("breast",), ("irregular", "spiculated margin", "hypoechoic", "shadowing")),
    "hemangioma": (("liver",), ("hyperechoic", "well-defined", "round", "enhancement")),
    "hepatocellular carcinoma": (("liver",), ("hypoechoic", "increased vascularity", "solid components")),
    "metastasis": (("liver",), ("hypoechoic", "round", "solid components")),
    "lipoma": (("soft tissues",), ("oval", "well-defined", "isoechoic", "avascular")),
    "uterine fibroid": (("uterus",), ("hypoechoic", "well-defined", "round", "solid components")),
    "gallstone": (("gallbladder and bile ducts",), ("hyperechoic", "shadowing", "round")),
    "kidney stone": (("kidney and ureter",), ("hyperechoic", "shadowing")),
    "abscess": (
        ("liver", "soft tissues"),
        ("ill-defined", "mixed echogenicity", "enhancement", "increased vascularity"),
    ),
    "hematoma": (("soft tissues",), ("mixed echogenicity", "avascular")),
    "hydrocele": (("scrotum",), ("anechoic", "flattened", "enhancement", "avascular")),
    "Baker's cyst": (("knee",), ("anechoic", "well-defined", "enhancement", "avascular")),
    "ganglion cyst": (("wrist and carpus",), ("anechoic", "well-defined", "enhancement", "avascular", "oval")),
    "endometrioma": (("adnexa",), ("hypoechoic", "well-defined", "enhancement", "round", "avascular")),
    "follicular cyst": (("adnexa",), ("anechoic", "well-defined", "enhancement", "round", "avascular")),
    "testicular mass": (("scrotum",), ("hypoechoic", "increased vascularity", "solid components")),
    "deep vein thrombosis": (("peripheral veins",), ("tubular", "hypoechoic", "avascular")),
    "lymphadenopathy": (("lymph nodes",), ("oval", "hypoechoic", "well-defined")),
    "pleural effusion": (("pleural space",), ("anechoic", "flattened", "avascular")),
    "angiomyolipoma": (("kidney and ureter",), ("hyperechoic", "well-defined", "round")),
    "carotid plaque": (("peripheral arteries",), ("flattened", "calcifications", "shadowing")),
    "hypertrophic pyloric stenosis": (("pediatric abdomen and retroperitoneum",), ("hypoechoic", "tubular")),
}


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
    source: str  # "ontology" or "interim table"
    organs: tuple[Concept, ...] = field(default_factory=tuple)  # released organs (for normal studies)


def _has_api(tax: Taxonomy) -> bool:
    return callable(getattr(tax, "sites", None)) and callable(getattr(tax, "typical_findings", None))


def _interim(tax: Taxonomy, dx: Concept) -> tuple[tuple[Concept, ...], dict[str, tuple[Concept, ...]]]:
    entry = _INTERIM.get(dx.label)
    if entry is None:
        return (), {}
    sites = tuple(c for c in (tax.find(s, "Organ_level") for s in entry[0]) if c is not None)
    findings: dict[str, list[Concept]] = {}
    for term in entry[1]:
        c = tax.find(term)
        if c is not None and c.dimension and c.dimension not in ("Diagnosis", "Organ_level", "Body_system_level"):
            findings.setdefault(c.dimension, []).append(c)
    return sites, {k: tuple(v) for k, v in findings.items()}


def _normal_value(tax: Taxonomy) -> Concept | None:
    declared = getattr(tax, "normal_value", None)
    if callable(declared):
        declared = declared()
    if isinstance(declared, Concept):
        return declared
    # Before the role was declared: the released Diagnosis value the ontology spells "normal".
    found = tax.normalize("Diagnosis", "normal", rollup=True)
    return found


@lru_cache(maxsize=8)
def knowledge_for(tax: Taxonomy) -> Knowledge:
    """The sampler's view of ``tax``: every finer diagnosis with at least one typical site that rolls up."""
    api = _has_api(tax)
    normal = _normal_value(tax)
    profiles: list[DiagnosisProfile] = []
    for dx in sorted(tax.iter_dimension("Diagnosis"), key=lambda c: c.iri):
        if dx.us365k_label or dx.deprecated or dx.is_dimension:
            continue
        if api:
            sites = tuple(tax.sites(dx))
            typical = dict(tax.typical_findings(dx))
            every = dict(tax.typical_findings(dx, include_possible=True))
        else:
            sites, typical = _interim(tax, dx)
            every = typical
        # A site is usable when it rolls up to a released organ (and so to a body system).
        sites = tuple(s for s in sites if "Organ_level" in tax.rollups(s))
        if not sites:
            continue
        possible = {f: tuple(c for c in v if c not in typical.get(f, ())) for f, v in every.items()}
        pediatric = bool(tax.is_pediatric(dx)) if callable(getattr(tax, "is_pediatric", None)) else False
        profiles.append(
            DiagnosisProfile(dx, sites, typical, {f: v for f, v in possible.items() if v}, pediatric=pediatric)
        )
    if not profiles:
        raise DataError(
            "phantom.no_knowledge",
            f"the ontology {tax.source} states no typical site for any finer diagnosis",
            "add udt:hasTypicalSite restrictions (issue 10) to the diagnoses the phantom should draw",
        )
    # Prevalence: a Zipf weight (1/rank^0.9) over an order that alternates between released diagnosis classes
    # (cyst, mass, nodule, fluid collection, no released class), richest knowledge first within each class, so
    # the common ranks span the classes and the case mix is concentrated without being all cysts.
    groups: dict[str, list[DiagnosisProfile]] = {}
    for p in sorted(profiles, key=lambda p: (-sum(len(v) for v in p.typical.values()), p.concept.iri)):
        top = tax.rollup(p.concept)
        groups.setdefault(top.iri if top is not None else "", []).append(p)
    ordered: list[DiagnosisProfile] = []
    queues = [groups[k] for k in sorted(groups, key=lambda k: (k == "", k))]  # no released class: last
    while any(queues):
        for q in queues:
            if q:
                ordered.append(q.pop(0))
    weighted = tuple(
        DiagnosisProfile(p.concept, p.sites, p.typical, p.possible, p.pediatric, weight=1.0 / (1 + i) ** 0.9)
        for i, p in enumerate(ordered)
    )
    organs = tuple(c for c in tax.values("Organ_level") if "Body_system_level" in tax.rollups(c))
    return Knowledge(weighted, normal, "ontology" if api else "interim table", organs)
