"""Quality report for the ontology, in the spirit of ROBOT ``report``: rules with levels ERROR/WARN/INFO."""

from __future__ import annotations

import shutil
from collections import defaultdict
from pathlib import Path
from typing import Literal

import rdflib
from pydantic import BaseModel
from rdflib import URIRef

from udt.owl import vocab
from udt.owl.check_knowledge import check_knowledge
from udt.taxonomy.concept import lookup_key
from udt.taxonomy.taxonomy import Taxonomy

Level = Literal["ERROR", "WARN", "INFO"]
LEVELS: tuple[Level, ...] = ("ERROR", "WARN", "INFO")

_BUILTIN_NS = (vocab.RDF_NS, vocab.RDFS_NS, vocab.OWL_NS)
_PROPERTY_TYPES = {
    URIRef(vocab.OWL_NS + t) for t in ("AnnotationProperty", "ObjectProperty", "DatatypeProperty")
}


class CheckIssue(BaseModel):
    level: Level
    rule: str
    subject: str
    message: str


class CheckReport(BaseModel):
    source: str
    issues: list[CheckIssue]

    def count(self, level: Level) -> int:
        return sum(1 for i in self.issues if i.level == level)

    def fails(self, fail_on: str) -> bool:
        """Whether the report fails at threshold ``fail_on`` (``error``, ``warn`` or ``none``)."""
        if fail_on == "none":
            return False
        if fail_on == "warn":
            return self.count("ERROR") + self.count("WARN") > 0
        return self.count("ERROR") > 0


def check_ontology(
    graph: rdflib.Graph, taxonomy: Taxonomy, *, path: Path | None = None, reasoner: bool = True
) -> CheckReport:
    """Run every rule; ``reasoner`` adds the HermiT consistency check (needs Java)."""
    issues: list[CheckIssue] = []

    def add(level: Level, rule: str, subject: str, message: str) -> None:
        issues.append(CheckIssue(level=level, rule=rule, subject=subject, message=message))

    concepts = taxonomy.concepts
    label_pred = URIRef(vocab.LABEL)
    # -- labels and definitions ---------------------------------------------------------------------
    for c in concepts.values():
        n_labels = len(list(graph.objects(URIRef(c.iri), label_pred)))
        if n_labels == 0:
            add("ERROR", "missing_label", c.curie, "class has no rdfs:label")
        elif n_labels > 1:
            add("ERROR", "multiple_labels", c.curie, f"class has {n_labels} rdfs:label values")
        if not c.definition:
            add("WARN", "missing_definition", c.curie, f"{c.label!r} has no definition (IAO:0000115)")
        if not c.is_dimension and c.dimension is None and c.parents:
            add("ERROR", "no_dimension", c.curie, f"{c.label!r} is under no dimension class")
    # -- duplicate labels and ambiguous synonyms within a dimension ----------------------------------
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    label_owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in concepts.values():
        if c.deprecated:
            continue
        dim = c.dimension or "(structure)"
        label_owners[(dim, lookup_key(c.label))].add(c.curie)
        for term in (c.label, *c.synonyms, *( [c.us365k_label] if c.us365k_label else [])):
            owners[(dim, lookup_key(term))].add(c.curie)
    for (dim, key), curies in sorted(label_owners.items()):
        if len(curies) > 1:
            add("ERROR", "duplicate_label", ", ".join(sorted(curies)), f"label {key!r} repeats in {dim}")
    for (dim, key), curies in sorted(owners.items()):
        if len(curies) > 1 and label_owners.get((dim, key), set()) != curies:
            add(
                "ERROR",
                "ambiguous_synonym",
                ", ".join(sorted(curies)),
                f"term {key!r} names {len(curies)} concepts of {dim}",
            )
    # -- declarations --------------------------------------------------------------------------------
    declared = {s for t in _PROPERTY_TYPES for s in graph.subjects(URIRef(vocab.RDF_NS + "type"), t)}
    used = {p for p in graph.predicates() if not str(p).startswith(_BUILTIN_NS)}
    for predicate in sorted(used - declared, key=str):
        add("ERROR", "undeclared_property", str(predicate), "used but not declared as an OWL property")
    # -- hierarchy -------------------------------------------------------------------------------------
    roots = [c for c in concepts.values() if not c.parents]
    for c in roots[1:] if len(roots) > 1 else []:
        add("ERROR", "orphan", c.curie, f"{c.label!r} has no superclass (only the root may)")
    for cycle in _cycles(taxonomy):
        add("ERROR", "cycle", cycle[0], "subclass cycle: " + " -> ".join(cycle))
    organs = taxonomy.values("Organ_level")
    for organ in organs:
        systems = [p for p in taxonomy.parents(organ) if p.dimension == "Body_system_level"]
        if len(systems) != 1:
            add(
                "ERROR",
                "organ_body_system",
                organ.curie,
                f"organ {organ.label!r} is under {len(systems)} body systems (needs exactly one)",
            )
    for c in concepts.values():
        if c.deprecated:
            users = [k.curie for k in taxonomy.children(c) if not k.deprecated]
            if users:
                add("ERROR", "deprecated_in_use", c.curie, f"deprecated but parent of {', '.join(users)}")
            if c.us365k_label:
                add("WARN", "deprecated_released", c.curie, "a released US-365K value is deprecated")
    # -- released vocabulary ---------------------------------------------------------------------------
    if len(taxonomy.dimensions) != 9:
        add("ERROR", "dimensions", "ontology", f"{len(taxonomy.dimensions)} dimension classes (expected 9)")
    for d in taxonomy.dimensions:
        values = taxonomy.values(d.field)
        seen: dict[str, str] = {}
        for v in values:
            if v.us365k_label in seen:
                add("ERROR", "duplicate_release_label", v.curie, f"{v.us365k_label!r} repeats in {d.field}")
            seen[v.us365k_label or ""] = v.curie
        ranks = [v.rank for v in values if v.rank is not None]
        if len(ranks) != len(set(ranks)):
            add("ERROR", "duplicate_rank", d.field, "two released values share an ordinal rank")
        add("INFO", "released_values", d.field, f"{len(values)} released values")
    if not graph.value(URIRef(vocab.ONTOLOGY_IRI), URIRef(vocab.OWL_NS + "versionIRI")):
        add("ERROR", "version_iri", vocab.ONTOLOGY_IRI, "the ontology has no owl:versionIRI")
    # -- clinical knowledge, declared roles, TI-RADS -----------------------------------------------------
    check_knowledge(graph, taxonomy, add)
    # -- reasoner --------------------------------------------------------------------------------------
    if reasoner and path is not None:
        issues.extend(_hermit(path))
    elif reasoner:
        add("INFO", "reasoner", "ontology", "reasoner skipped: no file path")
    order = {level: i for i, level in enumerate(LEVELS)}
    issues.sort(key=lambda i: (order[i.level], i.rule, i.subject))
    return CheckReport(source=taxonomy.source, issues=issues)


