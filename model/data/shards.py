"""WebDataset shards: ``udt data shard`` writes them, ``udt train --data DIR`` streams them.

A shard folder holds ``<split>-000000.tar`` ... written by ``webdataset.ShardWriter`` and an index,
``shards.json`` (:class:`ShardIndex`): splits, shard names, per-shard sample counts, the ontology the labels were
normalised with, and where the pairs came from. Each sample in a tar is

```
000000042.png    the image bytes exactly as stored in the source (.jpg, .png, ...)
000000042.txt    the caption (UTF-8)
000000042.json   {"key", "image", "case_id", "split", "labels": {nine US-365K fields}}
```

Samples are written in a seeded random order so that one shard mixes cases (a source sorted by case would otherwise
put one patient's images into one shard, and a shard-level shuffle could not break them apart). Splits come from the
readers (release split files, or :func:`~model.data.splits.split_cases` by case) and are checked to be
case-disjoint before anything is written. The whole folder is written under a temporary name and renamed into
place, so an interrupted run never leaves a half-written shard set.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from model.data.images import BadImage, FolderSource, ImageSource, ZipSource, refuse_member
from model.data.records import DataRecord
from model.data.splits import SPLITS
from udt.atomic import atomic_write_text
from udt.errors import DataError
from udt.taxonomy import Taxonomy

SHARD_INDEX = "shards.json"
SHARD_FORMAT = 1
SHARD_PATTERN = "{split}-%06d.tar"
# US-365K release files that describe the data set (read from a zip without extracting the images).
_METADATA_NAMES = ("train.jsonl", "valid.jsonl", "test.jsonl", "full_data.json", "manifest.csv", "manifest.jsonl")
# US-365K's largest metadata file is a few hundred MB; more than this in one member is a damaged or hostile zip.
_MAX_METADATA_BYTES = 4 * 1024**3
_IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff")


class ShardSplit(BaseModel):
    """The shards of one split, in write order, with the number of samples in each."""

    shards: list[str]
    counts: list[int]
    pairs: int
    cases: int


class OntologyStamp(BaseModel):
    """Which ontology normalised the labels (a different digest means the label vocabulary may differ)."""

    version: str | None = None
    version_iri: str | None = None
    digest: str = ""


class ShardIndex(BaseModel):
    """``shards.json``: what a shard folder holds."""

    format: int = SHARD_FORMAT
    source: str = Field(description="the data set the shards were made from")
    dataset: str = Field("", description="its name for model cards: US-365K, udt-phantom, or the manifest's name")
    layout: str = Field(description="us365k or manifest")
    shard_size: int
    seed: int
    ontology: OntologyStamp
    splits: dict[str, ShardSplit]
    missing_images: int = 0
    missing_examples: list[str] = Field(default_factory=list)
    unknown_label_values: int = 0

    def urls(self, root: Path, split: str) -> list[str]:
        """Absolute shard paths of ``split`` in write order."""
        return [str(Path(root) / name) for name in self.split(split).shards]

    def split(self, name: str) -> ShardSplit:
        if name not in self.splits:
            raise DataError(
                "shards.no_split",
                f"shard index has no split {name!r} (it has {', '.join(sorted(self.splits)) or 'none'})",
                "train on a split the shards hold (data.split), or re-shard the source",
            )
        return self.splits[name]


def is_shard_dir(path: str | Path) -> bool:
    """True for a folder holding ``shards.json``."""
    p = Path(path)
    return p.is_dir() and (p / SHARD_INDEX).is_file()


def read_shard_index(root: str | Path) -> ShardIndex:
    """Read and check ``root/shards.json``: every listed shard exists and the counts add up."""
    path = Path(root) / SHARD_INDEX
    try:
        index = ShardIndex.model_validate_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        hint = "make shards with `udt data shard SRC --out DIR`"
        raise DataError("shards.no_index", f"{path} not found", hint) from exc
    except (ValidationError, ValueError, UnicodeDecodeError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        message = f"{path} is not a valid shard index: {first}"
        raise DataError("shards.bad_index", message, "re-run udt data shard") from exc
    if index.format != SHARD_FORMAT:
        raise DataError(
            "shards.format",
            f"{path} has shard format {index.format}, this udt reads format {SHARD_FORMAT}",
            "re-run udt data shard with this version",
        )
    for name, split in index.splits.items():
        consistent = len(split.shards) == len(split.counts) and sum(split.counts) == split.pairs
        if not consistent or min(split.counts, default=1) < 1:
            raise DataError("shards.bad_index", f"{path}: split {name!r} counts do not add up", "re-run udt data shard")
        for shard in split.shards:
            if not (Path(root) / shard).is_file():
                raise DataError(
                    "shards.missing", f"{path} lists {shard}, which is not in {root}", "copy the whole shard folder"
                )
    return index


# -- reading the source ------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _opened_source(src: Path) -> Iterator[tuple[Path, ImageSource | None]]:
    """Yield ``(data_path, image_source)`` for a folder, a manifest, or a zip of a US-365K release.

    A zip is read in place: only its small metadata files are copied to a temporary folder, the images are read
    from the archive member by member.
    """
    if src.is_file() and src.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(src)
        except (OSError, zipfile.BadZipFile) as exc:
            raise DataError("shards.bad_zip", f"cannot open {src}: {exc}", "give a readable .zip") from exc
        with archive, tempfile.TemporaryDirectory(prefix="udt-shard-meta-") as tmp:
            found = False
            for member in archive.namelist():
                base = member.rsplit("/", 1)[-1]
                if base in _METADATA_NAMES:
                    _copy_member(archive, member, Path(tmp) / base, src)
                    found = True
            if not found:
                raise DataError(
                    "shards.zip_layout",
                    f"{src} holds none of {', '.join(_METADATA_NAMES)}",
                    "zip the whole US-365K folder (split files + images), or unpack it and pass the folder",
                )
            yield Path(tmp), ZipSource(src)
        return
    yield src, None


def _copy_member(archive: zipfile.ZipFile, member: str, dest: Path, src: Path) -> None:
    """Stream one metadata member to ``dest`` (never whole in memory), refusing links and oversized members."""
    try:
        refuse_member(archive.getinfo(member), src, _MAX_METADATA_BYTES)
        with archive.open(member) as fin, dest.open("wb") as fout:
            shutil.copyfileobj(fin, fout, 1 << 20)
    except BadImage as exc:
        raise DataError("shards.bad_member", str(exc), "repack the zip from the US-365K folder") from exc
    except (OSError, zipfile.BadZipFile, EOFError) as exc:
        raise DataError("shards.bad_zip", f"cannot read {src}:{member}: {exc}", "give a readable .zip") from exc


def _read_bytes(source: ImageSource, name: str) -> tuple[str, bytes]:
    """The image bytes and the member name found (US-365K names may lack their suffix)."""
    try:
        return name, source.read(name)
    except BadImage:
        if any(name.lower().endswith(s) for s in _IMAGE_SUFFIXES):
            raise
        for suffix in _IMAGE_SUFFIXES:
            if source.exists(name + suffix):
                return name + suffix, source.read(name + suffix)
        raise


def _image_extension(name: str, data: bytes) -> str:
    """The tar extension for the stored bytes: the file's own suffix, else sniffed from the magic number."""
    suffix = Path(name).suffix.lower().lstrip(".")
    if suffix in {s.lstrip(".") for s in _IMAGE_SUFFIXES}:
        return suffix
    if data.startswith(b"\x89PNG"):
        return "png"
    if data.startswith(b"\xff\xd8"):
        return "jpg"
    if data.startswith(b"BM"):
        return "bmp"
    return "jpg"  # PIL decodes by content, not by extension; the extension only has to be an image one


