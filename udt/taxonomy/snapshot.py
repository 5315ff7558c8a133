"""A JSON snapshot of a loaded taxonomy, keyed by the ontology file's SHA-256.

Parsing RDF/XML with rdflib costs a few hundred milliseconds; the snapshot brings a repeated load down to a few
milliseconds. It is plain JSON (never pickle), lives in the user's cache directory, is written atomically, and a
changed ontology has a new digest, so a stale snapshot is never read. Any problem with the cache is ignored:
the ontology is then parsed as usual.
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any

from udt.taxonomy.concept import Concept, Dimension, FindingLink

# 2: concepts carry sites, findings (FindingLink records), declared roles and TI-RADS points;
#    dimensions carry the declared ``ordinal`` flag.
# 3: concepts carry the declared ``unpaired`` role.
# 4: concepts carry the declared ``region`` role.
# 5: concepts carry the declared ``physiological`` role.
# 6: same content; a snapshot is now trusted to stand for XML-screened bytes (taxonomy.load skips the screen on a
#    hit), so snapshots of earlier code, which may predate the screen, are not read.
# 7: concepts carry the declared ``laterality``.
# 8: concepts carry the declared ``organ_state`` role.
# 9: concepts carry the declared ``names_no_attribute`` role.
# 10: concepts carry the declared ``abdominopelvic`` and ``generic_lesion`` roles and ``unplaced_site``.
# 11: concepts carry ``foreign_synonyms`` (the synonyms tagged with a language other than English).
SNAPSHOT_FORMAT = 11


def cache_dir() -> Path | None:
    """``$UDT_CACHE_DIR``, else ``$XDG_CACHE_HOME/udt``, else ``~/.cache/udt``; ``None`` disables (UDT_CACHE_DIR="")."""
    configured = os.environ.get("UDT_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "udt"


def _path(digest: str) -> Path | None:
    folder = cache_dir()
    # The format is part of the name, so that code of another format neither reads nor overwrites this file.
    return folder / f"taxonomy-v{SNAPSHOT_FORMAT}-{digest[:32]}.json" if folder is not None else None


def read_snapshot(digest: str) -> dict[str, Any] | None:
    path = _path(digest)
    if path is None or not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != SNAPSHOT_FORMAT or data.get("digest") != digest:
            return None
        data["dimensions"] = tuple(Dimension(**d) for d in data["dimensions"])
        data["concepts"] = {c["iri"]: _concept(c) for c in data["concepts"]}
        return data
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _concept(raw: dict[str, Any]) -> Concept:
    fields = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items() if k not in _NESTED}
    findings = tuple(FindingLink(**f) for f in raw.get("findings", ()))
    unions = tuple(tuple(members) for members in raw.get("site_unions", ()))
    return Concept(**fields, findings=findings, site_unions=unions)


_NESTED = ("findings", "site_unions")


def write_snapshot(
    digest: str,
    dimensions: tuple[Dimension, ...],
    concepts: dict[str, Concept],
    version: str | None,
    version_iri: str | None,
) -> None:
    path = _path(digest)
    if path is None:
        return
    payload = {
        "format": SNAPSHOT_FORMAT,
        "digest": digest,
        "version": version,
        "version_iri": version_iri,
        "dimensions": [dataclasses.asdict(d) for d in dimensions],
        "concepts": [dataclasses.asdict(c) for c in concepts.values()],
    }
    try:
        from udt.atomic import atomic_write_text

        atomic_write_text(path, json.dumps(payload, ensure_ascii=False))
    except OSError:
        pass  # a read-only home directory only costs speed
