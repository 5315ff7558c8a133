"""Safe loading of an RDF/XML ontology file into an rdflib graph.

Before rdflib or owlready2 see the bytes, an expat parser reads the whole file with handlers that refuse, at the
moment the parser meets them: an external DTD, external (``SYSTEM``/``PUBLIC``) and unparsed entities, parameter
entities, and entities whose value holds a reference or markup (the "billion laughs" pattern). The parser, not a
pattern over the text, decides what is a declaration, so a decoy ``<!DOCTYPE`` inside a comment or a ``]>``
inside an entity value cannot hide one. Loading therefore never touches the network or the file system beyond
the file itself and never expands entities without bound. Plain literal internal entities, as Protégé writes
them for namespace abbreviations (``<!ENTITY owl "http://www.w3.org/2002/07/owl#">``), are allowed: each
expands to a short fixed string.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING
from xml.parsers import expat

from udt.errors import OntologyError

if TYPE_CHECKING:
    import rdflib

MAX_ONTOLOGY_BYTES = 64 * 1024 * 1024
MAX_INTERNAL_ENTITIES = 256
# A namespace IRI is well under this; a longer value is no abbreviation and could amplify a small file.
MAX_ENTITY_VALUE_CHARS = 2048

# Turtle's first statement (after comments): a prefix or base declaration, SPARQL-style or @-style.
_TURTLE_START = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:\s*#[^\n]*\n)*\s*(?:@prefix|@base|PREFIX\s|BASE\s)", re.IGNORECASE)

_TURTLE_HINT = (
    "udt reads RDF/XML only; convert it, e.g. "
    "`python -c \"import rdflib,sys; rdflib.Graph().parse(sys.argv[1]).serialize(sys.argv[2], format='pretty-xml')\" "
    "in.ttl out.owl` or `robot convert --input in.ttl --output out.owl`"
)


class _Refused(Exception):
    """Raised inside an expat handler; carries the error code, the reason and the fix."""

    def __init__(self, code: str, why: str, hint: str) -> None:
        super().__init__(why)
        self.code, self.why, self.hint = code, why, hint


def _refuse_doctype(name: str, system_id: str | None, public_id: str | None, has_internal_subset: int) -> None:
    if system_id or public_id:
        raise _Refused(
            "ontology.external_dtd",
            f"the DOCTYPE references an external DTD ({system_id or public_id})",
            "remove the external DTD; udt never loads external resources",
        )


def _entity_screen() -> tuple[object, list[int]]:
    """An ``EntityDeclHandler`` that refuses unsafe entities, and the running count it keeps."""
    count = [0]

    def on_entity(
        name: str,
        is_parameter_entity: int,
        value: str | None,
        base: str | None,
        system_id: str | None,
        public_id: str | None,
        notation_name: str | None,
    ) -> None:
        count[0] += 1
        if is_parameter_entity:
            raise _Refused(
                "ontology.external_entity",
                f"parameter entity {name!r} is declared",
                "udt refuses parameter entities; inline the value",
            )
        if system_id or public_id or notation_name:
            raise _Refused(
                "ontology.external_entity",
                f"entity {name!r} is external ({system_id or public_id or notation_name})",
                "udt refuses XML external entities; inline the value",
            )
        if count[0] > MAX_INTERNAL_ENTITIES:
            raise _Refused(
                "ontology.entity_limit",
                f"the DOCTYPE declares more than {MAX_INTERNAL_ENTITIES} entities",
                "use namespace prefixes instead of XML entities",
            )
        text = value or ""
        if any(mark in text for mark in "&%<"):
            raise _Refused(
                "ontology.nested_entity",
                f"entity {name!r} references another entity or holds markup",
                "nested entities are refused (entity-expansion protection); inline the value",
            )
        if len(text) > MAX_ENTITY_VALUE_CHARS:
            raise _Refused(
                "ontology.entity_limit",
                f"entity {name!r} is {len(text)} characters long (limit {MAX_ENTITY_VALUE_CHARS})",
                "entities are for namespace abbreviations; inline long text",
            )

    return on_entity, count


def _refuse_external_reference(context: str, base: str | None, system_id: str | None, public_id: str | None) -> int:
    raise _Refused(
        "ontology.external_entity",
        f"an external entity is referenced ({system_id or public_id})",
        "udt refuses XML external entities; inline the value",
    )


def _refuse_unparsed(name: str, base: str | None, system_id: str, public_id: str | None, notation: str) -> None:
    raise _Refused(
        "ontology.external_entity",
        f"unparsed external entity {name!r} is declared ({system_id})",
        "udt refuses XML external entities",
    )


def looks_like_turtle(data: bytes) -> bool:
    """True when the text starts like Turtle (``@prefix``, ``PREFIX``, ...), which udt does not read."""
    return _TURTLE_START.match(data[:4096]) is not None


def screen_xml(data: bytes, path: Path) -> None:
    """Pre-parse ``data`` with expat; refuse unsafe DTD constructs and malformed XML with one clear error."""
    if looks_like_turtle(data):
        raise OntologyError("ontology.turtle", f"{path}: is Turtle, which udt does not read", _TURTLE_HINT)
    parser = expat.ParserCreate()
    # Parameter entities and the external DTD subset are never fetched; the handlers below refuse them anyway.
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    on_entity, _count = _entity_screen()
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = on_entity
    parser.UnparsedEntityDeclHandler = _refuse_unparsed
    parser.ExternalEntityRefHandler = _refuse_external_reference
    try:
        parser.Parse(data, True)
    except _Refused as refused:
        raise OntologyError(refused.code, f"{path}:{parser.CurrentLineNumber}: {refused.why}", refused.hint) from None
    except expat.ExpatError as exc:
        raise OntologyError(
            "ontology.malformed",
            f"{path}:{exc.lineno}: malformed RDF/XML ({expat.ErrorString(exc.code)})",
            "fix the XML; the ontology must be RDF/XML as Protégé saves it",
        ) from None


def read_bytes(path: Path, screen: bool = True) -> bytes:
    """Read an ontology file, with clear errors for missing, empty, oversized or unsafe files (``screen=False``
    leaves the XML screen to the caller, who runs :func:`screen_xml` before the bytes reach an XML parser)."""
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
    if screen:
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