def dataset_name(root: Path, layout: str) -> str:
    """A short name of a data source for model cards: the phantom, US-365K, or the manifest's folder name."""
    folder = root if root.is_dir() else root.parent
    if (folder / "phantom.json").is_file():
        return "udt-phantom (synthetic)"
    if layout.startswith("us365k"):
        return "US-365K"
    return folder.name or str(root)


def check_case_disjoint(records: Sequence[DataRecord], where: str) -> None:
    """Raise if a case id appears in two splits (its images would leak between training and evaluation)."""
    seen: dict[str, str] = {}
    for rec in records:
        other = seen.setdefault(rec.case_id, rec.split)
        if other != rec.split:
            raise DataError(
                "shards.case_leak",
                f"{where}: case {rec.case_id!r} is in both {other!r} and {rec.split!r}",
                "fix the split column (or split files) so every case is in one split",
            )


# -- writing -----------------------------------------------------------------------------------------------------


def _prepare_out(out: Path, src: Path, force: bool) -> None:
    # --force replaces --out: it must never be the source or a folder holding it.
    if out.resolve() == src.resolve() or out.resolve() in src.resolve().parents:
        raise DataError("shards.out_holds_source", f"--out {out} is or contains the source {src}", "write elsewhere")
    if out.exists() and not out.is_dir():
        raise DataError("shards.out_not_dir", f"--out {out} is a file", "give a folder path")
    if out.is_dir() and any(out.iterdir()) and not force:
        raise DataError("shards.out_not_empty", f"{out} is not empty", "choose an empty folder or pass --force")


