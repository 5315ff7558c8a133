"""On-disk JSON cache of the generated matcher vocabulary (see :mod:`udt.parser.vocabulary`).

Generating every surface form and single-typo variant of the ontology's terms takes a few hundred milliseconds,
which dominates ``udt parse one.txt``. The result is a pure function of the ontology (``tax.digest``), the
termset and the generator code, so it is cached as plain JSON (never pickle) next to the taxonomy snapshot
(:func:`udt.taxonomy.snapshot.cache_dir`), written atomically. Any problem with the cache is ignored: the
vocabulary is then generated as usual.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from udt.parser.vocabulary import Term, Vocabulary, build_vocabulary

if TYPE_CHECKING:
    from udt.parser.termset import Termset
    from udt.taxonomy import Taxonomy

# 2: the typo table is stored as its own JSON text inside the file, decoded on first read (start-up never reads it
#    when the matcher's tables come from their cache).
CACHE_FORMAT = 2
# The generator code: a change to any of these files invalidates the cache.
_SOURCES = ("vocabulary.py", "variants.py", "termset.py", "vocab_cache.py")


def cache_key(tax: Taxonomy, termset: Termset) -> str | None:
    """Digest of the ontology, the termset and the generator code; ``None`` if the ontology has no digest."""
    if not tax.digest:
        return None
    h = hashlib.sha256(f"{CACHE_FORMAT}|{tax.digest}|{termset!r}".encode())
    here = Path(__file__).parent
    for name in _SOURCES:
        h.update((here / name).read_bytes())
    return h.hexdigest()


def _path(name: str) -> Path | None:
    from udt.taxonomy.snapshot import cache_dir

    folder = cache_dir()
    return folder / f"parser-{name[:48]}.json" if folder is not None else None


def to_json(vocab: Vocabulary, key: str) -> str:
    terms: dict[Term, int] = {}

    def table(forms: Mapping[str, Term]) -> dict[str, int]:
        return {form: terms.setdefault(term, len(terms)) for form, term in forms.items()}

    payload: dict[str, Any] = {
        "format": CACHE_FORMAT,
        "key": key,
        "forms": table(vocab.forms),
        "cased_forms": table(vocab.cased_forms),
        "typos": json.dumps(table(vocab.typos), ensure_ascii=False, separators=(",", ":")),
        "absence": vocab.absence,
        "normal_iri": vocab.normal_iri,
        "pediatric": vocab.pediatric,
        "pediatric_cues": list(vocab.pediatric_cues),
    }
    payload["terms"] = [[t.iri, t.field, t.strength, t.generic] for t in terms]
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def from_json(text: str, key: str) -> Vocabulary | None:
    data = json.loads(text)
    if data.get("format") != CACHE_FORMAT or data.get("key") != key:
        return None
    terms = [Term(iri, field, int(strength), bool(generic)) for iri, field, strength, generic in data["terms"]]
    return Vocabulary(
        forms={f: terms[i] for f, i in data["forms"].items()},
        cased_forms={f: terms[i] for f, i in data["cased_forms"].items()},
        typos=_EncodedTable(data["typos"], terms),
        absence=dict(data["absence"]),
        normal_iri=data["normal_iri"],
        pediatric=dict(data["pediatric"]),
        pediatric_cues=tuple(data["pediatric_cues"]),
    )


class _EncodedTable(Mapping[str, Term]):
    """A form table kept as its JSON text (``{"form": term index}``) until it is first read.

    The typo table holds most of the vocabulary's forms (about 47,000 of 56,000) and is read only to build the
    matcher's tables; when those come from their own cache, start-up never decodes it (about 30 ms)."""

    def __init__(self, text: str, terms: list[Term]) -> None:
        self._text = text
        self._terms = terms
        self._table: dict[str, Term] | None = None

    def _decoded(self) -> dict[str, Term]:
        if self._table is None:
            terms = self._terms
            self._table = {form: terms[i] for form, i in json.loads(self._text).items()}
            self._text = ""
        return self._table

    def __getitem__(self, form: str) -> Term:
        return self._decoded()[form]

    def __iter__(self) -> Iterator[str]:
        return iter(self._decoded())

    def __len__(self) -> int:
        return len(self._decoded())


def load_vocabulary(tax: Taxonomy, termset: Termset) -> Vocabulary:
    """The vocabulary for ``tax``: read from the cache when it is there and current, else generated (and cached)."""
    try:
        key = cache_key(tax, termset)
    except OSError:
        key = None
    path = _path(f"vocabulary-{key}") if key else None
    if path is not None and path.is_file():
        try:
            cached = from_json(path.read_text(encoding="utf-8"), key or "")
            if cached is not None:
                return cached
        except (OSError, ValueError, TypeError, KeyError, IndexError):
            pass  # a damaged cache is regenerated below
    vocab = build_vocabulary(tax, termset)
    if path is not None and key:
        _store(path, to_json(vocab, key))
    return vocab


def load_json(kind: str, key: str, build: Any) -> Any:
    """A JSON value cached under ``kind`` and ``key`` (a digest of everything it depends on); ``build()``
    makes it when the cache is missing, stale or unreadable."""
    path = _path(f"{kind}-{key}")
    if path is not None and path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("key") == key:
                return data["value"]
        except (OSError, ValueError, KeyError):
            pass
    value = build()
    if path is not None:
        _store(path, json.dumps({"key": key, "value": value}, ensure_ascii=False))
    return value


# How many entries of one kind the cache keeps: each change to the ontology, the termset or the generator code makes
# a new key, and without a bound every edit would leave a few megabytes behind. A few are kept, so that processes of
# two checkouts or two ontologies in turn do not rebuild each other's.
KEEP_PER_KIND = 8


def _store(path: Path, text: str) -> None:
    """Write a cache entry atomically, then drop the oldest entries of its kind past :data:`KEEP_PER_KIND`. Any
    problem is ignored: a read-only or shared cache directory only costs speed."""
    try:
        from udt.atomic import atomic_write_text

        atomic_write_text(path, text)
        kind = path.name[: -len(path.name.rsplit("-", 1)[-1])]  # "parser-matcher-"
        entries = sorted(path.parent.glob(f"{kind}*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP_PER_KIND:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
