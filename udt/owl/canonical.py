"""Canonical RDF/XML: one deterministic serialisation, so an unchanged ontology re-saves byte-identically
and a Protégé edit shows up as a small, readable diff.

Layout: the ontology header, then declared properties, then classes, then anything else; subjects sorted
by IRI; each subject's statements sorted by a fixed predicate order and then by value. Blank nodes used
once (OWL restrictions, lists) are nested where they are used; other blank nodes (axiom annotations,
``AllDisjointClasses``) follow at the end, ordered by their own canonical text.

A blank node used twice, as an annotated axiom's restriction is (the class's ``rdfs:subClassOf`` and the
``owl:Axiom``'s ``owl:annotatedTarget`` name the same node, as the OWL 2 RDF mapping and OWLAPI have it), is
written in full at its first use by a named subject, with an ``rdf:nodeID`` that the other uses refer to. The ID
is a hash of that use and the node's content, so adding one axiom never renumbers the others.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from xml.sax.saxutils import escape, quoteattr

import rdflib
from rdflib import BNode, Literal, URIRef

from udt.owl import vocab

_TYPE = URIRef(vocab.RDF_NS + "type")

# Typed node elements, most specific first: the first type a subject has in this list names its element.
_NODE_TYPES = [
    vocab.OWL_NS + "Ontology",
    vocab.OWL_NS + "AnnotationProperty",
    vocab.OWL_NS + "ObjectProperty",
    vocab.OWL_NS + "DatatypeProperty",
    vocab.OWL_NS + "Class",
    vocab.OWL_NS + "Restriction",
    vocab.OWL_NS + "NamedIndividual",
    vocab.OWL_NS + "Axiom",
    vocab.OWL_NS + "AllDisjointClasses",
]
_SECTION = {t: i for i, t in enumerate(_NODE_TYPES)}

# Predicates in the order a reader expects them; the rest follow alphabetically.
_PREDICATE_ORDER = [
    vocab.RDF_NS + "type",
    vocab.OWL_NS + "versionIRI",
    vocab.OWL_NS + "imports",
    vocab.OWL_NS + "onProperty",
    vocab.OWL_NS + "someValuesFrom",
    vocab.OWL_NS + "allValuesFrom",
    vocab.SUBCLASS_OF,
    vocab.OWL_NS + "equivalentClass",
    vocab.OWL_NS + "disjointWith",
    vocab.LABEL,
    vocab.DEFINITION,
    vocab.EXACT_SYNONYM,
    vocab.RELATED_SYNONYM,
    vocab.BROAD_SYNONYM,
    vocab.NARROW_SYNONYM,
    vocab.US365K_FIELD,
    vocab.US365K_LABEL,
    vocab.DIMENSION_ORDER,
    vocab.ORDINAL_RANK,
    vocab.ROLLS_UP,
    vocab.EXACT_MATCH,
    vocab.CLOSE_MATCH,
]
_PREDICATE_RANK = {p: i for i, p in enumerate(_PREDICATE_ORDER)}


class _Writer:
    def __init__(self, graph: rdflib.Graph) -> None:
        self.graph = graph
        # Only our fixed prefixes (rdflib binds dozens by default); others are minted as ns1, ns2...
        self.prefixes = dict(vocab.PREFIXES)
        self.bnode_uses: Counter[BNode] = Counter(o for o in graph.objects() if isinstance(o, BNode))
        self.shared_ids: dict[BNode, str] = {}  # node ids of blank nodes referenced more than once
        self.home: dict[BNode, tuple[rdflib.term.Node, URIRef]] = {}  # where a shared node is written in full

    # -- names -------------------------------------------------------------------------------------
    def qname(self, iri: str) -> str:
        best = ""
        for prefix, ns in self.prefixes.items():
            local = iri[len(ns):]
            if iri.startswith(ns) and len(ns) > len(self.prefixes.get(best, "")) and _is_ncname(local):
                best = prefix
        if best:
            return f"{best}:{iri[len(self.prefixes[best]):]}"
        # Split at the last '/' or '#' and mint a deterministic prefix.
        cut = max(iri.rfind("#"), iri.rfind("/")) + 1
        ns, local = iri[:cut], iri[cut:]
        if not _is_ncname(local):
            raise ValueError(f"cannot write predicate or type {iri!r} as an XML element name")
        prefix = f"ns{sum(1 for p in self.prefixes if p.startswith('ns')) + 1}"
        self.prefixes[prefix] = ns
        return f"{prefix}:{local}"

    # -- ordering ----------------------------------------------------------------------------------
    def predicate_key(self, predicate: URIRef) -> tuple[int, str]:
        return (_PREDICATE_RANK.get(str(predicate), len(_PREDICATE_RANK)), str(predicate))

    def object_key(self, obj: rdflib.term.Node) -> tuple[int, str]:
        if isinstance(obj, URIRef):
            return (0, str(obj))
        if isinstance(obj, Literal):
            return (1, f"{obj}\x00{obj.language or ''}\x00{obj.datatype or ''}")
        return (2, self.node_text(obj, 0, set()))

    def node_type(self, subject: rdflib.term.Node) -> str | None:
        types = {str(t) for t in self.graph.objects(subject, _TYPE)}
        for candidate in _NODE_TYPES:
            if candidate in types:
                return candidate
        return None

    # -- rendering ---------------------------------------------------------------------------------
    def node_text(self, subject: rdflib.term.Node, depth: int, stack: set[rdflib.term.Node]) -> str:
        pad = "    " * depth
        element_type = self.node_type(subject)
        element = self.qname(element_type) if element_type else "rdf:Description"
        if isinstance(subject, URIRef):
            head = f"{pad}<{element} rdf:about={quoteattr(str(subject))}"
        else:
            head = f"{pad}<{element}"
        statements = sorted(
            (
                (p, o)
                for p, o in self.graph.predicate_objects(subject)
                if not (p == _TYPE and str(o) == element_type)
            ),
            key=lambda po: (self.predicate_key(po[0]), self.object_key(po[1])),
        )
        if not statements:
            return head + "/>"
        lines = [head + ">"]
        stack = stack | {subject}
        for predicate, obj in statements:
            lines.append(self.statement_text(subject, predicate, obj, depth + 1, stack))
        lines.append(f"{pad}</{element}>")
        return "\n".join(lines)

    def statement_text(
        self,
        subject: rdflib.term.Node,
        predicate: URIRef,
        obj: rdflib.term.Node,
        depth: int,
        stack: set[rdflib.term.Node],
    ) -> str:
        pad = "    " * depth
        name = self.qname(str(predicate))
        if isinstance(obj, URIRef):
            return f"{pad}<{name} rdf:resource={quoteattr(str(obj))}/>"
        if isinstance(obj, Literal):
            attrs = ""
            if obj.language:
                attrs = f" xml:lang={quoteattr(obj.language)}"
            elif obj.datatype:
                attrs = f" rdf:datatype={quoteattr(str(obj.datatype))}"
            return f"{pad}<{name}{attrs}>{escape(str(obj))}</{name}>"
        if obj not in stack and (self.bnode_uses[obj] == 1 or self.home.get(obj) == (subject, predicate)):
            inner = self.node_text(obj, depth + 1, stack)
            if self.bnode_uses[obj] > 1:
                inner = _with_node_id(inner, self.node_id(obj))
            return f"{pad}<{name}>\n{inner}\n{pad}</{name}>"
        return f"{pad}<{name} rdf:nodeID={quoteattr(self.node_id(obj))}/>"

    def node_id(self, node: BNode) -> str:
        return self.shared_ids[node]

    def document(self) -> str:
        subjects = {s for s in self.graph.subjects() if isinstance(s, URIRef)}
        sections: dict[int, list[URIRef]] = defaultdict(list)
        for subject in subjects:
            element_type = self.node_type(subject)
            sections[_SECTION.get(element_type or "", len(_SECTION))].append(subject)
        # Blank nodes that cannot nest: top-level (unreferenced) or shared by several statements.
        loose = {
            s for s in self.graph.subjects() if isinstance(s, BNode) and self.bnode_uses[s] != 1
        }
        shared_all = [b for b, n in self.bnode_uses.items() if n > 1]
        for bnode in shared_all:
            named = [(s, p) for s, p in self.graph.subject_predicates(bnode) if isinstance(s, URIRef)]
            if named:
                self.home[bnode] = min(named, key=lambda sp: (str(sp[0]), self.predicate_key(sp[1])))
        self.assign_ids(shared_all)
        shared = sorted(
            (b for b in loose if self.bnode_uses[b] > 1 and b not in self.home), key=lambda b: self.node_text_safe(b)
        )
        body: list[str] = []
        for section in sorted(sections):
            for subject in sorted(sections[section], key=str):
                body.append(self.node_text(subject, 1, set()))
        loose_texts = sorted(self.node_text(b, 1, set()) for b in loose if self.bnode_uses[b] == 0)
        body.extend(loose_texts)
        for bnode in shared:
            body.append(_with_node_id(self.node_text(bnode, 1, set()), self.shared_ids[bnode]))
        ns_attrs = "\n".join(
            f"    xmlns:{prefix}={quoteattr(ns)}" for prefix, ns in self.prefixes.items()
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            f"<rdf:RDF\n{ns_attrs}>\n" + "\n\n".join(body) + "\n</rdf:RDF>\n"
        )

    def assign_ids(self, shared: list[BNode]) -> None:
        """Content-derived node IDs: a hash of the node's home use (if any) and its text, so they are stable."""
        keyed = []
        for bnode in shared:
            subject, predicate = self.home.get(bnode, ("", ""))
            text = self.node_text_safe(bnode)
            digest = hashlib.sha1(f"{subject}\x00{predicate}\x00{text}".encode()).hexdigest()[:12]
            keyed.append((f"b{digest}", text, bnode))
        keyed.sort(key=lambda k: (k[0], k[1]))
        seen: Counter[str] = Counter()
        for base, _text, bnode in keyed:
            seen[base] += 1
            self.shared_ids[bnode] = base if seen[base] == 1 else f"{base}-{seen[base]}"

    def node_text_safe(self, node: BNode) -> str:
        # Used only to order shared blank nodes before their ids exist: render them as if used once.
        saved = dict(self.bnode_uses)
        self.bnode_uses = Counter({k: min(v, 1) for k, v in saved.items()})
        try:
            return self.node_text(node, 0, set())
        finally:
            self.bnode_uses = Counter(saved)


def _with_node_id(text: str, node_id: str) -> str:
    """``text`` (a rendered node element) with ``rdf:nodeID`` on its opening tag."""
    first_line, _, rest = text.partition("\n")
    if first_line.endswith("/>"):
        first_line = first_line[:-2].rstrip() + f" rdf:nodeID={quoteattr(node_id)}/>"
    else:
        first_line = first_line[:-1] + f" rdf:nodeID={quoteattr(node_id)}>"
    return first_line + ("\n" + rest if rest else "")


def _is_ncname(local: str) -> bool:
    return bool(local) and (local[0].isalpha() or local[0] == "_") and all(
        ch.isalnum() or ch in "_-." for ch in local
    )


def serialize(graph: rdflib.Graph) -> str:
    """The canonical RDF/XML text of ``graph``."""
    # Render the body first: qname() may mint prefixes that the header must then declare.
    writer = _Writer(graph)
    return writer.document()
