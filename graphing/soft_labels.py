"""Soft labels: the B×B semantic-similarity target of a batch, fully vectorised.

For samples i, j and dimension k with tag sets T_i^k, T_j^k (released values), the released method takes
``sim_k(i, j) = mean_{a in T_i^k, b in T_j^k} S^k[a, b]`` and averages over the nine dimensions, diagonal 1.
With ``W^k`` the multi-hot matrix of dimension k divided row-wise by the tag count (a zero row for a sample
without tags), ``sim_k = W^k S^k W^kᵀ``; stacking the nine ``W^k`` side by side (B×93) against the block-diagonal
S (93×93) gives the sum over k in one matmul:

* ``missing="zero"`` (the released code): ``S_batch = W S Wᵀ / K`` — a dimension missing in either sample
  counts as similarity 0;
* ``missing="skip"`` (default; a missing dimension is unknown, not dissimilar): ``S_batch = W S Wᵀ / (P Pᵀ)``
  with ``P`` (B×K) marking the dimensions a sample has, i.e. the mean over the dimensions *both* samples have;
  two samples that share no dimension get 0.

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


class SoftLabeler:
    """Builds soft-label matrices from label records.

    >>> labeler = SoftLabeler(udt.load_taxonomy())               # doctest: +SKIP
    >>> labeler.batch([rec_a, rec_b, rec_c], device="cuda")       # doctest: +SKIP
    tensor([[1.0000, 0.6667, ...]])
    """

    def __init__(
        self,
        taxonomy: Taxonomy,
        similarity: TagSimilarity | None = None,
        missing: MissingMode = "skip",
        *,
        on_unknown: UnknownMode = "error",
    ) -> None:
        if missing not in ("skip", "zero"):
            raise DataError("soft_labels.missing", f"missing={missing!r} is not a mode", "use 'skip' or 'zero'")
        self.taxonomy = taxonomy
        self.missing = missing
        self.on_unknown = on_unknown
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
        # Codes are column positions in the stacked multi-hot matrix (field offset + position in values()).
        position = {
            c.iri: int(self.offsets[k]) + i for k, f in enumerate(fields) for i, c in enumerate(taxonomy.values(f))
        }
        self.codebook = Codebook(taxonomy, lambda c: position.get(c.iri) if c.is_released_value else None)
        self._block_cache: dict[tuple[str, str], torch.Tensor] = {}

    def encode(self, records: Sequence[Mapping[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
        """``(W, P)``: count-normalised multi-hot (B×93, float32) and presence (B×K, float32)."""
        size, n_fields = len(records), len(self.taxonomy.fields)
        samples, fields, codes = self.codebook.encode_flat(records, on_unknown=self.on_unknown)
        cell = samples * n_fields + fields
        count = np.bincount(cell, minlength=size * n_fields)
        weights = np.zeros((size, int(self.offsets[-1])), dtype=np.float32)
        weights[samples, codes] = 1.0 / count[cell]
        presence = (count.reshape(size, n_fields) > 0).astype(np.float32)
        return weights, presence

    def batch(
        self,
        records: Sequence[Mapping[str, Any]],
        device: torch.device | str | None = None,
        dtype: torch.dtype | None = None,
    ) -> torch.Tensor:
        """The (B, B) soft-label matrix of ``records`` in [0, 1], diagonal 1, on ``device`` (float32 default)."""
        import torch

        dtype = dtype or torch.float32
        weights_np, presence_np = self.encode(records)
        dev = torch.device(device) if device is not None else torch.device("cpu")
        # float32 is exact enough (sums of a few terms in [0, 1]: error ~1e-7); bf16/fp16 requests compute in fp32.
        work = torch.float64 if dtype == torch.float64 else torch.float32
        key = (str(dev), str(work))
        block = self._block_cache.get(key)
        if block is None:
            block = torch.from_numpy(self.block).to(device=dev, dtype=work)
            self._block_cache[key] = block
        weights = torch.from_numpy(weights_np).to(device=dev, dtype=work)
        out = (weights @ block) @ weights.T
        if self.missing == "zero":
            out.div_(len(self.taxonomy.fields))
        else:
            # Where two samples share no dimension the sum is 0 too, so clamping the count leaves 0 there.
            presence = torch.from_numpy(presence_np).to(device=dev, dtype=work)
            out.div_((presence @ presence.T).clamp_(min=1.0))
        out.clamp_(0.0, 1.0).fill_diagonal_(1.0)
        return out.to(dtype)

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
        n = sum(p.counted for p in parts)
        total = sum(p.similarity or 0.0 for p in parts if p.counted)
        value = min(max(total / n, 0.0), 1.0) if n else 0.0
        return Explanation(self.missing, tuple(parts), value)
