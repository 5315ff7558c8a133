"""Streaming training pairs from WebDataset shards, split across DDP ranks and DataLoader workers.

``webdataset.WebDataset`` reads the tars; this module decides which shards and which samples of them each rank
and worker reads (see :mod:`model.data.shard_plan`), shuffles within a worker with a seeded buffer, and turns each
sample into exactly what the map-style :class:`~model.data.dataset.ImageTextDataset` yields (it builds that data set
over the sample's bytes), so ``collate`` and the training step apply unchanged.

Resume: the plan and the shuffle depend only on ``(seed, epoch, world_size, num_workers, batch_size)``.

- At an epoch boundary resume is exact.
- Mid-epoch it is exact too when the world size, ``data.num_workers`` and the batch size are the ones the checkpoint
  was written with: each worker re-reads its share from the start and discards the batches it had already
  delivered *before* decoding them (cost: reading, not decoding, up to one epoch of tar bytes).
- With a different world size or worker count the remainder of that epoch is re-planned: some pairs of that one
  epoch may be seen twice and others not at all; later epochs are exact again.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import torch
from torch.utils.data import DataLoader, Dataset, IterableDataset, get_worker_info

from model.data.records import DataRecord
from model.data.shard_plan import EpochPlan, resume_point
from model.data.shards import ShardIndex, read_shard_index
from model.data.worker_start import worker_start_method
from udt.errors import DataError, UdtError

log = logging.getLogger(__name__)

# Samples held by each worker's shuffle buffer: enough to mix the few shards a worker has open, small enough that
# 8 workers × 2,000 ultrasound JPEGs (~50 kB) stay well under a GB.
SHUFFLE_BUFFER = 2000
_IMAGE_KEYS = ("jpg", "jpeg", "png", "bmp", "tif", "tiff")

DatasetFactory = Callable[[list[DataRecord], Any], Dataset]


class _OneImage:
    """An ``ImageSource`` over the bytes of one tar sample."""

    def __init__(self, name: str, data: bytes) -> None:
        self.name, self.data = name, data

    def read(self, name: str) -> bytes:
        from model.data.images import BadImage

        if name != self.name:
            raise BadImage(f"no image {name!r} in this sample")
        return self.data

    def exists(self, name: str) -> bool:
        return name == self.name


def sample_from_tar(raw: dict[str, Any], make_dataset: DatasetFactory) -> Any:
    """One WebDataset sample (``__key__``, image bytes, ``txt``, ``json``) -> what the map-style data set yields."""
    where = f"{raw.get('__url__', '?')}:{raw.get('__key__', '?')}"
    try:
        meta = json.loads(raw["json"])
    except (KeyError, ValueError) as exc:
        raise DataError("shards.bad_sample", f"{where}: no readable .json", "re-run udt data shard") from exc
    ext = next((k for k in _IMAGE_KEYS if k in raw), None)
    if ext is None:
        raise DataError("shards.bad_sample", f"{where}: no image member", "re-run udt data shard")
    caption = raw["txt"].decode("utf-8") if "txt" in raw else str(meta.get("caption", ""))
    record = DataRecord(
        key=str(meta.get("key", raw.get("__key__", ""))),
        image=str(meta.get("image", raw.get("__key__", ""))),
        caption=caption,
        labels=meta.get("labels", {}),
        case_id=str(meta.get("case_id", "")),
        split=str(meta.get("split", "")),
    )
    return make_dataset([record], _OneImage(record.image, raw[ext]))[0]


def _keep_shards(src: Iterator[dict[str, Any]], urls: frozenset[str], group: Any = None) -> Iterator[dict[str, Any]]:
    # Used as WebDataset's nodesplitter and workersplitter: pass on the shard URLs the plan gives this rank/worker.
    for item in src:
        if item["url"] in urls:
            yield item


def _in_span(
    src: Iterator[dict[str, Any]], starts: dict[str, int], counts: dict[str, int], span: tuple[int, int]
) -> Iterator[dict[str, Any]]:
    # Shards are read whole; keep the samples whose epoch position falls in this worker's span. A shard that yields
    # fewer samples than shards.json lists (a truncated copy: tar readers stop quietly at a short file) would give
    # this rank fewer batches than the others and stall DDP, so it is an error.
    seen: dict[str, int] = {}
    for sample in src:
        url = sample["__url__"]
        pos = starts[url] + seen.get(url, 0)
        seen[url] = seen.get(url, 0) + 1
        if span[0] <= pos < span[1]:
            yield sample
    for url, listed in counts.items():  # the shards this worker opened
        if seen.get(url, 0) != listed:
            raise DataError(
                "shards.truncated",
                f"{url} holds {seen.get(url, 0)} samples, shards.json lists {listed}",
                "re-copy the shard (or re-run udt data shard)",
            )


def _reraise_as_data_error(exc: Exception) -> bool:
    raise DataError("shards.read", f"cannot read a shard: {exc}", "re-copy or re-make the shard folder") from exc


class ShardStream(IterableDataset):
    """One rank's stream of samples for one epoch; :meth:`set_epoch` before each pass."""

    def __init__(
        self,
        urls: list[str],
        counts: list[int],
        make_dataset: DatasetFactory,
        *,
        batch_size: int,
        seed: int = 0,
        rank: int = 0,
        world_size: int = 1,
        num_workers: int = 0,
        shuffle_buffer: int = SHUFFLE_BUFFER,
    ) -> None:
        super().__init__()
        self.urls, self.counts = list(urls), list(counts)
        self.make_dataset = make_dataset
        self.batch_size, self.seed = batch_size, seed
        self.rank, self.world_size, self.num_workers = rank, world_size, num_workers
        self.shuffle_buffer = shuffle_buffer
        self.epoch, self.skip = 0, 0

    def __len__(self) -> int:
        """Pairs in the split (what the loop reports); one rank reads about ``len / world_size`` of them."""
        return sum(self.counts)

    def plan(self, epoch: int | None = None) -> EpochPlan:
        return EpochPlan.build(
            self.counts,
            seed=self.seed,
            epoch=self.epoch if epoch is None else epoch,
            batch_size=self.batch_size,
            world_size=self.world_size,
            num_workers=self.num_workers,
        )

    def set_epoch(self, epoch: int, skip: int = 0) -> None:
        """Next pass reads ``epoch``, leaving out the first ``skip`` batches this rank already trained on."""
        self.epoch, self.skip = epoch, skip

    def __iter__(self) -> Iterator[Any]:
        import webdataset as wds

        info = get_worker_info()
        plan = self.plan()
        counts = [len(plan.worker_batches(w)) for w in range(plan.num_workers)]
        done, first = resume_point(counts, self.skip)
        worker = ((info.id if info is not None else 0) + first) % plan.num_workers
        skip = done[worker]
        rank_urls = frozenset(self.urls[s] for s in plan.shards_overlapping(plan.rank_span(self.rank)))
        span = plan.worker_span(self.rank, worker)
        worker_urls = frozenset(self.urls[s] for s in plan.shards_overlapping(span))
        starts = {self.urls[s]: pos for s, pos in plan.shard_starts().items()}
        pipeline = wds.WebDataset(
            [self.urls[s] for s in plan.order],
            handler=_reraise_as_data_error,
            shardshuffle=False,  # the plan already ordered the shards by (seed, epoch)
            nodesplitter=partial(_keep_shards, urls=rank_urls),
            workersplitter=partial(_keep_shards, urls=worker_urls),
            empty_check=False,  # a worker may have no batch this epoch when batches < workers
        )
        listed = {self.urls[s]: self.counts[s] for s in range(len(self.urls)) if self.urls[s] in worker_urls}
        pipeline = pipeline.compose(partial(_in_span, starts=starts, counts=listed, span=span))
        shuffle_seed = f"{self.seed}:{self.epoch}:{self.rank}:{worker}"
        pipeline = pipeline.compose(wds.shuffle(self.shuffle_buffer, min(100, self.shuffle_buffer), seed=shuffle_seed))
        # Skipping happens on raw bytes, before decoding: a mid-epoch resume costs reads, not decodes.
        try:
            for raw in itertools.islice(pipeline, skip * self.batch_size, None):
                yield sample_from_tar(raw, self.make_dataset)
        except UdtError as exc:
            if info is None:
                raise
            # PyTorch re-raises a worker's exception by calling its class with one string, which a UdtError
            # cannot take; pass it on as an item instead, and ShardEpochs.loader raises it in the main process.
            yield WorkerFailure(type(exc), exc.code, exc.message, exc.hint)


