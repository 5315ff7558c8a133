"""Test helper: an edited copy of the shipped ontology, as a user would make in Protégé.

``ontology_with_new_organ(tmp_path)`` adds one released UHAT organ (a new ``Organ_level`` value, under a body
system, with a synonym the report parser can match) and writes the result in the canonical RDF/XML form.
Tests for "the user's ontology is carried everywhere" (parse, phantom, train, embed with ``--ontology``) use it.

>>> path = ontology_with_new_organ(tmp_path)                       # doctest: +SKIP
>>> udt.load_taxonomy(path).by_us365k("Organ_level", "Test organ")  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

NEW_ORGAN_DEFINITION = "An organ added by the test suite to check that an edited ontology is used everywhere."


def ontology_with_new_organ(
    tmp_path: Path,
    label: str = "Test organ",
    synonym: str = "zyglandula",
    *,
    body_system: str = "Abdomen and retroperitoneum",
    name: str = "udt-edited.owl",
) -> Path:
    """Write ``tmp_path/name``: the shipped ontology plus one organ ``label`` (released US-365K string ``label``,
    exact synonym ``synonym``) under ``body_system`` (a released Body_system_level string). Returns its path.

    The new class gets the next free UDT ID, so its IRI never collides with a shipped one.
    """
    from rdflib import Literal, URIRef
    from rdflib.namespace import OWL, RDF, RDFS

    from ontology import ontology_path
    from udt.owl import vocab
    from udt.owl.canonical import serialize
    from udt.owl.read import parse_graph
    from udt.taxonomy import load_taxonomy

    shipped = load_taxonomy(ontology_path())
    system = shipped.by_us365k("Body_system_level", body_system)
    if system is None:
        raise ValueError(f"no released body system {body_system!r}")
    organ_dimension = shipped.dimension("Organ_level")
    used = [int(c.iri.rsplit("_", 1)[1]) for c in shipped if c.iri.startswith(vocab.UDT_NS + vocab.ID_PREFIX)]
    new = URIRef(f"{vocab.UDT_NS}{vocab.ID_PREFIX}{max(used) + 1:07d}")

    graph = parse_graph(ontology_path())
    graph.add((new, RDF.type, OWL.Class))
    graph.add((new, RDFS.subClassOf, URIRef(organ_dimension.iri)))
    graph.add((new, RDFS.subClassOf, URIRef(system.iri)))
    graph.add((new, RDFS.label, Literal(label.casefold(), lang="en")))
    graph.add((new, URIRef(vocab.DEFINITION), Literal(NEW_ORGAN_DEFINITION, lang="en")))
    graph.add((new, URIRef(vocab.EXACT_SYNONYM), Literal(synonym, lang="en")))
    graph.add((new, URIRef(vocab.US365K_LABEL), Literal(label)))

    tmp_path.mkdir(parents=True, exist_ok=True)
    out = tmp_path / name
    out.write_text(serialize(graph), encoding="utf-8")
    return out
