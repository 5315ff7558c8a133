"""Label records: normalising them against the taxonomy, and deriving missing ones with the udt parser."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.data.records import LabelRecord
from udt.atomic import atomic_write_text

if TYPE_CHECKING:
    from udt.taxonomy import Taxonomy

CACHE_DIR = ".udt-cache"
_CACHE_FORMAT = 1


def empty_labels(tax: Taxonomy) -> LabelRecord:
    """A record with every field unknown."""
    return {f: [] for f in tax.fields}


def normalize_labels(raw: Mapping[str, Any], tax: Taxonomy) -> tuple[LabelRecord, int]:
    """The nine fields as released US-365K strings, and the number of unknown values left out.

    Unknown values are dropped from the record (they cannot become graph nodes) but counted, so
    ``udt data stats`` can report them.
    """
    fields = set(tax.fields)
    result = tax.validate_labels({k: v for k, v in raw.items() if k in fields})
    return {f: list(result.labels.get(f, [])) for f in tax.fields}, len(result.unknown_values)


def has_labels(record: Mapping[str, list[str]]) -> bool:
    return any(record.get(f) for f in record)


def parse_captions(texts: Sequence[str], tax: Taxonomy) -> list[LabelRecord]:
    """Label records for captions, from the udt report parser on the caller's ontology (replaced in tests)."""
    from udt import ReportParser

    parser = ReportParser(tax)
    return [dict(report.labels) for report in parser.pipe(list(texts))]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cache_path(manifest: Path, tax: Taxonomy) -> Path:
    """Where the derived labels of ``manifest`` are cached: beside it, keyed by content and ontology digest."""
    digest = hashlib.sha256()
    digest.update(manifest.read_bytes())
    digest.update(b"\x00")
    digest.update(tax.digest.encode())
    return manifest.parent / CACHE_DIR / f"{manifest.name}.labels.{digest.hexdigest()[:20]}.json"


def derive_labels(captions: Sequence[str], manifest: Path, tax: Taxonomy) -> list[LabelRecord]:
    """Labels for ``captions`` parsed once and cached on disk.

    The cache file's name carries a hash of the manifest's bytes and of the ontology, so editing either makes a new
    parse; a cache that cannot be read is rebuilt rather than trusted.
    """
    path = cache_path(manifest, tax)
    cached: dict[str, LabelRecord] = {}
    if path.is_file():
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            if payload.get("format") == _CACHE_FORMAT and payload.get("taxonomy_digest") == tax.digest:
                cached = {str(k): v for k, v in payload.get("labels", {}).items()}
        except (OSError, ValueError, AttributeError):
            cached = {}
    keys = [_sha(c) for c in captions]
    missing = sorted({k: c for k, c in zip(keys, captions, strict=True) if k not in cached}.items())
    if missing:
        parsed = parse_captions([c for _, c in missing], tax)
        for (key, _), record in zip(missing, parsed, strict=True):
            cached[key] = normalize_labels(record, tax)[0]
        payload = {
            "format": _CACHE_FORMAT,
            "manifest": manifest.name,
            "taxonomy_digest": tax.digest,
            "labels": cached,
        }
        atomic_write_text(path, json.dumps(payload, sort_keys=True))
    return [dict(cached[k]) for k in keys]
