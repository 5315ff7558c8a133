"""Loading the ontology into a :class:`Taxonomy` (cached per file version)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from udt.owl import vocab


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Load the shipped ontology, or the RDF/XML file at ``path``.

    Repeated calls for an unchanged file return the same object.

    >>> tax = load_taxonomy()                # doctest: +SKIP
    >>> [d.field for d in tax.dimensions][:2]  # doctest: +SKIP
    ['Diagnosis', 'Body_system_level']
    """
    from ontology import ontology_path

    resolved = Path(path).expanduser().resolve() if path is not None else ontology_path()
    try:
        stat = resolved.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        stamp = (0, 0)  # let the reader raise the precise error
    return _load(str(resolved), stamp)


@lru_cache(maxsize=8)
def _load(path: str, stamp: tuple[int, int]) -> Taxonomy:
    from rdflib import URIRef

    from udt.owl.read import parse_graph
    from udt.taxonomy.extract import extract

    graph = parse_graph(path)
    dimensions, concepts = extract(graph, path)
    ontology = URIRef(vocab.ONTOLOGY_IRI)
    version = graph.value(ontology, URIRef(vocab.OWL_NS + "versionInfo"))
    version_iri = graph.value(ontology, URIRef(vocab.OWL_NS + "versionIRI"))
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return Taxonomy(
        dimensions,
        concepts,
        source=path,
        version=str(version) if version is not None else None,
        version_iri=str(version_iri) if version_iri is not None else None,
        digest=digest,
    )


from udt.taxonomy.taxonomy import Taxonomy  # noqa: E402  (import cycle-free re-export for typing)