@dataclass(frozen=True)
class WorkerFailure:
    """A ``UdtError`` raised in a DataLoader worker, carried to the main process as data."""

    kind: type[UdtError]
    code: str
    message: str
    hint: str

    def raise_it(self) -> None:
        raise self.kind(self.code, self.message, self.hint)


def _collate_or_failure(collate_fn: Callable[[list[Any]], Any], items: list[Any]) -> Any:
    failure = next((i for i in items if isinstance(i, WorkerFailure)), None)
    return failure if failure is not None else collate_fn(items)


def _raising_failures(loader: DataLoader) -> Iterator[Any]:
    for batch in loader:
        if isinstance(batch, WorkerFailure):
            batch.raise_it()
        yield batch


class ShardEpochs:
    """What the training loop uses in place of the map-style batch sampler when ``--data`` holds shards.

    ``len()`` is the number of batches per rank per epoch; :meth:`loader` gives the epoch's ``DataLoader``.
    """

    def __init__(self, root: Path, index: ShardIndex, stream: ShardStream) -> None:
        self.root, self.index, self.stream = root, index, stream

    def __len__(self) -> int:
        return self.stream.plan().batches_per_rank

    @property
    def pairs(self) -> int:
        return sum(self.stream.counts)

    def set_epoch(self, epoch: int, skip: int = 0) -> None:
        self.stream.set_epoch(epoch, skip)

    def loader(self, collate_fn: Callable[[list[Any]], Any]) -> Iterator[Any]:
        """This epoch's batches. Batching happens per worker; each worker's share is whole batches. A ``UdtError``
        in a worker (a damaged shard, an unreadable image with ``fail_fast``) is raised here as itself."""
        collate = partial(_collate_or_failure, collate_fn)
        loader = DataLoader(
            self.stream,
            batch_size=self.stream.batch_size,
            collate_fn=collate,
            num_workers=self.stream.num_workers,
            multiprocessing_context=worker_start_method(self.stream.num_workers, self.stream, collate),
            # Worker seeding does not matter: every random choice in the stream is seeded from the plan.
            generator=torch.Generator().manual_seed(0),
        )
        return _raising_failures(loader)


