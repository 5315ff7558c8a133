"""Reading the ontology safely and writing it canonically."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from ontology import ontology_path
from udt.errors import OntologyError
from udt.owl.canonical import serialize
from udt.owl.read import parse_graph
from udt.taxonomy import load_taxonomy

MINIMAL_BODY = """<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:owl="http://www.w3.org/2002/07/owl#">
 <owl:Class rdf:about="https://w3id.org/udt/UDT_0000001"><rdfs:label>&payload;</rdfs:label></owl:Class>
</rdf:RDF>
"""


def _write(tmp_path: Path, text: str, name: str = "x.owl") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_file_is_canonical_and_resaves_byte_identically():
    text = ontology_path().read_text(encoding="utf-8")
    assert serialize(parse_graph(ontology_path())) == text


def test_canonical_form_is_independent_of_input_layout(tmp_path):
    import rdflib

    graph = parse_graph(ontology_path())
    turtle = graph.serialize(format="turtle")
    shuffled = rdflib.Graph()
    shuffled.parse(data=turtle, format="turtle")
    assert serialize(shuffled) == ontology_path().read_text(encoding="utf-8")


def test_round_trip_preserves_every_triple(tmp_path):
    from rdflib.compare import isomorphic

    graph = parse_graph(ontology_path())
    copy = _write(tmp_path, serialize(graph))
    assert isomorphic(graph, parse_graph(copy))


def test_external_entity_is_refused(tmp_path):
    secret = _write(tmp_path, "TOP SECRET", "secret.txt")
    doctype = f'<!DOCTYPE rdf:RDF [\n<!ENTITY payload SYSTEM "{secret.as_uri()}">\n]>\n'
    doc = '<?xml version="1.0"?>\n' + doctype + MINIMAL_BODY
    with pytest.raises(OntologyError, match="external") as info:
        parse_graph(_write(tmp_path, doc))
    assert "x.owl:3" in str(info.value)


def test_url_entity_is_refused(tmp_path):
    doc = '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY payload PUBLIC "-//x" "http://example.org/x">]>\n'
    with pytest.raises(OntologyError, match="external"):
        parse_graph(_write(tmp_path, doc + MINIMAL_BODY))


def test_external_dtd_is_refused(tmp_path):
    doc = '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF SYSTEM "http://example.org/evil.dtd">\n'
    with pytest.raises(OntologyError, match="external DTD"):
        parse_graph(_write(tmp_path, doc + MINIMAL_BODY.replace("&payload;", "x")))


def test_entity_expansion_bomb_is_refused_quickly(tmp_path):
    entities = ['<!ENTITY a0 "lol">'] + [f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)]
    doc = '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n' + "\n".join(entities) + "\n<!ENTITY payload \"&a9;\">\n]>\n"
    start = time.perf_counter()
    with pytest.raises(OntologyError, match="nested"):
        parse_graph(_write(tmp_path, doc + MINIMAL_BODY))
    assert time.perf_counter() - start < 1.0


def test_plain_internal_entities_as_protege_writes_them_are_fine(tmp_path):
    doc = (
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY owl "http://www.w3.org/2002/07/owl#">\n'
        '<!ENTITY payload "liver">\n]>\n' + MINIMAL_BODY
    )
    graph = parse_graph(_write(tmp_path, doc))
    assert "liver" in {str(o) for o in graph.objects()}


@pytest.mark.parametrize(
    ("content", "pattern"),
    [
        (None, "no such ontology file"),
        ("", "empty"),
        ("<rdf:RDF><owl:Class>", r"x\.owl:1: malformed"),
        ("not xml at all", "malformed"),
    ],
)
def test_bad_files_give_one_clear_error(tmp_path, content, pattern):
    path = tmp_path / "x.owl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(OntologyError, match=pattern) as info:
        load_taxonomy(path)
    assert "\n" not in info.value.one_line()


def test_other_owl_tools_read_the_file(tmp_path):
    owlready2 = pytest.importorskip("owlready2")
    pronto = pytest.importorskip("pronto")
    tax = load_taxonomy()
    world = owlready2.World()
    onto = world.get_ontology(ontology_path().as_uri()).load(only_local=True)
    assert len(list(onto.classes())) == len(tax)
    copy = tmp_path / "udt.owl"
    shutil.copy(ontology_path(), copy)
    ont = pronto.Ontology(str(copy))
    liver = tax.by_us365k("Organ_level", "Liver")
    assert ont[liver.iri].name == liver.label


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_hermit_finds_the_ontology_consistent():
    from udt.owl.check import _hermit

    issues = _hermit(ontology_path())
    assert [i.message for i in issues if i.rule == "reasoner"] == ["HermiT: consistent"]
    assert not [i for i in issues if i.level == "ERROR"]


def test_shared_and_loose_blank_nodes_round_trip_canonically():
    import rdflib
    from rdflib import BNode, Literal, URIRef
    from rdflib.compare import isomorphic

    sub, label = URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"), URIRef(
        "http://www.w3.org/2000/01/rdf-schema#label"
    )
    graph, shared, loose = rdflib.Graph(), BNode(), BNode()
    graph.add((URIRef("https://w3id.org/udt/UDT_0000001"), sub, shared))
    graph.add((URIRef("https://w3id.org/udt/UDT_0000002"), sub, shared))
    graph.add((shared, label, Literal("shared")))
    graph.add((loose, label, Literal("loose")))
    text = serialize(graph)
    assert text.count("rdf:nodeID=") == 2  # in full under its first named user (with its id), then referred to
    reread = rdflib.Graph().parse(data=text, format="xml")
    assert isomorphic(graph, reread)
    assert serialize(reread) == text
