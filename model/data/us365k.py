"""Reader for the US-365K release layout (REFERENCE §3).

```
root/
  images/ or images.zip      the pictures (a zip is read in place, never extracted)
  train.jsonl valid.jsonl test.jsonl    {"image": <file>, "caption": <text>} per line
  full_data.json             [{"media_name": ..., "Diagnosis": [...] or "...", ...}, ...]
```
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any

from model.data.images import FolderSource, ImageSource, ZipSource
from model.data.jsonl import read_json, read_jsonl
from model.data.labels import empty_labels, normalize_labels
from model.data.paths import safe_relative
from model.data.records import DataRecord, case_id_of
from model.data.splits import SPLITS, split_cases
from udt.errors import DataError
from udt.taxonomy import Taxonomy

FULL_DATA = "full_data.json"
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff")


def is_us365k(root: Path) -> bool:
    """True for a folder holding split files or ``full_data.json``."""
    return root.is_dir() and ((root / FULL_DATA).is_file() or any((root / f"{s}.jsonl").is_file() for s in SPLITS))


def media_key(name: str) -> str:
    """The key that joins a split line to its ``full_data.json`` record: the path without image suffix."""
    text = str(name).strip().replace("\\", "/")
    low = text.lower()
    for suffix in IMAGE_SUFFIXES:
        if low.endswith(suffix):
            return text[: -len(suffix)]
    return text


def image_source(root: Path) -> ImageSource:
    """``images/`` if present, else ``images.zip``, else the root folder itself."""
    if (root / "images").is_dir():
        return FolderSource(root / "images")
    if (root / "images.zip").is_file():
        return ZipSource(root / "images.zip")
    return FolderSource(root)


def read_us365k(
    root: Path,
    split: str,
    tax: Taxonomy,
    *,
    case_pattern: str | None = None,
    seed: int = 0,
) -> tuple[list[DataRecord], int]:
    """Records of ``split`` (``"all"`` for every split) and the number of unknown label values dropped.

    Without split files the records of ``full_data.json`` are split by case (see :func:`split_cases`).
    Case ids come from a ``case_id``-like field, else from ``case_pattern`` (a regex on the file name whose
    first group is the case), else each image is its own case.
    """
    pattern = re.compile(case_pattern) if case_pattern else None
    labels_by_key: dict[str, dict[str, Any]] = {}
    full_records: list[dict[str, Any]] = []
    full = root / FULL_DATA
    if full.is_file():
        data = read_json(full)
        if isinstance(data, dict):  # some mirrors store {media_name: record}
            data = [{"media_name": k, **v} for k, v in data.items() if isinstance(v, dict)]
        if not isinstance(data, list):
            raise DataError("data.bad_full_data", f"{full}: expected a list of records", "see REFERENCE §3")
        for i, rec in enumerate(data):
            if not isinstance(rec, dict) or "media_name" not in rec:
                raise DataError(
                    "data.bad_full_data", f"{full}: record {i} has no 'media_name'", "every record names its image"
                )
            key = media_key(str(rec["media_name"]))
            full_records.append(rec)
            labels_by_key[key] = rec
            labels_by_key.setdefault(posixpath.basename(key), rec)

    wanted = SPLITS if split == "all" else (split,)
    split_files = {s: root / f"{s}.jsonl" for s in SPLITS if (root / f"{s}.jsonl").is_file()}
    if split != "all" and split not in SPLITS:
        raise DataError("data.bad_split", f"unknown split {split!r}", f"use one of {', '.join(SPLITS)} or 'all'")

    rows: list[tuple[str, dict[str, Any], str]] = []  # (split, object, where)
    if split_files:
        for s in wanted:
            if s not in split_files:
                continue
            for lineno, obj in read_jsonl(split_files[s]):
                rows.append((s, obj, f"{split_files[s]}:{lineno}"))
    else:
        for i, rec in enumerate(full_records):
            rows.append(("", {"image": rec["media_name"], **rec}, f"{full}: record {i}"))

    records: list[DataRecord] = []
    unknown = 0
    for s, obj, where in rows:
        image = obj.get("image", obj.get("media_name"))
        if image in (None, ""):
            raise DataError("data.missing_image", f"{where}: no 'image' field", 'add "image": <file name>')
        image = safe_relative(str(image), where=where)
        key = media_key(image)
        rec = labels_by_key.get(key) or labels_by_key.get(posixpath.basename(key))
        if rec is None:
            labels, bad = empty_labels(tax), 0
        else:
            labels, bad = normalize_labels(rec, tax)
        unknown += bad
        caption = obj.get("caption", obj.get("text", ""))
        merged = {**(rec or {}), **obj}
        records.append(
            DataRecord(
                key=key,
                image=image,
                caption="" if caption is None else str(caption),
                labels=labels,
                case_id=case_id_of(merged, posixpath.basename(key), pattern),
                split=s,
            )
        )
    if not split_files:
        assign = split_cases((r.case_id for r in records), seed=seed)
        records = [r.model_copy(update={"split": assign[r.case_id]}) for r in records]
        if split != "all":
            records = [r for r in records if r.split == split]
    return records, unknown
