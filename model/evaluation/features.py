"""Feature extraction for evaluation: image and text features of a split, with text-side label records.

The encoder is anything with ``images(tensor) -> features`` and ``texts(list[str], records) -> features``
(see ``model.evaluation.encoder.ModelEncoder`` for the Ultrasound-CLIP adapter), so this works with fakes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

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


TextRecords = Literal["caption", "data"]


def text_side_records(
    captions: Sequence[str],
    labels: Sequence[Mapping[str, Any]],
    parse: Callable[[list[str]], list[LabelRecord]],
    source: TextRecords = "caption",
) -> tuple[list[LabelRecord], int]:
    """The label records the text side (graphs, serialised labels) is built from; returns (records, n parsed).

    ``"caption"`` (the evaluation protocol): ``parse`` of every caption — a test-time text never sees the
    ground-truth labels, which plain CLIP does not get either. ``"data"``: the data's labels where present,
    otherwise the parse (for encoders that embed label records directly, and for API callers who have labels).
    """
    if source == "caption":
        return [dict(r) for r in parse(list(captions))], len(captions)
    out: list[LabelRecord | None] = [dict(r) if has_labels(r) else None for r in labels]  # type: ignore[misc]
    missing = [i for i, r in enumerate(out) if r is None]
    if missing:
        for i, rec in zip(missing, parse([captions[i] for i in missing]), strict=True):
            out[i] = rec
    return [r or {} for r in out], len(missing)


class CaptionParser:
    """``udt parse`` of captions with a given taxonomy, memoised per caption (evaluations repeat the same split)."""

    def __init__(self, taxonomy: Any) -> None:
        self.taxonomy = taxonomy
        self._parser: Any = None
        self._memo: dict[str, LabelRecord] = {}

    def __call__(self, texts: list[str]) -> list[LabelRecord]:
        todo = sorted({t for t in texts if t not in self._memo})
        if todo:
            if self._parser is None:
                import udt

                self._parser = udt.ReportParser(self.taxonomy)
            for text, report in zip(todo, self._parser.pipe(todo), strict=True):
                self._memo[text] = {k: list(v) for k, v in report.labels.items() if v}
        return [dict(self._memo[t]) for t in texts]


_PARSERS: dict[str, CaptionParser] = {}


def parse_with_udt(texts: list[str], taxonomy: Any) -> list[LabelRecord]:
    """Parse captions with the udt report parser of ``taxonomy`` (spaCy is imported only when needed)."""
    key = taxonomy.digest or str(id(taxonomy))
    parser = _PARSERS.get(key)
    if parser is None:
        parser = _PARSERS[key] = CaptionParser(taxonomy)
    return parser(texts)


def extract_features(
    encoder: Encoder,
    batches: Iterable[Any],
    *,
    with_text: bool = True,
    parse: Callable[[list[str]], list[LabelRecord]],
    text_records: TextRecords = "caption",
    progress: Callable[[int], None] | None = None,
) -> SplitFeatures:
    """Run ``encoder`` over ``batches`` (objects with ``images``, ``captions``, ``labels``) without gradients.

    ``parse`` turns captions into label records for the text side (see :func:`text_side_records`)."""
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
                recs, n = text_side_records(caps, labs, parse, text_records)
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
