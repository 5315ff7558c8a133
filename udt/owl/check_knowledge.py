"""Quality rules for the ontology's clinical knowledge and declared roles (part of ``udt ontology check``).

- every ``hasTypicalSite`` restriction points at anatomy (an Organ_level concept, or the organ dimension
  itself for "some organ"), every ``hasTypicalFinding`` at a descriptor value (Shape ... Vascularity: never a
  diagnosis or anatomy), and both hang on diagnoses;
- every property the ontology declares has a label, and every udt property a definition;
- finding axioms carry a strength and a source; no axiom annotation is left without its axiom;
- declared roles are coherent: one normal value, paediatric counterparts that are paediatric organs, ordinal
  dimensions that carry ranks (and ranks only on them), TI-RADS points only within a known category;
- coverage: each finer diagnosis without a typical site is a warning; counts are reported as INFO.
"""

from __future__ import annotations

from collections.abc import Callable

import rdflib
from rdflib import URIRef

from udt.owl import vocab
from udt.taxonomy.extract import axiom_annotations, restrictions, union_restrictions
from udt.taxonomy.taxonomy import Taxonomy

Add = Callable[[str, str, str, str], None]

_TYPE = URIRef(vocab.RDF_NS + "type")
_ANATOMY_FIELDS = ("Body_system_level", "Organ_level")
_DECLARED = ("AnnotationProperty", "ObjectProperty", "DatatypeProperty")


def check_knowledge(graph: rdflib.Graph, taxonomy: Taxonomy, add: Add) -> None:
    """Run the rules, reporting through ``add(level, rule, subject, message)``."""
    _check_properties(graph, add)
    _check_restrictions(graph, taxonomy, add)
    _check_roles(taxonomy, add)
    _check_tirads(taxonomy, add)
    _report_coverage(taxonomy, add)


def _check_properties(graph: rdflib.Graph, add: Add) -> None:
    for kind in _DECLARED:
        for prop in sorted(graph.subjects(_TYPE, URIRef(vocab.OWL_NS + kind)), key=str):
            name = vocab.iri_to_curie(str(prop))
            if graph.value(prop, URIRef(vocab.LABEL)) is None:
                add("ERROR", "property_label", name, f"{kind} has no rdfs:label")
            if str(prop).startswith(vocab.UDT_NS) and graph.value(prop, URIRef(vocab.DEFINITION)) is None:
                add("ERROR", "property_definition", name, f"udt {kind} has no definition (IAO:0000115)")


def _check_restrictions(graph: rdflib.Graph, taxonomy: Taxonomy, add: Add) -> None:
    concepts = taxonomy.concepts
    diagnosis = taxonomy.dimensions[0].field
    organ_dimension = taxonomy.dimension("Organ_level").iri
    stated: set[tuple[str, str, str]] = set()
    for c in concepts.values():
        plain = [(prop, target) for prop, target, _node in restrictions(graph, URIRef(c.iri))]
        stated.update((c.iri, prop, target) for prop, target in plain)
        alternatives = [(prop, m) for prop, members in union_restrictions(graph, URIRef(c.iri)) for m in members]
        for prop, target in plain + alternatives:
            if prop not in (vocab.HAS_TYPICAL_SITE, vocab.HAS_TYPICAL_FINDING):
                continue
            name = "hasTypicalSite" if prop == vocab.HAS_TYPICAL_SITE else "hasTypicalFinding"
            where = f"{c.label!r} {name} {vocab.iri_to_curie(target)}"
            if c.dimension != diagnosis:
                add("ERROR", "restriction_subject", c.curie, f"{where}: only diagnoses take {name}")
            value = concepts.get(target)
            if value is None:
                add("ERROR", "restriction_target", c.curie, f"{where}: the target is not a UDT class")
            elif value.deprecated:
                add("ERROR", "restriction_target", c.curie, f"{where}: the target {value.label!r} is deprecated")
            elif prop == vocab.HAS_TYPICAL_SITE and value.dimension != "Organ_level" and value.iri != organ_dimension:
                add(
                    "ERROR",
                    "restriction_target",
                    c.curie,
                    f"{where}: a typical site must be an organ or finer structure, not {value.label!r} "
                    f"({value.dimension or 'no dimension'})",
                )
            elif prop == vocab.HAS_TYPICAL_FINDING and (
                value.dimension is None or value.dimension == diagnosis or value.dimension in _ANATOMY_FIELDS
            ):
                add(
                    "ERROR",
                    "restriction_target",
                    c.curie,
                    f"{where}: a typical finding must be a descriptor value (Shape ... Vascularity), not "
                    f"{value.label!r} ({value.dimension or 'no dimension'})",
                )
    notes = axiom_annotations(graph)
    for subject, prop, target in sorted(notes):
        curie = vocab.iri_to_curie(subject)
        if (subject, prop, target) not in stated:
            add(
                "WARN",
                "dangling_axiom_annotation",
                curie,
                f"annotation of a missing axiom {vocab.iri_to_curie(prop)} some {vocab.iri_to_curie(target)}",
            )
    for subject, prop, target in sorted(stated):
        if prop != vocab.HAS_TYPICAL_FINDING:
            continue
        note = notes.get((subject, prop, target), {})
        for key in ("strength", "source"):
            if key not in note:
                add(
                    "WARN",
                    f"finding_{key}",
                    vocab.iri_to_curie(subject),
                    f"hasTypicalFinding {vocab.iri_to_curie(target)} has no {key} annotation",
                )


