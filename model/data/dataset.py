"""The torch ``Dataset`` of image–text pairs, its batch type, ``collate`` and a worker-safe loader."""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset

from model.data.images import CLIP_MEAN, CLIP_STD, BadImage, ImageSource, decode_image
from model.data.records import DataRecord, LabelRecord
from model.data.us365k import IMAGE_SUFFIXES
from udt.errors import DataError

log = logging.getLogger(__name__)


@dataclass
class Sample:
    """One decoded pair: ``image`` is a normalised ``(3, H, W)`` float tensor."""

    image: torch.Tensor
    caption: str
    labels: LabelRecord
    case_id: str
    key: str


@dataclass(frozen=True)
class Skipped:
    """What the data set returns for an image it could not read (``collate`` drops it and counts it)."""

    key: str
    reason: str


@dataclass
class Batch:
    """A collated batch. ``skipped`` lists the keys of unreadable images dropped from it.

    The training collate (``model.data.collate.TrainingCollate``) also fills the model's inputs, made in the
    DataLoader workers: ``input_ids``/``attention_mask`` (tokenised text), ``graph`` (the label graphs as one
    HeteroData batch, or None) with its index plan ``graph_plan``, and ``label_codes`` ((B, V) uint8 codes of the
    released values, for soft labels).
    """

    images: torch.Tensor
    captions: list[str]
    labels: list[LabelRecord]
    case_ids: list[str]
    keys: list[str]
    skipped: list[str] = field(default_factory=list)
    input_ids: torch.Tensor | None = None
    attention_mask: torch.Tensor | None = None
    graph: Any = None
    graph_plan: Any = None  # the graph encoder's index plan of ``graph`` (made in the workers too)
    label_codes: torch.Tensor | None = None

    def __len__(self) -> int:
        return len(self.keys)


class ImageTextDataset(Dataset):
    """Image–text pairs with labels and case ids; images are decoded on access.

    A corrupt, truncated or missing image yields a :class:`Skipped` marker (or raises ``DataError`` with
    ``fail_fast=True``) so that one bad file never stops a training run; ``collate`` drops the markers and
    reports them in ``Batch.skipped``.
    """

    def __init__(
        self,
        records: Sequence[DataRecord],
        source: ImageSource,
        *,
        image_size: int = 224,
        mean: tuple[float, float, float] = CLIP_MEAN,
        std: tuple[float, float, float] = CLIP_STD,
        fail_fast: bool = False,
        root: Path | None = None,
        unknown_label_values: int = 0,
    ) -> None:
        if image_size < 8:
            raise DataError("data.bad_size", f"image_size {image_size} is too small", "use at least 8 pixels")
        self.records = list(records)
        self.source = source
        self.image_size = image_size
        self.mean = mean
        self.std = std
        self.fail_fast = fail_fast
        self.root = root
        self.unknown_label_values = unknown_label_values
        # Counts bad images seen in THIS process (num_workers=0); with workers use Batch.skipped.
        self.skipped: list[str] = []

    def __len__(self) -> int:
        return len(self.records)

    def _read(self, name: str) -> bytes:
        # US-365K names sometimes lack the ".jpg" suffix; try the usual ones before giving up.
        try:
            return self.source.read(name)
        except BadImage:
            if any(name.lower().endswith(s) for s in IMAGE_SUFFIXES):
                raise
            for suffix in IMAGE_SUFFIXES:
                if self.source.exists(name + suffix):
                    return self.source.read(name + suffix)
            raise

    def __getitem__(self, index: int) -> Sample | Skipped:
        rec = self.records[index]
        try:
            image = decode_image(self._read(rec.image), self.image_size, self.mean, self.std)
        except BadImage as exc:
            if self.fail_fast:
                raise DataError(
                    "data.bad_image", f"unreadable image {rec.image!r}: {exc}", "fix or remove it, or drop --fail-fast"
                ) from exc
            self.skipped.append(rec.key)
            log.debug("skipping unreadable image %s: %s", rec.image, exc)
            return Skipped(rec.key, str(exc))
        return Sample(image=image, caption=rec.caption, labels=rec.labels, case_id=rec.case_id, key=rec.key)

    @property
    def case_ids(self) -> list[str]:
        return [r.case_id for r in self.records]


def collate(samples: Sequence[Sample | Skipped | None]) -> Batch:
    """Stack samples into a :class:`Batch`, dropping ``None`` and :class:`Skipped` items (listed in ``skipped``).

    A batch whose every image was bad has ``len(batch) == 0`` and an empty ``(0, 3, H, W)`` image tensor
    (``(0, 3, 0, 0)`` if no size is known); training loops should skip it.
    """
    good = [s for s in samples if isinstance(s, Sample)]
    skipped = [s.key if isinstance(s, Skipped) else "?" for s in samples if not isinstance(s, Sample)]
    images = torch.stack([s.image for s in good]) if good else torch.zeros(0, 3, 0, 0)
    return Batch(
        images=images,
        captions=[s.caption for s in good],
        labels=[s.labels for s in good],
        case_ids=[s.case_id for s in good],
        keys=[s.key for s in good],
        skipped=skipped,
    )


def _seed_worker(worker_id: int) -> None:
    # torch seeds each worker from the loader's generator; pass that on to numpy and random.
    seed = torch.initial_seed() % 2**32
    np.random.seed(seed)
    random.seed(seed)


def make_loader(
    dataset: Dataset,
    batch_size: int = 64,
    shuffle: bool = True,
    num_workers: int = 0,
    seed: int = 0,
    drop_last: bool = False,
    pin_memory: bool = False,
) -> DataLoader:
    """A ``DataLoader`` with :func:`collate`, a seeded shuffle order and seeded workers.

    Zip handles are reopened per worker (see ``ZipSource``), so any ``num_workers`` is safe.
    """
    if batch_size < 1:
        raise DataError("data.bad_batch_size", f"batch_size {batch_size} < 1", "use a positive batch size")
    generator = torch.Generator()
    generator.manual_seed(seed)
    return DataLoader(
        dataset,
        batch_size=batch_size,
        shuffle=shuffle,
        num_workers=num_workers,
        collate_fn=collate,
        drop_last=drop_last,
        generator=generator,
        worker_init_fn=_seed_worker if num_workers > 0 else None,
        persistent_workers=num_workers > 0,
        pin_memory=pin_memory,
    )


class SkipCounter:
    """Totals the images dropped over an epoch, for the end-of-epoch report."""

    def __init__(self) -> None:
        self.keys: list[str] = []

    def update(self, batch: Batch) -> Batch:
        self.keys.extend(batch.skipped)
        return batch

    @property
    def count(self) -> int:
        return len(self.keys)

    def report(self) -> str:
        if not self.keys:
            return "no unreadable images"
        shown = ", ".join(self.keys[:5]) + (" ..." if len(self.keys) > 5 else "")
        return f"skipped {len(self.keys)} unreadable image(s): {shown}"

    def reset(self) -> None:
        self.keys.clear()
