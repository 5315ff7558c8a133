"""Safe loading of an RDF/XML ontology file into an rdflib graph.

The file is screened before any XML parser sees it: external entities (``SYSTEM``/``PUBLIC``), parameter
entities and entities that reference other entities (the "billion laughs" pattern) are refused, so loading
never touches the network or the local file system beyond the file itself. Plain internal entities, as
Protégé writes them for namespace abbreviations, are allowed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from udt.errors import OntologyError

if TYPE_CHECKING:
    import rdflib

MAX_ONTOLOGY_BYTES = 64 * 1024 * 1024
MAX_INTERNAL_ENTITIES = 256

_DOCTYPE = re.compile(rb"<!DOCTYPE\s+(?P<head>[^\[>]*)(?:\[(?P<body>.*?)\])?\s*>", re.DOTALL)
_ENTITY = re.compile(rb"<!ENTITY\s+(?P<param>%\s+)?(?P<name>[^\s]+)\s+(?P<rest>.*?)>", re.DOTALL)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def screen_xml(data: bytes, path: Path) -> None:
    """Refuse DOCTYPE constructs that could read files, reach the network or expand without bound."""
    match = _DOCTYPE.search(data)
    if match is None:
        return
    body = match.group("body") or b""
    if re.search(rb"\b(SYSTEM|PUBLIC)\b", match.group("head")):
        raise OntologyError(
            "ontology.external_dtd",
            f"{path}:{_line_of(data, match.start())}: the DOCTYPE references an external DTD",
            "remove the external DTD; udt never loads external resources",
        )
    entities = list(_ENTITY.finditer(body))
    if len(entities) > MAX_INTERNAL_ENTITIES:
        raise OntologyError(
            "ontology.entity_limit",
            f"{path}: the DOCTYPE declares {len(entities)} entities (limit {MAX_INTERNAL_ENTITIES})",
            "use namespace prefixes instead of XML entities",
        )
    for entity in entities:
        line = _line_of(data, match.start("body") + entity.start())  # body exists when entities do
        rest = entity.group("rest")
        if entity.group("param") or re.search(rb"\b(SYSTEM|PUBLIC)\b", rest):
            raise OntologyError(
                "ontology.external_entity",
                f"{path}:{line}: entity {entity.group('name').decode(errors='replace')!r} is external "
                "or a parameter entity",
                "udt refuses XML external entities; inline the value",
            )
        if b"&" in rest or b"%" in rest:
            raise OntologyError(
                "ontology.nested_entity",
                f"{path}:{line}: entity {entity.group('name').decode(errors='replace')!r} references "
                "another entity",
                "nested entities are refused (entity-expansion protection); inline the value",
            )


def read_bytes(path: Path) -> bytes:
    """Read an ontology file, with clear errors for missing, empty, oversized or unsafe files."""
    if not path.exists():
        raise OntologyError("ontology.missing", f"{path}: no such ontology file", "check the path")
    if not path.is_file():
        raise OntologyError("ontology.not_a_file", f"{path}: is not a file", "give the path of an .owl file")
    size = path.stat().st_size
    if size == 0:
        raise OntologyError("ontology.empty", f"{path}: the ontology file is empty", "restore udt.owl")
    if size > MAX_ONTOLOGY_BYTES:
        raise OntologyError(
            "ontology.too_large",
            f"{path}: {size} bytes exceeds the {MAX_ONTOLOGY_BYTES} byte limit",
            "is this the right file?",
        )
    data = path.read_bytes()
    screen_xml(data, path)
    return data


def parse_graph(path: str | Path) -> rdflib.Graph:
    """Parse RDF/XML into an rdflib graph; malformed XML raises ``OntologyError`` naming file and line."""
    import xml.sax

    import rdflib

    path = Path(path)
    data = read_bytes(path)
    graph = rdflib.Graph()
    try:
        graph.parse(data=data, format="xml", publicID=path.resolve().as_uri())
    except xml.sax.SAXParseException as exc:
        raise OntologyError(
            "ontology.malformed",
            f"{path}:{exc.getLineNumber()}: malformed RDF/XML ({exc.getMessage()})",
            "fix the XML or restore the file with `git checkout ontology/udt.owl`",
        ) from None
    except Exception as exc:  # rdflib raises several unrelated types for bad RDF
        raise OntologyError(
            "ontology.malformed",
            f"{path}: not valid RDF/XML ({type(exc).__name__}: {exc})",
            "the ontology must be RDF/XML (save from Protégé as RDF/XML)",
        ) from None
    if len(graph) == 0:
        raise OntologyError("ontology.empty", f"{path}: contains no RDF statements", "restore udt.owl")
    return graph