def _check_roles(taxonomy: Taxonomy, add: Add) -> None:
    diagnosis = taxonomy.dimensions[0].field
    normal = [c for c in taxonomy if c.means_normal]
    released_normal = [c for c in normal if c.dimension == diagnosis and c.is_released_value]
    if len(released_normal) != 1 or len(normal) != len(released_normal):
        add(
            "ERROR",
            "normal_value",
            ", ".join(c.curie for c in normal) or "ontology",
            f"udt:meansNormal must mark exactly one released {diagnosis} value ({len(normal)} marked)",
        )
    for c in taxonomy:
        if c.pediatric_counterpart is None:
            continue
        target = taxonomy.concepts.get(c.pediatric_counterpart)
        if target is None or target.dimension != "Organ_level" or not taxonomy.is_pediatric(target):
            add(
                "ERROR",
                "pediatric_counterpart",
                c.curie,
                f"{c.label!r}: the paediatric counterpart must be a paediatric organ "
                f"({vocab.iri_to_curie(c.pediatric_counterpart)} is not)",
            )
        elif taxonomy.is_pediatric(c):
            add("ERROR", "pediatric_counterpart", c.curie, f"{c.label!r} is paediatric itself")
        if c.dimension not in _ANATOMY_FIELDS:
            add("ERROR", "pediatric_counterpart", c.curie, f"{c.label!r} is not anatomy")
    for c in taxonomy:
        if c.landmark and c.dimension not in _ANATOMY_FIELDS:
            add("ERROR", "landmark", c.curie, f"{c.label!r} is declared a landmark but is not anatomy")
        if c.unpaired and c.dimension not in _ANATOMY_FIELDS:
            add("ERROR", "unpaired", c.curie, f"{c.label!r} is declared unpaired but is not anatomy")
        if c.region and c.dimension not in _ANATOMY_FIELDS:
            add("ERROR", "region", c.curie, f"{c.label!r} is declared a region but is not anatomy")
        if c.physiological and (c.dimension != taxonomy.fields[0] or c.is_released_value):
            add("ERROR", "physiological", c.curie, f"{c.label!r} is declared physiological but is not a finer "
                "diagnosis")
    for d in taxonomy.dimensions:
        ranked = [v for v in taxonomy.values(d.field) if v.rank is not None]
        if d.ordinal and len(ranked) < 2:
            add("ERROR", "ordinal", d.field, "declared ordinal (udt:isOrdinal) but fewer than two values are ranked")
        if ranked and not d.ordinal:
            add("ERROR", "ordinal", d.field, "values carry udt:ordinalRank but the dimension is not declared ordinal")


def _check_tirads(taxonomy: Taxonomy, add: Add) -> None:
    for c in taxonomy:
        if c.tirads_category is not None and c.tirads_category not in vocab.TIRADS_CATEGORIES:
            add(
                "ERROR",
                "tirads_category",
                c.curie,
                f"{c.label!r}: unknown TI-RADS category {c.tirads_category!r} "
                f"(use {', '.join(vocab.TIRADS_CATEGORIES)})",
            )
        if c.tirads_points is not None:
            if taxonomy.tirads_category(c) is None:
                add("ERROR", "tirads_points", c.curie, f"{c.label!r} has TI-RADS points but no category")
            if not 0 <= c.tirads_points <= 3:
                add("ERROR", "tirads_points", c.curie, f"{c.label!r}: {c.tirads_points} points (ACR uses 0-3)")
    for category in vocab.TIRADS_CATEGORIES:
        scored = [c for c in taxonomy if c.tirads_points is not None and taxonomy.tirads_category(c) == category]
        if not scored:
            add("WARN", "tirads_category_empty", category, "no lexicon value carries points for this category")


def _report_coverage(taxonomy: Taxonomy, add: Add) -> None:
    diagnosis = taxonomy.dimensions[0].field
    finer = [c for c in taxonomy.iter_dimension(diagnosis) if not c.is_released_value and not c.deprecated]
    without_site = [c for c in finer if not taxonomy.sites(c)]
    for c in sorted(without_site, key=lambda c: c.iri):
        add("WARN", "no_typical_site", c.curie, f"finer diagnosis {c.label!r} has no typical site")
    with_findings = [c for c in finer if taxonomy.typical_findings(c)]
    add(
        "INFO",
        "knowledge_coverage",
        diagnosis,
        f"{len(finer) - len(without_site)}/{len(finer)} finer diagnoses have a typical site, "
        f"{len(with_findings)}/{len(finer)} have typical findings",
    )