def _cycles(taxonomy: Taxonomy) -> list[list[str]]:
    import networkx as nx

    graph = taxonomy.to_networkx()
    return [[graph.nodes[n]["curie"] for n in cycle] for cycle in nx.simple_cycles(graph)][:20]


def _hermit(path: Path) -> list[CheckIssue]:
    """OWL consistency and unsatisfiable classes with the HermiT reasoner bundled in owlready2."""
    if shutil.which("java") is None:
        return [
            CheckIssue(
                level="INFO",
                rule="reasoner",
                subject="ontology",
                message="HermiT skipped: Java is not installed (install a JRE to run the reasoner)",
            )
        ]
    import owlready2

    world = owlready2.World()
    try:
        onto = world.get_ontology(path.resolve().as_uri()).load(only_local=True)
        with onto:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError:
        return [CheckIssue(level="ERROR", rule="reasoner", subject="ontology", message="HermiT: inconsistent")]
    except Exception as exc:  # Java missing at run time, HermiT crash
        return [
            CheckIssue(
                level="WARN",
                rule="reasoner",
                subject="ontology",
                message=f"HermiT could not run: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}",
            )
        ]
    issues = [
        CheckIssue(
            level="ERROR",
            rule="unsatisfiable",
            subject=vocab.iri_to_curie(cls.iri),
            message="HermiT: unsatisfiable class",
        )
        for cls in world.inconsistent_classes()
        if cls is not owlready2.Nothing
    ]
    issues.append(
        CheckIssue(level="INFO", rule="reasoner", subject="ontology", message="HermiT: consistent")
    )
    return issues
