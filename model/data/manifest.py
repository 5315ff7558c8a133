"""Reader for generic CSV / JSONL manifests of image–text pairs.

Columns (any of the aliases; CSV header or JSONL keys): image path, caption, optional case id, optional split,
optional labels (a ``labels`` object, or one column per US-365K field). Rows without labels get labels parsed from
their caption by the udt parser, once, cached beside the manifest.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

from model.data.jsonl import read_jsonl
from model.data.labels import derive_labels, has_labels, normalize_labels
from model.data.paths import safe_relative
from model.data.records import DataRecord, case_id_of
from model.data.splits import SPLITS, split_cases
from model.data.us365k import media_key
from udt.errors import DataError
from udt.taxonomy import Taxonomy, as_value_list

IMAGE_KEYS = ("image", "image_path", "path", "file", "filename", "media_name")
CAPTION_KEYS = ("caption", "text", "report", "findings")
MANIFEST_NAMES = ("manifest.csv", "manifest.jsonl", "data.csv", "data.jsonl")


def find_manifest(path: Path) -> Path | None:
    """The manifest file ``path`` names, or the conventional one inside a folder."""
    if path.is_file() and path.suffix.lower() in (".csv", ".jsonl", ".tsv"):
        return path
    if path.is_dir():
        for name in MANIFEST_NAMES:
            if (path / name).is_file():
                return path / name
    return None


def _first(row: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for k in keys:
        if row.get(k) not in (None, ""):
            return row[k]
    return None


def _cell_values(raw: Any) -> list[str]:
    # CSV cells may hold a JSON list or "a; b" / "a|b" lists.
    if isinstance(raw, str):
        text = raw.strip()
        if text.startswith("["):
            try:
                return as_value_list(json.loads(text))
            except ValueError:
                pass
        for sep in (";", "|"):
            if sep in text:
                return as_value_list(text.split(sep))
    return as_value_list(raw)


def _rows(path: Path) -> list[tuple[str, dict[str, Any]]]:
    if path.suffix.lower() == ".jsonl":
        return [(f"{path}:{n}", obj) for n, obj in read_jsonl(path)]
    try:
        with path.open("r", encoding="utf-8", newline="") as handle:
            dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
            reader = csv.DictReader(handle, dialect=dialect)
            return [(f"{path}:{i}", dict(row)) for i, row in enumerate(reader, start=2)]
    except UnicodeDecodeError as exc:
        raise DataError("data.bad_encoding", f"{path}: not UTF-8 text", "save the file as UTF-8") from exc
    except csv.Error as exc:
        raise DataError("data.bad_csv", f"{path}: {exc}", "check quoting in the CSV") from exc


def read_manifest(
    path: Path, split: str, tax: Taxonomy, *, seed: int = 0, derive: bool = True, case_pattern: str | None = None
) -> tuple[list[DataRecord], int]:
    """Records of ``split`` (or ``"all"``) from a manifest, and the number of unknown label values dropped."""
    if split != "all" and split not in SPLITS:
        raise DataError("data.bad_split", f"unknown split {split!r}", f"use one of {', '.join(SPLITS)} or 'all'")
    pattern = re.compile(case_pattern) if case_pattern else None
    rows = _rows(path)
    if not rows:
        raise DataError("data.empty_manifest", f"{path}: no records", "add rows with an image and a caption")
    fields = tax.fields
    records: list[DataRecord] = []
    unknown = 0
    need_parse: list[int] = []
    for where, row in rows:
        image = _first(row, IMAGE_KEYS)
        if image is None:
            raise DataError(
                "data.missing_image", f"{where}: no image path", f"name the column one of {', '.join(IMAGE_KEYS)}"
            )
        image = safe_relative(str(image), where=where)
        caption = _first(row, CAPTION_KEYS)
        raw_labels: dict[str, Any] = {}
        nested = row.get("labels")
        if isinstance(nested, str) and nested.strip():
            try:
                nested = json.loads(nested)
            except ValueError as exc:
                raise DataError("data.bad_labels", f"{where}: 'labels' is not JSON", "write a JSON object") from exc
        if isinstance(nested, dict):
            raw_labels.update(nested)
        for f in fields:
            if f in row and row[f] not in (None, ""):
                raw_labels[f] = _cell_values(row[f])
        labels, bad = normalize_labels(raw_labels, tax)
        unknown += bad
        if not has_labels(labels):
            need_parse.append(len(records))
        key = media_key(image)
        records.append(
            DataRecord(
                key=key,
                image=image,
                caption="" if caption is None else str(caption),
                labels=labels,
                case_id=case_id_of(row, key, pattern),
                split=str(row.get("split") or ""),
            )
        )
    if derive and need_parse:
        derived = derive_labels([records[i].caption for i in need_parse], path, tax)
        for i, labels in zip(need_parse, derived, strict=True):
            records[i] = records[i].model_copy(update={"labels": labels})
    bad_splits = {r.split for r in records if r.split and r.split not in SPLITS}
    if bad_splits:
        raise DataError(
            "data.bad_split", f"{path}: unknown split value(s) {sorted(bad_splits)}", f"use {', '.join(SPLITS)}"
        )
    if any(not r.split for r in records):
        # Records without a split are assigned by case; cases already split elsewhere keep their split.
        fixed = {r.case_id: r.split for r in records if r.split}
        assign = split_cases({r.case_id for r in records if r.case_id not in fixed}, seed=seed)
        assign.update(fixed)
        records = [r if r.split else r.model_copy(update={"split": assign[r.case_id]}) for r in records]
    if split != "all":
        records = [r for r in records if r.split == split]
    return records, unknown
