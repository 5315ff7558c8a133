"""Turn the rdflib graph of udt.owl into typed concepts and dimensions."""

from __future__ import annotations

from collections import deque

import rdflib
import rdflib.collection
from rdflib import URIRef

from udt.errors import OntologyError
from udt.owl import vocab
from udt.taxonomy.concept import Concept, Dimension, FindingLink

_CLASS = URIRef(vocab.OWL_NS + "Class")
_TYPE = URIRef(vocab.RDF_NS + "type")
_SUBCLASS_OF = URIRef(vocab.SUBCLASS_OF)
_ON_PROPERTY = URIRef(vocab.ON_PROPERTY)
_SOME_VALUES_FROM = URIRef(vocab.SOME_VALUES_FROM)
_UNION_OF = URIRef(vocab.OWL_NS + "unionOf")


def _literals(graph: rdflib.Graph, subject: URIRef, predicate: str) -> list[str]:
    return sorted(str(o) for o in graph.objects(subject, URIRef(predicate)) if isinstance(o, rdflib.Literal))


def _foreign_literals(graph: rdflib.Graph, subject: URIRef, predicates: tuple[str, ...]) -> list[str]:
    """The literals of ``predicates`` tagged with a language other than English."""
    return sorted({
        str(o) for p in predicates for o in graph.objects(subject, URIRef(p))
        if isinstance(o, rdflib.Literal) and o.language and not o.language.lower().startswith("en")
    })


def _one(graph: rdflib.Graph, subject: URIRef, predicate: str) -> str | None:
    values = _literals(graph, subject, predicate)
    return values[0] if values else None


def _mappings(graph: rdflib.Graph, subject: URIRef, predicate: str) -> tuple[str, ...]:
    return tuple(sorted(vocab.iri_to_curie(str(o)) for o in graph.objects(subject, URIRef(predicate))))


def _truthy(value: str | None) -> bool:
    return value is not None and value.strip().lower() in {"true", "1"}


def _int(graph: rdflib.Graph, subject: URIRef, predicate: str, source: str, what: str) -> int | None:
    text = _one(graph, subject, predicate)
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        raise OntologyError(
            f"ontology.bad_{what}",
            f"{source}: {subject} has a non-integer {vocab.iri_to_curie(predicate)} {text!r}",
            "use an integer",
        ) from None


def restrictions(graph: rdflib.Graph, subject: URIRef) -> list[tuple[str, str, rdflib.BNode]]:
    """``(property IRI, target IRI, restriction node)`` of each ``subClassOf [some]`` restriction on a class
    whose filler is a named class (see :func:`union_restrictions` for ``some (A or B)``)."""
    out = []
    for node in graph.objects(subject, _SUBCLASS_OF):
        if not isinstance(node, rdflib.BNode):
            continue
        prop = graph.value(node, _ON_PROPERTY)
        target = graph.value(node, _SOME_VALUES_FROM)
        if isinstance(prop, URIRef) and isinstance(target, URIRef):
            out.append((str(prop), str(target), node))
    return out


def union_restrictions(graph: rdflib.Graph, subject: URIRef) -> list[tuple[str, tuple[str, ...]]]:
    """``(property IRI, member IRIs)`` of each ``subClassOf [some (A or B ...)]`` restriction on a class.

    A union says "one of these": a generic diagnosis whose subclasses occur at different sites (a thrombus is in
    a leg vein *or* the portal vein) states the alternatives, so no subclass inherits a site that is not its own.
    """
    out = []
    for node in graph.objects(subject, _SUBCLASS_OF):
        if not isinstance(node, rdflib.BNode):
            continue
        prop = graph.value(node, _ON_PROPERTY)
        filler = graph.value(node, _SOME_VALUES_FROM)
        members = graph.value(filler, _UNION_OF) if isinstance(filler, rdflib.BNode) else None
        if isinstance(prop, URIRef) and members is not None:
            items = tuple(sorted(str(m) for m in rdflib.collection.Collection(graph, members)))
            if items and all(i.startswith(vocab.UDT_NS) for i in items):
                out.append((str(prop), items))
    return out


