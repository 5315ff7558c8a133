"""The knowledge axioms as other OWL tools see them: owlready2 (and its HermiT), pronto, py-horned-owl (an
independent OWL 2 parser, the offline stand-in for Protégé's OWLAPI), and the canonical writer's handling of
annotated axioms."""

from __future__ import annotations

import shutil

import pytest
import rdflib
from rdflib import BNode, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from ontology import ontology_path
from udt.owl import vocab
from udt.owl.canonical import serialize

GALLSTONE = "https://w3id.org/udt/UDT_0000390"
GALLBLADDER = "https://w3id.org/udt/UDT_0000110"


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_path(), format="xml")


def test_annotated_axioms_share_the_restriction_node(graph):
    """OWL 2 RDF mapping: the axiom's annotatedTarget is the very node of the subClassOf triple (a copy loses
    the annotations in OWLAPI-conformant parsers)."""
    axioms = list(graph.subjects(RDF.type, OWL.Axiom))
    assert len(axioms) > 200
    for axiom in axioms:
        source = graph.value(axiom, OWL.annotatedSource)
        target = graph.value(axiom, OWL.annotatedTarget)
        assert isinstance(target, BNode)
        assert (source, RDFS.subClassOf, target) in graph
        assert graph.value(axiom, URIRef(vocab.FINDING_STRENGTH)) is not None
        assert graph.value(axiom, URIRef(vocab.SOURCE)) is not None


def test_canonical_form_keeps_annotated_axioms_stable(graph, tmp_path):
    """Adding one annotated finding changes only the lines of that finding (no renumbering of node IDs)."""
    text = serialize(graph)
    assert text == ontology_path().read_text(encoding="utf-8")
    edited = rdflib.Graph()
    for triple in graph:
        edited.add(triple)
    node, axiom = BNode(), BNode()
    edited.add((node, RDF.type, OWL.Restriction))
    edited.add((node, OWL.onProperty, URIRef(vocab.HAS_TYPICAL_FINDING)))
    edited.add((node, OWL.someValuesFrom, URIRef("https://w3id.org/udt/UDT_0000457")))  # homogeneous
    edited.add((URIRef(GALLSTONE), RDFS.subClassOf, node))
    edited.add((axiom, RDF.type, OWL.Axiom))
    edited.add((axiom, OWL.annotatedSource, URIRef(GALLSTONE)))
    edited.add((axiom, OWL.annotatedProperty, RDFS.subClassOf))
    edited.add((axiom, OWL.annotatedTarget, node))
    edited.add((axiom, URIRef(vocab.FINDING_STRENGTH), rdflib.Literal("possible")))
    edited.add((axiom, URIRef(vocab.SOURCE), rdflib.Literal("standard sonography texts")))
    new_text = serialize(edited)
    old_lines, new_lines = text.splitlines(), new_text.splitlines()
    assert set(old_lines) <= set(new_lines)  # nothing renamed or rewritten
    added = len(new_lines) - len(old_lines)
    assert 0 < added <= 20
    reread = rdflib.Graph().parse(data=new_text, format="xml")
    assert serialize(reread) == new_text


def test_owlready2_sees_sites_findings_and_unions():
    owlready2 = pytest.importorskip("owlready2")
    world = owlready2.World()
    onto = world.get_ontology(ontology_path().as_uri()).load(only_local=True)
    gallstone = onto.search_one(iri=GALLSTONE)
    restrictions = [r for r in gallstone.is_a if isinstance(r, owlready2.Restriction)]
    assert any(r.property.iri == vocab.HAS_TYPICAL_SITE and r.value.iri == GALLBLADDER for r in restrictions)
    thrombus = onto.search_one(label="thrombus")
    restrictions = [r for r in thrombus.is_a if isinstance(r, owlready2.Restriction)]
    unions = [r.value for r in restrictions if isinstance(r.value, owlready2.Or)]
    assert len(unions) == 1 and len(unions[0].Classes) == 3


def test_pronto_loads_the_file(tmp_path):
    pronto = pytest.importorskip("pronto")
    copy = tmp_path / "udt.owl"
    shutil.copy(ontology_path(), copy)
    with pytest.warns(Warning):  # pronto does not model axiom annotations and says so
        ont = pronto.Ontology(str(copy))
    assert ont[GALLSTONE].name == "gallstone"
    assert "https://w3id.org/udt/UDT_0000485" in ont  # a new TI-RADS lexicon class


def test_py_horned_owl_reads_the_annotated_axioms():
    pyhornedowl = pytest.importorskip("pyhornedowl")  # dev extra: an independent OWL 2 parser
    onto = pyhornedowl.open_ontology_from_file(str(ontology_path()))
    subclass = [a for a in onto.get_axioms() if type(a.component).__name__ == "SubClassOf"]
    annotated = [a for a in subclass if a.ann]
    graph = rdflib.Graph().parse(ontology_path(), format="xml")
    assert len(annotated) == len(list(graph.subjects(RDF.type, OWL.Axiom)))
    texts = {str(x) for a in annotated for x in a.ann}
    assert any("findingStrength" in t and '"typical"' in t for t in texts)
    assert any("terms/source" in t and "ACR BI-RADS US" in t for t in texts)
    assert len(onto.get_classes()) == len({s for s in graph.subjects(RDF.type, OWL.Class) if isinstance(s, URIRef)})
