"""Loading the ontology into a :class:`Taxonomy` (cached per file version)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from udt.owl import vocab
from udt.taxonomy.taxonomy import Taxonomy


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Load the shipped ontology, or the RDF/XML file at ``path``.

    Repeated calls for an unchanged file return the same object; across processes a JSON snapshot keyed by the
    file's SHA-256 skips the RDF parse (see :mod:`udt.taxonomy.snapshot`).

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
    from udt.owl.read import read_bytes, screen_xml
    from udt.taxonomy.snapshot import read_snapshot, write_snapshot

    data = read_bytes(Path(path), screen=False)
    digest = hashlib.sha256(data).hexdigest()
    snapshot = read_snapshot(digest)
    # A snapshot is written only after these very bytes (same SHA-256) passed the XML screen and parsed, so a
    # hit needs no second screen (an expat pass over the whole file: about a fifth of a cached load).
    if snapshot is None:
        screen_xml(data, Path(path))
    else:
        return Taxonomy(
            snapshot["dimensions"],
            snapshot["concepts"],
            source=path,
            version=snapshot["version"],
            version_iri=snapshot["version_iri"],
            digest=digest,
        )

    from rdflib import URIRef

    from udt.owl.read import parse_graph
    from udt.taxonomy.extract import extract

    graph = parse_graph(path)
    dimensions, concepts = extract(graph, path)
    ontology = URIRef(vocab.ONTOLOGY_IRI)
    version = graph.value(ontology, URIRef(vocab.OWL_NS + "versionInfo"))
    version_iri = graph.value(ontology, URIRef(vocab.OWL_NS + "versionIRI"))
    version_text = str(version) if version is not None else None
    version_iri_text = str(version_iri) if version_iri is not None else None
    write_snapshot(digest, dimensions, concepts, version_text, version_iri_text)
    return Taxonomy(
        dimensions, concepts, source=path, version=version_text, version_iri=version_iri_text, digest=digest
    )