def axiom_annotations(graph: rdflib.Graph) -> dict[tuple[str, str, str], dict[str, str]]:
    """Annotations of reified ``subClassOf`` restriction axioms, keyed by (class, property, target).

    Protégé writes an annotated axiom as an ``owl:Axiom`` whose ``annotatedTarget`` is a *copy* of the
    restriction, so axioms are matched by the restriction's structure, not by node identity.
    """
    out: dict[tuple[str, str, str], dict[str, str]] = {}
    for axiom in graph.subjects(_TYPE, URIRef(vocab.OWL_AXIOM)):
        if graph.value(axiom, URIRef(vocab.ANNOTATED_PROPERTY)) != _SUBCLASS_OF:
            continue
        source = graph.value(axiom, URIRef(vocab.ANNOTATED_SOURCE))
        target = graph.value(axiom, URIRef(vocab.ANNOTATED_TARGET))
        if target is None:
            continue
        prop = graph.value(target, _ON_PROPERTY)
        filler = graph.value(target, _SOME_VALUES_FROM)
        if source is None or prop is None or filler is None:
            continue
        notes = out.setdefault((str(source), str(prop), str(filler)), {})
        for key, predicate in (("strength", vocab.FINDING_STRENGTH), ("source", vocab.SOURCE)):
            value = graph.value(axiom, URIRef(predicate))
            if value is not None:
                notes[key] = str(value)
    return out


def _knowledge(
    graph: rdflib.Graph, iri: str, notes: dict[tuple[str, str, str], dict[str, str]], source: str
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...], tuple[FindingLink, ...]]:
    unions = tuple(
        sorted(members for prop, members in union_restrictions(graph, URIRef(iri)) if prop == vocab.HAS_TYPICAL_SITE)
    )
    sites: list[str] = []
    findings: list[FindingLink] = []
    for prop, target, _node in sorted(restrictions(graph, URIRef(iri)), key=lambda r: (r[0], r[1])):
        if prop == vocab.HAS_TYPICAL_SITE:
            sites.append(target)
        elif prop == vocab.HAS_TYPICAL_FINDING:
            note = notes.get((iri, prop, target), {})
            strength = note.get("strength", "typical")
            if strength not in vocab.FINDING_STRENGTHS:
                raise OntologyError(
                    "ontology.bad_strength",
                    f"{source}: {vocab.iri_to_curie(iri)} -> {vocab.iri_to_curie(target)} has finding strength "
                    f"{strength!r}",
                    f"use one of {', '.join(vocab.FINDING_STRENGTHS)}",
                )
            findings.append(FindingLink(target=target, strength=strength, source=note.get("source")))
    return tuple(sites), unions, tuple(findings)