def open_shards(
    root: str | Path,
    split: str,
    make_dataset: DatasetFactory,
    *,
    batch_size: int,
    seed: int = 0,
    rank: int = 0,
    world_size: int = 1,
    num_workers: int = 0,
    taxonomy_digest: str | None = None,
) -> ShardEpochs:
    """Open a shard folder's ``split`` for training on one rank.

    ``make_dataset(records, image_source)`` builds the map-style data set the samples should look like, with the
    same options the training loop would give :func:`~model.data.open.open_dataset` (image size, fail-fast, ...).
    """
    root = Path(root)
    index = read_shard_index(root)
    part = index.split(split)
    if taxonomy_digest and index.ontology.digest and taxonomy_digest != index.ontology.digest:
        log.warning(
            "shards in %s were labelled with ontology %s (digest %s), this run uses digest %s; "
            "re-shard to normalise the labels with the current ontology",
            root, index.ontology.version, index.ontology.digest[:12], taxonomy_digest[:12],
        )
    stream = ShardStream(
        index.urls(root, split),
        part.counts,
        make_dataset,
        batch_size=batch_size,
        seed=seed,
        rank=rank,
        world_size=world_size,
        num_workers=num_workers,
    )
    epochs = ShardEpochs(root, index, stream)
    plan = stream.plan(0)
    if plan.dropped:
        log.info("%s [%s]: %d pairs per epoch are left out (< one global batch); they change every epoch",
                 root, split, plan.dropped)
    return epochs

