"""Feature extraction for evaluation: image and text features of a split, with text-side label records.

The encoder is anything with ``images(tensor) -> features`` and ``texts(list[str], records) -> features``
(see ``model.evaluation.encoder.ModelEncoder`` for the Ultrasound-CLIP adapter), so this works with fakes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import torch

LabelRecord = dict[str, list[str]]


class Encoder(Protocol):
    """What evaluation needs from a model."""

    def images(self, images: torch.Tensor) -> torch.Tensor: ...

    def texts(self, texts: list[str], records: list[LabelRecord]) -> torch.Tensor: ...


@dataclass
class SplitFeatures:
    """L2-normalised features of one split, row i = pair i."""

    image: torch.Tensor
    text: torch.Tensor | None
    captions: list[str]
    labels: list[LabelRecord]  # ground-truth label records (targets)
    text_records: list[LabelRecord]  # what the text-side graphs were built from
    parsed: int  # how many text records came from parsing the caption


def has_labels(record: Mapping[str, Any] | None) -> bool:
    """True when at least one field of ``record`` is non-empty."""
    return bool(record) and any(bool(v) for v in record.values())  # type: ignore[union-attr]


def text_side_records(
    captions: Sequence[str], labels: Sequence[Mapping[str, Any]], parse: Callable[[list[str]], list[LabelRecord]]
) -> tuple[list[LabelRecord], int]:
    """Labels from the data where present, otherwise ``parse`` of the caption; returns (records, n parsed)."""
    out: list[LabelRecord | None] = [dict(r) if has_labels(r) else None for r in labels]  # type: ignore[misc]
    missing = [i for i, r in enumerate(out) if r is None]
    if missing:
        for i, rec in zip(missing, parse([captions[i] for i in missing]), strict=True):
            out[i] = rec
    return [r or {} for r in out], len(missing)


def parse_with_udt(texts: list[str]) -> list[LabelRecord]:
    """Parse captions with the udt report parser (imported lazily: spaCy is only needed when labels are missing)."""
    import udt

    parser = udt.ReportParser()
    return [dict(p.labels) for p in parser.pipe(texts)]


def extract_features(
    encoder: Encoder,
    batches: Iterable[Any],
    *,
    with_text: bool = True,
    parse: Callable[[list[str]], list[LabelRecord]] = parse_with_udt,
    progress: Callable[[int], None] | None = None,
) -> SplitFeatures:
    """Run ``encoder`` over ``batches`` (objects with ``images``, ``captions``, ``labels``) without gradients."""
    images, texts, captions, labels, records = [], [], [], [], []
    parsed = 0
    with torch.no_grad():
        for batch in batches:
            images.append(torch.nn.functional.normalize(encoder.images(batch.images).float(), dim=-1).cpu())
            caps = list(batch.captions)
            labs = [dict(r) for r in batch.labels]
            captions += caps
            labels += labs
            if with_text:
                recs, n = text_side_records(caps, labs, parse)
                parsed += n
                records += recs
                texts.append(torch.nn.functional.normalize(encoder.texts(caps, recs).float(), dim=-1).cpu())
            if progress is not None:
                progress(len(caps))
    if not images:
        raise ValueError("no samples to evaluate")
    return SplitFeatures(
        image=torch.cat(images),
        text=torch.cat(texts) if texts else None,
        captions=captions,
        labels=labels,
        text_records=records,
        parsed=parsed,
    )
