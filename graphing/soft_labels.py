"""Soft labels: the B×B semantic-similarity target of a batch, fully vectorised, from integer label codes.

For samples i, j and dimension k with tag sets T_i^k, T_j^k (released values), the released method takes
``sim_k(i, j) = mean_{a in T_i^k, b in T_j^k} S^k[a, b]`` and averages over the nine dimensions, diagonal 1.

Labels are first turned into *codes*: a (B, V) 0/1 matrix over the taxonomy's V released values (dimension k owns
columns ``offsets[k]:offsets[k+1]``). That is done once per sample, in the DataLoader workers
(:meth:`SoftLabeler.codes`); the training step only runs :meth:`SoftLabeler.from_codes`, a few small matmuls on
tensors (and under DDP the codes, not the records, cross ranks). With ``W^k`` the codes of dimension k divided
row-wise by the tag count, ``sim_k = W^k S^k W^kᵀ``; stacking the nine ``W^k`` side by side (B×V) against the
block-diagonal S (V×V) gives the sum over k in one matmul, ``Σ = W S Wᵀ``. Then, with ``n_ij`` the number of
dimensions both samples state and ``u_ij`` the number stated by only one of them:

* ``missing="zero"`` (the released code): ``Σ / K`` — a dimension missing in either sample counts as 0;
* ``missing="skip"`` (default; a missing dimension is unknown, not dissimilar): ``Σ / (n_ij + w·u_ij)``. A
  dimension stated on one side only is weak evidence (weight ``w = one_sided_weight``, default 0.5) that the
  samples differ, so the similarity shrinks towards 0 the fewer of their stated dimensions two samples share:
  "liver, nodule, hypoechoic" against "liver" scores 2/3 (body system and organ shared, two one-sided), not
  1.0. ``w = 0`` is the plain mean over shared dimensions; ``w = 1`` counts one-sided dimensions as dissimilar.
  Two samples that share no dimension get 0.

The diagonal is set to 1 and values are clamped to [0, 1].
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from graphing.labels import Codebook, UnknownMode
from graphing.similarity import TagSimilarity
from udt.errors import DataError
from udt.taxonomy import Taxonomy

if TYPE_CHECKING:
    import torch

MissingMode = Literal["skip", "zero"]


@dataclass(frozen=True)
class DimensionContribution:
    """One dimension of :meth:`SoftLabeler.explain`: tags on each side and their mean similarity."""

    field: str
    tags_a: tuple[str, ...]
    tags_b: tuple[str, ...]
    similarity: float | None  # None: missing on one side
    counted: bool  # whether this dimension enters the sample mean under the labeler's mode


@dataclass(frozen=True)
class Explanation:
    """Per-dimension breakdown of the soft label of one pair."""

    mode: str
    dimensions: tuple[DimensionContribution, ...]
    similarity: float
    denominator: float  # what the summed similarities are divided by: K ("zero"), or shared + w·one-sided ("skip")


class _ValueColumn:
    """``concept -> column`` in the stacked code matrix (a class, not a lambda, so a labeler pickles into workers)."""

    def __init__(self, position: dict[str, int]) -> None:
        self.position = position

    def __call__(self, concept: Any) -> int | None:
        return self.position.get(concept.iri) if concept.is_released_value else None


class SoftLabeler:
    """Builds soft-label matrices from label records, or from their codes.

    >>> labeler = SoftLabeler(udt.load_taxonomy())               # doctest: +SKIP
    >>> codes = labeler.codes([rec_a, rec_b, rec_c])              # doctest: +SKIP  (in a DataLoader worker)
    >>> labeler.from_codes(torch.from_numpy(codes), device="cuda")   # doctest: +SKIP
    tensor([[1.0000, 0.6667, ...]])
    """

    def __init__(
        self,
        taxonomy: Taxonomy,
        similarity: TagSimilarity | None = None,
        missing: MissingMode = "skip",
        *,
        on_unknown: UnknownMode = "error",
        one_sided_weight: float = 0.5,
    ) -> None:
        if missing not in ("skip", "zero"):
            raise DataError("soft_labels.missing", f"missing={missing!r} is not a mode", "use 'skip' or 'zero'")
        if not 0.0 <= one_sided_weight <= 1.0:
            raise DataError(
                "soft_labels.one_sided_weight", f"one_sided_weight={one_sided_weight} is outside [0, 1]", "use 0..1"
            )
        self.taxonomy = taxonomy
        self.missing = missing
        self.on_unknown = on_unknown
        self.one_sided_weight = float(one_sided_weight)
        self.similarity = (similarity or TagSimilarity.from_taxonomy(taxonomy)).aligned(taxonomy)
        fields = taxonomy.fields
        sizes = [len(taxonomy.values(f)) for f in fields]
        self.offsets = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
        total = int(self.offsets[-1])
        block = np.zeros((total, total), dtype=np.float64)
        for k, field in enumerate(fields):
            lo, hi = self.offsets[k], self.offsets[k + 1]
            block[lo:hi, lo:hi] = self.similarity.matrix(field)
        self.block = block
        # column -> its dimension, as a (V, K) one-hot: codes @ it counts each sample's tags per dimension.
        self.column_dimension = np.repeat(np.arange(len(fields)), sizes).astype(np.int64)
        self._dimension_onehot = np.eye(len(fields), dtype=np.float64)[self.column_dimension]
        # Codes are column positions in the stacked multi-hot matrix (field offset + position in values()).
        position = {
            c.iri: int(self.offsets[k]) + i for k, f in enumerate(fields) for i, c in enumerate(taxonomy.values(f))
        }
        self.codebook = Codebook(taxonomy, _ValueColumn(position))
        self._tensor_cache: dict[tuple[str, str], tuple[torch.Tensor, torch.Tensor, torch.Tensor]] = {}

    @property
    def n_values(self) -> int:
        """V: the number of code columns (released values over all dimensions)."""
        return int(self.offsets[-1])

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_tensor_cache"] = {}  # device tensors stay in the process that made them
        return state

    def codes(self, records: Sequence[Mapping[str, Any]]) -> np.ndarray:
        """The (B, V) uint8 code matrix of ``records``: 1 where the sample states that released value."""
        samples, _, columns = self.codebook.encode_flat(records, on_unknown=self.on_unknown)
        out = np.zeros((len(records), self.n_values), dtype=np.uint8)
        out[samples, columns] = 1
        return out

    def encode(self, records: Sequence[Mapping[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
        """``(W, P)``: count-normalised multi-hot (B×V, float32) and presence (B×K, float32)."""
        codes = self.codes(records).astype(np.float32)
        counts = codes @ self._dimension_onehot.astype(np.float32)
        weights = codes / np.maximum(counts, 1.0)[:, self.column_dimension]
        return weights, (counts > 0).astype(np.float32)

    def _tensors(self, device: torch.device, work: torch.dtype) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """(block S, column->dimension one-hot, column->dimension index) on ``device``, made once."""
        import torch

        key = (str(device), str(work))
        cached = self._tensor_cache.get(key)
        if cached is None:
            cached = (
                torch.from_numpy(self.block).to(device=device, dtype=work),
                torch.from_numpy(self._dimension_onehot).to(device=device, dtype=work),
                torch.from_numpy(self.column_dimension).to(device=device),
            )
            self._tensor_cache[key] = cached
        return cached

    def from_codes(
        self,
        codes: torch.Tensor,
        device: torch.device | str | None = None,
        dtype: torch.dtype | None = None,
    ) -> torch.Tensor:
        """The (B, B) soft-label matrix from a (B, V) code matrix (:meth:`codes`), on ``device``."""
        import torch

        dtype = dtype or torch.float32
        if codes.ndim != 2 or codes.shape[1] != self.n_values:
            raise DataError(
                "soft_labels.bad_codes",
                f"codes of shape {tuple(codes.shape)} do not fit this taxonomy ({self.n_values} values)",
                "make the codes with SoftLabeler.codes of the same taxonomy",
            )
        dev = torch.device(device) if device is not None else codes.device
        # float32 is exact enough (sums of a few terms in [0, 1]: error ~1e-7); bf16/fp16 requests compute in fp32.
        work = torch.float64 if dtype == torch.float64 else torch.float32
        block, onehot, column_dimension = self._tensors(dev, work)
        hot = codes.to(device=dev, dtype=work)
        counts = hot @ onehot  # (B, K) tags per dimension
        weights = hot / counts.clamp(min=1.0).index_select(1, column_dimension)
        out = (weights @ block) @ weights.T
        if self.missing == "zero":
            out.div_(len(self.taxonomy.fields))
        else:
            present = (counts > 0).to(work)
            stated = present.sum(1)
            shared = present @ present.T
            one_sided = stated[:, None] + stated[None, :] - 2.0 * shared
            # Where two samples share no dimension the sum is 0 too, so clamping the count leaves 0 there.
            out.div_((shared + self.one_sided_weight * one_sided).clamp_(min=1e-12))
        out.clamp_(0.0, 1.0).fill_diagonal_(1.0)
        return out.to(dtype)

    def batch(
        self,
        records: Sequence[Mapping[str, Any]],
        device: torch.device | str | None = None,
        dtype: torch.dtype | None = None,
    ) -> torch.Tensor:
        """The (B, B) soft-label matrix of ``records`` in [0, 1], diagonal 1, on ``device`` (float32 default)."""
        import torch

        codes = torch.from_numpy(self.codes(records))
        return self.from_codes(codes, device=device or "cpu", dtype=dtype)

    def explain(self, a: Mapping[str, Any], b: Mapping[str, Any]) -> Explanation:
        """Per-dimension contributions to the soft label of the pair (a, b)."""
        encoded = self.codebook.encode([a, b], on_unknown=self.on_unknown)
        labels = [c.us365k_label or c.label for f in self.taxonomy.fields for c in self.taxonomy.values(f)]
        parts = []
        for field, (samples, codes) in zip(self.taxonomy.fields, encoded, strict=False):
            left, right = codes[samples == 0], codes[samples == 1]
            sim = float(self.block[np.ix_(left, right)].mean()) if len(left) and len(right) else None
            counted = self.missing == "zero" or sim is not None
            parts.append(
                DimensionContribution(
                    field, tuple(labels[c] for c in left), tuple(labels[c] for c in right), sim, counted
                )
            )
        total = sum(p.similarity or 0.0 for p in parts if p.counted)
        if self.missing == "zero":
            n = float(len(parts))
        else:
            one_sided = sum(1 for p in parts if p.similarity is None and (p.tags_a or p.tags_b))
            n = sum(p.similarity is not None for p in parts) + self.one_sided_weight * one_sided
        value = min(max(total / n, 0.0), 1.0) if n > 0 else 0.0
        return Explanation(self.missing, tuple(parts), value, float(n))
