"""``open_dataset``: one entry point that recognises the layout of a data set."""

from __future__ import annotations

from pathlib import Path

from model.data.dataset import ImageTextDataset
from model.data.images import CLIP_MEAN, CLIP_STD, FolderSource
from model.data.manifest import find_manifest, read_manifest
from model.data.paths import refuse_escaping_links
from model.data.records import DataRecord
from model.data.us365k import image_source, is_us365k, read_us365k
from udt.errors import DataError
from udt.taxonomy import Taxonomy


def read_records(
    path: str | Path,
    split: str = "train",
    *,
    taxonomy: Taxonomy | None = None,
    seed: int = 0,
    case_pattern: str | None = None,
    derive_labels: bool = True,
) -> tuple[list[DataRecord], Path, str, int]:
    """Records of a data set without decoding images: ``(records, root, layout, unknown_label_values)``."""
    from udt import load_taxonomy

    tax = taxonomy or load_taxonomy()
    p = Path(path)
    if not p.exists():
        raise DataError("data.not_found", f"no data set at {p}", "give a US-365K folder or a CSV/JSONL manifest")
    if is_us365k(p):
        records, unknown = read_us365k(p, split, tax, case_pattern=case_pattern, seed=seed)
        return records, p, "us365k", unknown
    manifest = find_manifest(p)
    if manifest is not None:
        records, unknown = read_manifest(
            manifest, split, tax, seed=seed, derive=derive_labels, case_pattern=case_pattern
        )
        return records, manifest.parent, "manifest", unknown
    raise DataError(
        "data.unknown_layout",
        f"{p} is neither a US-365K folder nor a manifest",
        "expected train/valid/test.jsonl or full_data.json, or a .csv/.jsonl manifest (or manifest.csv inside)",
    )


def open_dataset(
    path: str | Path,
    split: str = "train",
    image_size: int = 224,
    fail_fast: bool = False,
    *,
    mean: tuple[float, float, float] = CLIP_MEAN,
    std: tuple[float, float, float] = CLIP_STD,
    taxonomy: Taxonomy | None = None,
    seed: int = 0,
    case_pattern: str | None = None,
    derive_labels: bool = True,
) -> ImageTextDataset:
    """Open a data set, recognising its layout: a US-365K folder or a CSV/JSONL manifest.

    >>> ds = open_dataset("phantom/", split="train", image_size=128)   # doctest: +SKIP
    >>> sample = ds[0]; sample.image.shape, sample.labels["Organ_level"]  # doctest: +SKIP
    (torch.Size([3, 128, 128]), ['Thyroid gland'])

    ``split`` is ``train``, ``valid``, ``test`` or ``all``; data without split files are split by case with
    ``seed``. Labels missing from a manifest are parsed from the captions (cached beside the manifest).
    """
    records, root, layout, unknown = read_records(
        path, split, taxonomy=taxonomy, seed=seed, case_pattern=case_pattern, derive_labels=derive_labels
    )
    source = image_source(root) if layout == "us365k" else FolderSource(root)
    if isinstance(source, FolderSource):
        refuse_escaping_links(source.root, (r.image for r in records), where=str(path))
    return ImageTextDataset(
        records,
        source,
        image_size=image_size,
        mean=mean,
        std=std,
        fail_fast=fail_fast,
        root=root,
        unknown_label_values=unknown,
    )
