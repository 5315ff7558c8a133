"""``udt data stats``: size, splits, cases and label coverage of a data set (REFERENCE §3 table)."""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from pathlib import Path

from pydantic import BaseModel, Field

from model.data.open import read_records
from model.data.splits import SPLITS
from udt.taxonomy import Taxonomy


class FieldCoverage(BaseModel):
    """How many records state a dimension, and its most frequent values."""

    field: str
    labelled: int
    fraction: float
    top: list[tuple[str, int]] = Field(default_factory=list)


class DataStats(BaseModel):
    """Summary of a data set, as printed by ``udt data stats``."""

    path: str
    layout: str
    records: int
    splits: dict[str, int]
    cases: dict[str, int]
    total_cases: int
    cases_in_several_splits: int
    empty_captions: int
    image_bytes: int | None = Field(None, description="size of images/ or images.zip (US-365K layout)")
    unknown_label_values: int
    coverage: list[FieldCoverage]


def _image_bytes(root: Path) -> int | None:
    if (root / "images").is_dir():
        total, stack = 0, [root / "images"]
        while stack:
            with os.scandir(stack.pop()) as it:
                for entry in it:
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(Path(entry.path))
                    elif entry.is_file(follow_symlinks=False):
                        total += entry.stat(follow_symlinks=False).st_size
        return total
    if (root / "images.zip").is_file():
        return (root / "images.zip").stat().st_size
    return None


def dataset_stats(
    path: str | Path, *, taxonomy: Taxonomy | None = None, top: int = 3, derive_labels: bool = True
) -> DataStats:
    """Count records, splits, cases and label coverage without decoding any image."""
    from udt import load_taxonomy

    tax = taxonomy or load_taxonomy()
    records, root, layout, unknown = read_records(path, "all", taxonomy=tax, derive_labels=derive_labels)
    splits = Counter(r.split for r in records)
    cases: dict[str, set[str]] = defaultdict(set)
    split_of: dict[str, set[str]] = defaultdict(set)
    for r in records:
        cases[r.split].add(r.case_id)
        split_of[r.case_id].add(r.split)
    coverage = []
    n = max(len(records), 1)
    for f in tax.fields:
        values = Counter(v for r in records for v in r.labels.get(f, []))
        labelled = sum(1 for r in records if r.labels.get(f))
        coverage.append(FieldCoverage(field=f, labelled=labelled, fraction=labelled / n, top=values.most_common(top)))
    order = [s for s in SPLITS if s in splits] + sorted(s for s in splits if s not in SPLITS)
    return DataStats(
        path=str(path),
        layout=layout,
        records=len(records),
        splits={s: splits[s] for s in order},
        cases={s: len(cases[s]) for s in order},
        total_cases=len(split_of),
        cases_in_several_splits=sum(1 for s in split_of.values() if len(s) > 1),
        empty_captions=sum(1 for r in records if not r.caption.strip()),
        image_bytes=_image_bytes(root) if layout == "us365k" else None,
        unknown_label_values=unknown,
        coverage=coverage,
    )


def format_stats(stats: DataStats) -> str:
    """A plain-text table of :class:`DataStats`."""
    size = f"   images: {stats.image_bytes / 1e6:.1f} MB" if stats.image_bytes is not None else ""
    lines = [f"{stats.path}  ({stats.layout})", f"records: {stats.records}   cases: {stats.total_cases}{size}"]
    for s, count in stats.splits.items():
        lines.append(f"  {s or '(none)':<6} {count:>9} pairs  {stats.cases.get(s, 0):>7} cases")
    if stats.cases_in_several_splits:
        lines.append(f"WARNING: {stats.cases_in_several_splits} case(s) appear in more than one split")
    if stats.empty_captions:
        lines.append(f"empty captions: {stats.empty_captions}")
    if stats.unknown_label_values:
        lines.append(f"unknown label values dropped: {stats.unknown_label_values}")
    lines.append("")
    lines.append(f"{'dimension':<26}{'labelled':>10}{'coverage':>10}  most frequent")
    for c in stats.coverage:
        top = ", ".join(f"{v} ({k})" for v, k in c.top)
        lines.append(f"{c.field:<26}{c.labelled:>10}{100 * c.fraction:>9.1f}%  {top}")
    return "\n".join(lines) + "\n"