def write_shards(
    src: str | Path,
    out: str | Path,
    *,
    shard_size: int,
    taxonomy: Taxonomy,
    seed: int = 0,
    force: bool = False,
    case_pattern: str | None = None,
    derive_labels: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> ShardIndex:
    """Convert a US-365K folder or zip, a CSV/JSONL manifest, or a phantom folder into WebDataset shards.

    >>> index = write_shards("phantom/", "shards/", shard_size=1000, taxonomy=tax)   # doctest: +SKIP
    >>> index.splits["train"].shards[:2]                                              # doctest: +SKIP
    ['train-000000.tar', 'train-000001.tar']

    Images that cannot be read from the source are left out, counted in ``missing_images`` and named (first 20)
    in ``missing_examples``; a source with no readable image at all is an error.
    """
    import webdataset as wds

    from model.data.open import read_records
    from model.data.us365k import image_source

    src, out = Path(src), Path(out)
    if shard_size < 1:
        raise DataError("shards.bad_size", f"--shard-size {shard_size} must be at least 1", "give a positive count")
    if not src.exists():
        raise DataError("shards.no_source", f"no data set at {src}", "give a US-365K folder or zip, or a manifest")
    _prepare_out(out, src, force)

    with _opened_source(src) as (data_path, zip_source):
        records, root, layout, unknown = read_records(
            data_path, "all", taxonomy=taxonomy, seed=seed, case_pattern=case_pattern, derive_labels=derive_labels
        )
        if not records:
            raise DataError("shards.empty", f"{src} has no image–text pairs", "check the split files or manifest")
        check_case_disjoint(records, str(src))
        source: ImageSource = zip_source or (image_source(root) if layout == "us365k" else FolderSource(root))

        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{out.name}-", dir=out.parent))
        try:
            splits: dict[str, ShardSplit] = {}
            missing: list[str] = []
            done, total = 0, len(records)
            for split in SPLITS:
                chosen = [r for r in records if r.split == split]
                if not chosen:
                    continue
                random.Random(f"{seed}:{split}").shuffle(chosen)
                counts: dict[str, int] = {}
                pattern = str(tmp / SHARD_PATTERN.format(split=split))
                # mtime=0: the same source and seed give byte-identical tars.
                with wds.ShardWriter(pattern, maxcount=shard_size, verbose=0, mtime=0) as writer:
                    for rec in chosen:
                        done += 1
                        try:
                            name, data = _read_bytes(source, rec.image)
                        except BadImage:
                            missing.append(rec.image)
                            continue
                        n = sum(counts.values())
                        writer.write(
                            {
                                "__key__": f"{n:09d}",
                                _image_extension(name, data): data,
                                "txt": rec.caption.encode("utf-8"),
                                "json": json.dumps(
                                    {
                                        "key": rec.key,
                                        "image": rec.image,
                                        "case_id": rec.case_id,
                                        "split": rec.split,
                                        "labels": rec.labels,
                                    },
                                    ensure_ascii=False,
                                    sort_keys=True,
                                ).encode("utf-8"),
                            }
                        )
                        shard_name = Path(writer.fname).name
                        counts[shard_name] = counts.get(shard_name, 0) + 1
                        if progress is not None:
                            progress(done, total)
                if counts:
                    names = sorted(counts)
                    splits[split] = ShardSplit(
                        shards=names,
                        counts=[counts[n] for n in names],
                        pairs=sum(counts.values()),
                        cases=len({r.case_id for r in chosen}),
                    )
            if not splits:
                where = getattr(source, "root", getattr(source, "path", src))
                raise DataError(
                    "shards.no_images",
                    f"none of the {total} images of {src} could be read (looked in {where}), e.g. {missing[0]!r}",
                    "image paths are relative to the manifest's folder (US-365K: images/ or images.zip)",
                )
            # A split whose every image was missing leaves an empty shard file behind; do not ship it.
            for leftover in tmp.glob("*.tar"):
                if not any(leftover.name in s.shards for s in splits.values()):
                    leftover.unlink()
            index = ShardIndex(
                source=str(src.resolve()),
                dataset=dataset_name(src if zip_source is None else src.parent, layout),
                layout="us365k-zip" if zip_source is not None else layout,
                shard_size=shard_size,
                seed=seed,
                ontology=OntologyStamp(
                    version=taxonomy.version, version_iri=taxonomy.version_iri, digest=taxonomy.digest
                ),
                splits=splits,
                missing_images=len(missing),
                missing_examples=missing[:20],
                unknown_label_values=unknown,
            )
            atomic_write_text(tmp / SHARD_INDEX, index.model_dump_json(indent=2) + "\n")
            _replace_dir(tmp, out)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return index


def _replace_dir(tmp: Path, out: Path) -> None:
    """Move the finished folder into place; an old ``out`` (``--force``) is removed only after the move."""
    old = None
    if out.exists():
        old = out.parent / f".old-{out.name}-{os.getpid()}"
        os.replace(out, old)
    os.replace(tmp, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def describe_index(index: ShardIndex) -> str:
    """A few human lines: shards and pairs per split."""
    onto = f"{index.ontology.version} {index.ontology.digest[:12]}"
    lines = [f"shards of {index.source} ({index.layout}), ontology {onto}"]
    for name, split in index.splits.items():
        lines.append(f"  {name}: {len(split.shards)} shard(s), {split.pairs} pairs, {split.cases} cases")
    if index.missing_images:
        lines.append(f"  left out {index.missing_images} pair(s) whose image could not be read, e.g. "
                     f"{', '.join(index.missing_examples[:3])}")
    return "\n".join(lines)
