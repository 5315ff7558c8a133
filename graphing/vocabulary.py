"""The concept vocabulary: the index space of the graph node features (``data[node_type].x``).

Index 0 is the per-sample *anchor* node (embedded from the ontology root's label); then, field by field in
US-365K order, the released values of each dimension (in :meth:`udt.Taxonomy.values` order); with
``include_finer=True`` the finer concepts of each dimension follow their field's released values. Everything is
read from the taxonomy, so a new concept in ``ontology/udt.owl`` appears here without a code change.

The model embeds node features with ``nn.Embedding(len(vocab), dim)`` and may initialise row ``i`` from a text
encoding of ``vocab.texts[i]``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from udt.errors import DataError
from udt.taxonomy import Concept, Taxonomy

ANCHOR_INDEX = 0


@dataclass(frozen=True, slots=True)
class VocabEntry:
    """One row of the vocabulary: concept IRI (``None`` only for an anchor with no root concept), label, field."""

    iri: str | None
    label: str
    field: str | None
    text: str


def _root(taxonomy: Taxonomy) -> Concept | None:
    for concept in taxonomy:
        if concept.dimension is None and not concept.is_dimension and not concept.parents:
            return concept
    return None


def _text(concept: Concept) -> str:
    # Label, synonyms and definition: what a sentence encoder needs to place the concept.
    parts = [concept.label]
    if concept.synonyms:
        parts.append("(" + ", ".join(concept.synonyms) + ")")
    text = " ".join(parts)
    return f"{text}: {concept.definition}" if concept.definition else text


class ConceptVocabulary:
    """Index <-> concept IRI for the node features of the hetero graphs.

    >>> vocab = ConceptVocabulary(udt.load_taxonomy())      # doctest: +SKIP
    >>> vocab.labels[vocab.index("https://w3id.org/udt/...")] # doctest: +SKIP
    """

    def __init__(self, taxonomy: Taxonomy, *, include_finer: bool = False) -> None:
        self.include_finer = include_finer
        self.taxonomy_digest = taxonomy.digest
        root = _root(taxonomy)
        anchor = (
            VocabEntry(root.iri, root.label, None, _text(root))
            if root is not None
            else VocabEntry(None, "sample", None, "sample")
        )
        entries = [anchor]
        for field in taxonomy.fields:
            released = taxonomy.values(field)
            entries += [VocabEntry(c.iri, c.label, field, _text(c)) for c in released]
            if include_finer:
                seen = {c.iri for c in released}
                finer = sorted(
                    (c for c in taxonomy.iter_dimension(field) if c.iri not in seen and not c.deprecated),
                    key=lambda c: c.iri,
                )
                entries += [VocabEntry(c.iri, c.label, field, _text(c)) for c in finer]
        self.entries: tuple[VocabEntry, ...] = tuple(entries)
        self._index = {e.iri: i for i, e in enumerate(self.entries) if e.iri is not None}
        self._fields = {e.iri: e.field for e in self.entries if e.iri is not None}

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def iris(self) -> list[str | None]:
        return [e.iri for e in self.entries]

    @property
    def labels(self) -> list[str]:
        """Concept labels, one per index (short text for embedding initialisation)."""
        return [e.label for e in self.entries]

    @property
    def texts(self) -> list[str]:
        """Label, synonyms and definition, one per index (longer text for embedding initialisation)."""
        return [e.text for e in self.entries]

    @property
    def fields(self) -> list[str | None]:
        return [e.field for e in self.entries]

    def index(self, iri: str) -> int:
        """The index of a concept IRI; unknown IRIs raise :class:`~udt.errors.DataError`."""
        found = self._index.get(iri)
        if found is None:
            raise DataError(
                "vocab.unknown_concept",
                f"concept {iri!r} is not in the graph vocabulary",
                "build the vocabulary from the same ontology (include_finer=True for finer concepts)",
            )
        return found

    def code_for(self, field: str, concept: Concept) -> int | None:
        """The index of ``concept`` as a node of ``field``, or ``None`` when it is not in this vocabulary."""
        if self._fields.get(concept.iri) != field:
            return None
        return self._index[concept.iri]

    @property
    def digest(self) -> str:
        """A short fingerprint of the index -> IRI order (checked when a saved graph is loaded)."""
        text = "\n".join(e.iri or f"<{e.label}>" for e in self.entries)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def __repr__(self) -> str:
        return f"ConceptVocabulary({len(self)} entries, include_finer={self.include_finer})"