def extract(graph: rdflib.Graph, source: str) -> tuple[tuple[Dimension, ...], dict[str, Concept]]:
    """Read dimensions and concepts; every named class in the UDT namespace becomes a concept."""
    classes = sorted(
        str(s) for s in graph.subjects(_TYPE, _CLASS) if isinstance(s, URIRef) and str(s).startswith(vocab.UDT_NS)
    )
    if not classes:
        raise OntologyError(
            "ontology.no_classes", f"{source}: no UDT classes found", "is this the udt ontology?"
        )
    parents: dict[str, tuple[str, ...]] = {
        iri: tuple(
            sorted(
                str(o)
                for o in graph.objects(URIRef(iri), URIRef(vocab.SUBCLASS_OF))
                if isinstance(o, URIRef) and str(o).startswith(vocab.UDT_NS)
            )
        )
        for iri in classes
    }
    dimensions: list[Dimension] = []
    for iri in classes:
        field = _one(graph, URIRef(iri), vocab.US365K_FIELD)
        if field is None:
            continue
        order = _one(graph, URIRef(iri), vocab.DIMENSION_ORDER)
        try:
            index = int(order) if order is not None else -1
        except ValueError:
            raise OntologyError(
                "ontology.bad_dimension_order",
                f"{source}: dimension {iri} has a non-integer udt:dimensionOrder {order!r}",
                "use an integer 0-8",
            ) from None
        label = _one(graph, URIRef(iri), vocab.LABEL) or field
        ordinal = _truthy(_one(graph, URIRef(iri), vocab.IS_ORDINAL))
        dimensions.append(Dimension(field=field, iri=iri, label=label, index=index, ordinal=ordinal))
    dimensions.sort(key=lambda d: (d.index, d.field))
    dim_by_iri = {d.iri: d for d in dimensions}

    nearest = _nearest_dimensions(classes, parents, dim_by_iri)
    notes = axiom_annotations(graph)
    concepts: dict[str, Concept] = {}
    for iri in classes:
        subject = URIRef(iri)
        rank_text = _one(graph, subject, vocab.ORDINAL_RANK)
        try:
            rank = int(rank_text) if rank_text is not None else None
        except ValueError:
            raise OntologyError(
                "ontology.bad_rank",
                f"{source}: {iri} has a non-integer udt:ordinalRank {rank_text!r}",
                "ranks are integers",
            ) from None
        dimension = nearest.get(iri)
        sites, site_unions, findings = _knowledge(graph, iri, notes, source)
        counterpart = graph.value(subject, URIRef(vocab.PEDIATRIC_COUNTERPART))
        unplaced = graph.value(subject, URIRef(vocab.UNPLACED_SITE))
        labels = _literals(graph, subject, vocab.LABEL)
        replaced = [str(o) for o in graph.objects(subject, URIRef(vocab.REPLACED_BY))]
        concepts[iri] = Concept(
            iri=iri,
            curie=vocab.iri_to_curie(iri),
            label=labels[0] if labels else vocab.iri_to_curie(iri),
            definition=_one(graph, subject, vocab.DEFINITION),
            dimension=dimension,
            parents=parents[iri],
            exact_synonyms=tuple(_literals(graph, subject, vocab.EXACT_SYNONYM)),
            related_synonyms=tuple(
                _literals(graph, subject, vocab.RELATED_SYNONYM)
                + _literals(graph, subject, vocab.NARROW_SYNONYM)
            ),
            foreign_synonyms=tuple(_foreign_literals(
                graph, subject, (vocab.EXACT_SYNONYM, vocab.RELATED_SYNONYM, vocab.NARROW_SYNONYM))),
            us365k_label=_one(graph, subject, vocab.US365K_LABEL),
            rank=rank,
            exact_matches=_mappings(graph, subject, vocab.EXACT_MATCH),
            close_matches=_mappings(graph, subject, vocab.CLOSE_MATCH),
            deprecated=_truthy(_one(graph, subject, vocab.DEPRECATED)),
            replaced_by=replaced[0] if replaced else None,
            rolls_up=(_one(graph, subject, vocab.ROLLS_UP) or "true").strip().lower() != "false",
            is_dimension=iri in dim_by_iri,
            comment=_one(graph, subject, vocab.COMMENT),
            sites=sites,
            site_unions=site_unions,
            findings=findings,
            pediatric=_truthy(_one(graph, subject, vocab.IS_PEDIATRIC)),
            landmark=_truthy(_one(graph, subject, vocab.IS_LANDMARK)),
            unpaired=_truthy(_one(graph, subject, vocab.IS_UNPAIRED)),
            region=_truthy(_one(graph, subject, vocab.IS_REGION)),
            physiological=_truthy(_one(graph, subject, vocab.IS_PHYSIOLOGICAL)),
            organ_state=_truthy(_one(graph, subject, vocab.IS_ORGAN_STATE)),
            names_no_attribute=_truthy(_one(graph, subject, vocab.NAMES_NO_ATTRIBUTE)),
            abdominopelvic=_truthy(_one(graph, subject, vocab.IS_ABDOMINOPELVIC)),
            generic_lesion=_truthy(_one(graph, subject, vocab.IS_GENERIC_LESION)),
            unplaced_site=str(unplaced) if isinstance(unplaced, URIRef) else None,
            laterality=_one(graph, subject, vocab.LATERALITY),
            means_normal=_truthy(_one(graph, subject, vocab.MEANS_NORMAL)),
            pediatric_counterpart=str(counterpart) if isinstance(counterpart, URIRef) else None,
            tirads_category=_one(graph, subject, vocab.TIRADS_CATEGORY),
            tirads_points=_int(graph, subject, vocab.TIRADS_POINTS, source, "tirads_points"),
        )
    return tuple(dimensions), concepts


def _nearest_dimensions(
    classes: list[str], parents: dict[str, tuple[str, ...]], dims: dict[str, Dimension]
) -> dict[str, str]:
    """Each class's dimension: the dimension class reached in the fewest subclass steps.

    An organ is a subclass of its body system *and* of the Organ dimension class: Organ is one step away,
    Body system two, so the organ's dimension is Organ_level. Ties go to the later dimension in field
    order (the more specific one, by construction of the ontology).
    """
    result: dict[str, str] = {}
    for iri in classes:
        if iri in dims:
            continue
        seen = {iri}
        frontier = deque([(iri, 0)])
        best: tuple[int, int, str] | None = None
        while frontier:
            node, depth = frontier.popleft()
            if best is not None and depth > best[0]:
                break
            for parent in parents.get(node, ()):
                if parent in dims:
                    candidate = (depth + 1, -dims[parent].index, dims[parent].field)
                    if best is None or candidate < best:
                        best = candidate
                elif parent not in seen:
                    seen.add(parent)
                    frontier.append((parent, depth + 1))
        if best is not None:
            result[iri] = best[2]
    return result

