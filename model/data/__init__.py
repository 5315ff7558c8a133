"""Data sets of ultrasound image–text pairs: US-365K and manifest readers, case splits, loading.

>>> from model.data import open_dataset, make_loader          # doctest: +SKIP
>>> ds = open_dataset("phantom/", split="train", image_size=128)
>>> for batch in make_loader(ds, batch_size=32, num_workers=2):
...     batch.images.shape, batch.captions[0], batch.labels[0]["Diagnosis"]
"""

from model.data.dataset import Batch, ImageTextDataset, Sample, SkipCounter, Skipped, collate, make_loader
from model.data.images import CLIP_MEAN, CLIP_STD, decode_image
from model.data.open import open_dataset, read_records
from model.data.records import DataRecord, LabelRecord
from model.data.splits import SPLITS, split_cases
from model.data.stats import DataStats, dataset_stats, format_stats

__all__ = [
    "CLIP_MEAN",
    "CLIP_STD",
    "SPLITS",
    "Batch",
    "DataRecord",
    "DataStats",
    "ImageTextDataset",
    "LabelRecord",
    "Sample",
    "SkipCounter",
    "Skipped",
    "collate",
    "dataset_stats",
    "decode_image",
    "format_stats",
    "make_loader",
    "open_dataset",
    "read_records",
    "split_cases",
]
