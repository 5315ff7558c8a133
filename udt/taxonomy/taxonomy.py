"""The frozen, typed view of the ontology that the rest of udt (and other projects) work with."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from udt.errors import DataError, OntologyError
from udt.owl import vocab
from udt.taxonomy.concept import Concept, Dimension, FindingLink, lookup_key

if TYPE_CHECKING:
    import networkx as nx

    from udt.taxonomy.tirads import TiradsScore
    from udt.taxonomy.validate import LabelValidation

def children_index(concepts: Mapping[str, Concept]) -> dict[str, tuple[str, ...]]:
    """Parent IRI -> sorted child IRIs."""
    children: dict[str, list[str]] = {}
    for concept in concepts.values():
        for parent in concept.parents:
            children.setdefault(parent, []).append(concept.iri)
    return {k: tuple(sorted(v)) for k, v in children.items()}


# Match strength of a look-up key, strongest first.
_LABEL, _RELEASED, _EXACT, _RELATED = range(4)


class Taxonomy:
    """Concepts, dimensions and hierarchy of the UDT ontology.

    >>> tax = load_taxonomy()                                    # doctest: +SKIP
    >>> tax.normalize("Echogenicity", "echo-poor").us365k_label  # doctest: +SKIP
    'hypoechoic'
    """

    def __init__(
        self,
        dimensions: tuple[Dimension, ...],
        concepts: Mapping[str, Concept],
        *,
        source: str,
        version: str | None = None,
        version_iri: str | None = None,
        digest: str = "",
    ) -> None:
        self._dimensions = dimensions
        self._concepts: Mapping[str, Concept] = MappingProxyType(dict(concepts))
        self._children = MappingProxyType(children_index(dict(concepts)))
        self.source = source
        self.version = version
        self.version_iri = version_iri
        self.digest = digest
        self._by_field = {d.field: d for d in dimensions}
        self._dimension_alias: dict[str, Dimension] = {}
        for d in dimensions:
            for name in (d.field, d.label, d.iri, vocab.iri_to_curie(d.iri)):
                self._dimension_alias[lookup_key(name)] = d
        self._keys: dict[str, list[tuple[int, str]]] = {}
        for concept in self._concepts.values():
            entries = [(_LABEL, concept.label), (_EXACT, concept.curie), (_EXACT, concept.iri)]
            if concept.us365k_label:
                entries.append((_RELEASED, concept.us365k_label))
            entries += [(_EXACT, s) for s in concept.exact_synonyms]
            entries += [(_RELATED, s) for s in concept.related_synonyms]
            for strength, text in entries:
                bucket = self._keys.setdefault(lookup_key(text), [])
                if (strength, concept.iri) not in bucket:
                    bucket.append((strength, concept.iri))
        dim_index = {d.field: d.index for d in dimensions}
        for bucket in self._keys.values():
            bucket.sort(
                key=lambda e: (
                    e[0],
                    self._concepts[e[1]].deprecated,
                    dim_index.get(self._concepts[e[1]].dimension or "", 99),
                    e[1],
                )
            )

    # -- basic access ----------------------------------------------------------------------------
    @property
    def dimensions(self) -> tuple[Dimension, ...]:
        """The nine dimensions in US-365K field order."""
        return self._dimensions

    @property
    def fields(self) -> tuple[str, ...]:
        """The nine US-365K field names, in order."""
        return tuple(d.field for d in self._dimensions)

    @property
    def concepts(self) -> Mapping[str, Concept]:
        """All concepts by IRI (read-only)."""
        return self._concepts

    def __iter__(self) -> Iterator[Concept]:
        return iter(self._concepts.values())

    def __len__(self) -> int:
        return len(self._concepts)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.find(key) is not None

    def dimension(self, name: str) -> Dimension:
        """A dimension by US-365K field, label, IRI or CURIE (``"Echogenicity"``, ``"organ"``...)."""
        found = self._dimension_alias.get(lookup_key(name))
        if found is None:
            raise DataError(
                "taxonomy.unknown_dimension",
                f"unknown dimension {name!r}",
                f"use one of {', '.join(self.fields)}",
            )
        return found

    # -- look-up ---------------------------------------------------------------------------------
    def lookup(self, text: str, dimension: str | None = None) -> list[Concept]:
        """Every concept whose label, released string, synonym, IRI or CURIE matches ``text``.

        Strongest matches first (label, released string, exact synonym, related synonym).
        """
        entries = self._keys.get(lookup_key(text), [])
        field = self.dimension(dimension).field if dimension else None
        concepts = [self._concepts[iri] for iri in dict.fromkeys(iri for _, iri in entries)]
        if field is not None:
            concepts = [c for c in concepts if c.dimension == field]
        return concepts

    def find(self, text: str, dimension: str | None = None) -> Concept | None:
        """The best match for ``text`` (see :meth:`lookup`), or ``None``."""
        if text in self._concepts:
            return self._concepts[text]
        matches = self.lookup(text, dimension)
        return matches[0] if matches else None

    def concept(self, text: str, dimension: str | None = None) -> Concept:
        """Like :meth:`find`, but an unknown term raises ``DataError``."""
        found = self.find(text, dimension)
        if found is None:
            where = f" in {self.dimension(dimension).field}" if dimension else ""
            raise DataError(
                "taxonomy.unknown_concept",
                f"no concept{where} matches {text!r}",
                "check the spelling, or add the term as a synonym in ontology/udt.owl",
            )
        return found

    def normalize(self, dimension: str, text: str, *, rollup: bool = False) -> Concept | None:
        """The concept of ``dimension`` that ``text`` names; with ``rollup``, its released value."""
        found = self.find(text, dimension)
        if found is None or not rollup:
            return found
        return self.rollup(found)

    # -- hierarchy -------------------------------------------------------------------------------
    def parents(self, concept: Concept | str) -> tuple[Concept, ...]:
        c = self._resolve(concept)
        return tuple(self._concepts[p] for p in c.parents if p in self._concepts)

    def children(self, concept: Concept | str) -> tuple[Concept, ...]:
        c = self._resolve(concept)
        return tuple(self._concepts[i] for i in self._children.get(c.iri, ()))

    def ancestors(self, concept: Concept | str) -> list[Concept]:
        """All superclasses, nearest first (breadth-first), without the concept itself."""
        return [self._concepts[i] for i in self._walk(self._resolve(concept).iri, up=True)]

    def descendants(self, concept: Concept | str) -> list[Concept]:
        """All subclasses, nearest first, without the concept itself."""
        return [self._concepts[i] for i in self._walk(self._resolve(concept).iri, up=False)]

    def _walk(self, start: str, *, up: bool) -> list[str]:
        order: list[str] = []
        seen = {start}
        frontier = [start]
        while frontier:
            nxt: list[str] = []
            for iri in frontier:
                neighbours = self._concepts[iri].parents if up else self._children.get(iri, ())
                for n in neighbours:
                    if n not in seen and n in self._concepts:
                        seen.add(n)
                        order.append(n)
                        nxt.append(n)
            frontier = nxt
        return order

    def rollup(self, concept: Concept | str) -> Concept | None:
        """The released US-365K value a concept rolls up to, in its own dimension.

        ``None`` for a finer concept marked as not rolling up (``udt:rollsUp false``), and for the
        dimension classes.
        """
        c = self._resolve(concept)
        if c.us365k_label is not None:
            return c
        if not c.rolls_up or c.dimension is None:
            return None
        for ancestor in self.ancestors(c):
            if not ancestor.rolls_up:
                return None
            if ancestor.us365k_label is not None and ancestor.dimension == c.dimension:
                return ancestor
        return None

    def rollups(self, concept: Concept | str) -> dict[str, Concept]:
        """Every released value a concept implies, by field: a thyroid lobe gives the organ *Thyroid
        gland* and the body system *Head and Neck*."""
        c = self._resolve(concept)
        out: dict[str, Concept] = {}
        own = self.rollup(c)
        if own is not None and own.dimension:
            out[own.dimension] = own
        if c.dimension is not None and not c.rolls_up:
            return out
        for ancestor in [c, *self.ancestors(c)]:
            if ancestor.us365k_label and ancestor.dimension and ancestor.dimension not in out:
                out[ancestor.dimension] = ancestor
        return out

    def _resolve(self, concept: Concept | str) -> Concept:
        return concept if isinstance(concept, Concept) else self.concept(concept)

    def resolve(self, field: str, value: str, *, rollup: bool = True) -> Concept | None:
        """The concept a US-365K label value names in ``field``: the released string of that field, else a
        label, synonym, IRI or CURIE of a concept in that field; then (``rollup=True``) its released value.

        ``None`` when nothing in the field matches, or when a finer concept has no released value to roll up
        to. This is the one place that sequence lives; label validation, the graph encoder, the similarity
        matrices and the evaluation targets all call it.

        >>> tax.resolve("Echogenicity", "echo-poor").us365k_label   # doctest: +SKIP
        'hypoechoic'
        >>> tax.resolve("Margins", "spiculated").us365k_label       # doctest: +SKIP
        'ill-defined/indistinct'
        """
        field = self.dimension(field).field
        text = value.strip()
        if not text:
            return None
        found = self.by_us365k(field, text)
        if found is None and text in self._concepts:  # an IRI: only a concept of this field will do
            found = self._concepts[text] if self._concepts[text].dimension == field else None
        elif found is None:
            matches = self.lookup(text, field)
            found = matches[0] if matches else None
        if found is None or not rollup:
            return found
        return self.rollup(found)

    # -- clinical knowledge (udt:hasTypicalSite / udt:hasTypicalFinding restrictions) -------------
    def _with_ancestors(self, concept: Concept | str) -> list[Concept]:
        c = self._resolve(concept)
        return [c, *self.ancestors(c)]

    def _most_specific(self, concepts: Iterable[Concept]) -> tuple[Concept, ...]:
        """``concepts`` without any that is an ancestor of another (kidney is implied by renal sinus)."""
        unique = list(dict.fromkeys(concepts))
        implied = {a.iri for c in unique for a in self.ancestors(c)}
        return tuple(c for c in unique if c.iri not in implied)

    def sites(self, concept: Concept | str) -> tuple[Concept, ...]:
        """Where a diagnosis typically occurs: the ``udt:hasTypicalSite`` targets (UHAT organs or finer
        structures), ``()`` if none is declared.

        As OWL subclassing implies, a concept also has its ancestors' sites; a site implied by a more specific
        one (kidney by renal sinus) is left out. A "some (A or B)" restriction is satisfied by a site already
        under A or B; otherwise its alternatives are all listed.

        >>> [s.label for s in tax.sites("gallstone")]   # doctest: +SKIP
        ['gallbladder']
        """
        chosen: list[Concept] = []

        def covered(target: Concept) -> bool:
            return any(c.iri == target.iri or target in self.ancestors(c) for c in chosen)

        for level in self._with_ancestors(concept):
            plain = [self._concepts[i] for i in level.sites if i in self._concepts]
            chosen += [t for t in plain if not covered(t)]
            for members in level.site_unions:
                options = [self._concepts[i] for i in members if i in self._concepts]
                if not any(covered(o) for o in options):
                    chosen += options
        return self._most_specific(chosen)

    def finding_links(self, concept: Concept | str, *, include_possible: bool = True) -> tuple[FindingLink, ...]:
        """The ``udt:hasTypicalFinding`` axioms of a concept and its ancestors, with strength and source."""
        links = [
            link
            for c in self._with_ancestors(concept)
            for link in c.findings
            if link.target in self._concepts and (include_possible or link.strength == "typical")
        ]
        return tuple(dict.fromkeys(links))

    def typical_findings(
        self, concept: Concept | str, *, include_possible: bool = False
    ) -> dict[str, tuple[Concept, ...]]:
        """The attribute values a diagnosis typically shows, by US-365K field, in field order.

        Values are concepts of that field, released or finer (``"very hypoechoic"``); only axioms of strength
        ``typical`` unless ``include_possible``. Inherited from ancestors like :meth:`sites`.

        >>> {f: [c.label for c in v] for f, v in tax.typical_findings("simple cyst").items()}  # doctest: +SKIP
        {'Margins': ['well-defined'], 'Echogenicity': ['anechoic'], ...}
        """
        by_field: dict[str, list[Concept]] = {}
        for link in self.finding_links(concept, include_possible=include_possible):
            target = self._concepts[link.target]
            if target.dimension is not None:
                by_field.setdefault(target.dimension, []).append(target)
        return {f: self._most_specific(by_field[f]) for f in self.fields if f in by_field}

    # -- declared roles ----------------------------------------------------------------------------
    def is_pediatric(self, concept: Concept | str) -> bool:
        """Whether the ontology declares the concept (or a superclass) paediatric (``udt:isPediatric``):
        pyloric stenosis, intussusception, the Pediatrics body system and everything under it."""
        return any(c.pediatric for c in self._with_ancestors(concept))

    def is_landmark(self, concept: Concept | str) -> bool:
        """Whether the anatomy is declared a landmark or acoustic window (``udt:isLandmark``: diaphragm...)
        rather than a target that is examined and labelled."""
        return any(c.landmark for c in self._with_ancestors(concept))

    def is_unpaired(self, concept: Concept | str) -> bool:
        """Whether the organ is declared single (``udt:isUnpaired``: liver, spleen, uterus...), so that a side
        word near it ("left upper quadrant", "left lobe") is never the laterality of a finding in it."""
        return any(c.unpaired for c in self._with_ancestors(concept))

    def laterality(self, concept: Concept | str) -> str | None:
        """The side declared for one of a pair of organs or parts (``udt:laterality``: "right" on the right kidney,
        which reports also name "RK"), from the concept or its nearest ancestor that declares one; else None."""
        return next((c.laterality for c in self._with_ancestors(concept) if c.laterality), None)

    def is_region(self, concept: Concept | str) -> bool:
        """Whether the anatomy is declared a region or tissue layer (``udt:isRegion``: soft tissues, muscle,
        the thigh) that reports also use to say where another organ's finding lies."""
        return any(c.region for c in self._with_ancestors(concept))

    def is_physiological(self, concept: Concept | str) -> bool:
        """Whether the finding is declared a normal physiological structure (``udt:isPhysiological``: ovarian
        follicles), named in reports like a finding but never an abnormality of the organ that holds it."""
        return any(c.physiological for c in self._with_ancestors(concept))

    def is_organ_state(self, concept: Concept | str) -> bool:
        """Whether the finding is declared a state of a whole organ or duct (``udt:isOrganState``: hydronephrosis,
        biliary dilatation, hepatomegaly): an abnormality of that organ, not a lesion of its own."""
        return any(c.organ_state for c in self._with_ancestors(concept))

    def is_abdominopelvic(self, organ: Concept | str) -> bool:
        """Whether the organ is declared one of the abdomen or pelvis (``udt:isAbdominopelvic``: the liver, the
        kidney, the ovary; not the scrotum): free fluid a report describes after it, in a sentence naming no organ,
        is not in it. Not inherited."""
        return self._resolve(organ).abdominopelvic

    def unplaced_site(self, concept: Concept | str) -> Concept | None:
        """The body space a finding named without an organ lies in when nothing places it (``udt:unplacedSite``:
        free fluid, the peritoneal cavity); ``None`` when the ontology declares none. Not inherited."""
        iri = self._resolve(concept).unplaced_site
        return self._concepts.get(iri) if iri is not None else None

    @cached_property
    def generic_lesion(self) -> Concept | None:
        """The diagnosis declared (``udt:isGenericLesion``) to name a lesion of unstated nature ("lesion",
        "formation"); ``None`` when the ontology declares none, the first by IRI when it declares several."""
        found = sorted((c for c in self._concepts.values() if c.generic_lesion), key=lambda c: c.iri)
        return found[0] if found else None

    @cached_property
    def normal_value(self) -> Concept:
        """The released Diagnosis value declared (``udt:meansNormal``) to mean a normal study."""
        diagnosis = self._dimensions[0].field
        found = [c for c in self.iter_dimension(diagnosis) if c.means_normal and c.is_released_value]
        if len(found) != 1:
            raise OntologyError(
                "ontology.normal_value",
                f"{self.source}: {len(found)} released {diagnosis} values are declared udt:meansNormal",
                "mark exactly one released diagnosis value with udt:meansNormal true",
            )
        return found[0]

    def pediatric_counterpart(self, organ: Concept | str) -> Concept | None:
        """The paediatric organ that covers an adult organ, body system or finer structure
        (``udt:pediatricCounterpart``, inherited from the nearest ancestor that declares one); ``None`` when
        the ontology declares none, and for concepts that are paediatric already."""
        c = self._resolve(organ)
        if self.is_pediatric(c):
            return None
        for candidate in self._with_ancestors(c):
            if candidate.pediatric_counterpart and candidate.pediatric_counterpart in self._concepts:
                return self._concepts[candidate.pediatric_counterpart]
        return None

    @property
    def ordinal_fields(self) -> tuple[str, ...]:
        """US-365K fields of the dimensions declared ordinal (``udt:isOrdinal``), in field order."""
        return tuple(d.field for d in self._dimensions if d.ordinal)

    # -- ACR TI-RADS -------------------------------------------------------------------------------
    def tirads_category(self, concept: Concept | str) -> str | None:
        """The ACR TI-RADS category (``composition``...) a value belongs to, from ``udt:tiradsCategory`` on it
        or its nearest annotated ancestor."""
        for c in self._with_ancestors(concept):
            if c.tirads_category:
                return c.tirads_category
        return None

    def tirads(
        self, attributes: Mapping[str, Iterable[str | Concept]], *, absent: Iterable[str | Concept] = ()
    ) -> TiradsScore:
        """ACR TI-RADS points and TR level of a thyroid nodule from its stated attributes.

        ``attributes`` maps US-365K fields to values (labels, synonyms, IRIs or concepts; finer values such as
        "very hypoechoic" or "punctate echogenic foci" allowed); ``absent`` lists values the report states are
        absent ("no calcifications"). Points come from the ontology's lexicon annotations; a category the text
        does not settle is listed in ``missing`` and the level is then ``None``. See :mod:`udt.taxonomy.tirads`.

        >>> tax.tirads({"InternalCharacteristics": ["almost completely solid", "punctate echogenic foci"],
        ...             "Echogenicity": ["very hypoechoic"], "Shape": ["taller-than-wide"],
        ...             "Margins": ["extrathyroidal extension"]}).as_dict()   # doctest: +SKIP
        {'points': 14, 'level': 'TR5', 'missing': []}
        """
        from udt.taxonomy.tirads import score

        return score(self, attributes, absent)

    # -- released vocabulary ---------------------------------------------------------------------
    def values(self, dimension: str) -> tuple[Concept, ...]:
        """The released values of a dimension, ordered by rank (ranked dimensions) and then by ID."""
        field = self.dimension(dimension).field
        return self._released[field]

    @cached_property
    def _released(self) -> dict[str, tuple[Concept, ...]]:
        out: dict[str, tuple[Concept, ...]] = {}
        for d in self._dimensions:
            members = [c for c in self._concepts.values() if c.dimension == d.field and c.us365k_label]
            members.sort(key=lambda c: (c.rank is None, c.rank if c.rank is not None else 0, c.iri))
            out[d.field] = tuple(members)
        return out

    def by_us365k(self, field: str, value: str) -> Concept | None:
        """The released value of ``field`` whose US-365K string is ``value`` (exact, then by look-up key)."""
        for c in self.values(field):
            if c.us365k_label == value:
                return c
        key = lookup_key(value)
        for c in self.values(field):
            if lookup_key(c.us365k_label or "") == key:
                return c
        return None

    def vocab(self) -> dict[str, Any]:
        """The nine-task vocabulary of the released code: ``task{k}`` -> field and ordered labels."""
        return {
            f"task{d.index}": {
                "field": d.field,
                "labels": [c.us365k_label for c in self.values(d.field)],
                "iris": [c.iri for c in self.values(d.field)],
            }
            for d in self._dimensions
        }

    def validate_labels(self, record: Mapping[str, Any]) -> LabelValidation:
        """Normalise a US-365K-style record; unknown values are reported, not dropped."""
        from udt.taxonomy.validate import validate_labels

        return validate_labels(record, self)

    # -- views -----------------------------------------------------------------------------------
    def to_networkx(self) -> nx.DiGraph:
        """The hierarchy as a directed graph, edges child -> parent (``rel="subClassOf"``)."""
        import networkx as nx

        graph = nx.DiGraph()
        for c in self._concepts.values():
            graph.add_node(
                c.iri,
                curie=c.curie,
                label=c.label,
                dimension=c.dimension or "",
                us365k=c.us365k_label or "",
                rank=-1 if c.rank is None else c.rank,
            )
        for c in self._concepts.values():
            for p in c.parents:
                if p in self._concepts:
                    graph.add_edge(c.iri, p, rel="subClassOf")
        return graph

    def iter_dimension(self, dimension: str) -> Iterable[Concept]:
        """Every concept (released and finer) of a dimension."""
        field = self.dimension(dimension).field
        return (c for c in self._concepts.values() if c.dimension == field)

    def __repr__(self) -> str:
        return f"Taxonomy({len(self)} concepts, version={self.version!r}, source={self.source!r})"
