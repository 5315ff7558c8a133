"""Reading reports for ``udt parse``: text files, directories, JSONL/CSV corpora and stdin.

Each input yields ``ReportInput`` records or ``InputFailure`` records; a bad input never stops the others.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from udt.errors import ParseInputError, UsageError

DEFAULT_MAX_BYTES = 1_000_000
TEXT_FIELDS = ("text", "report", "caption", "findings", "body", "content")
ID_FIELDS = ("id", "media_name", "image", "case_id", "report_id", "accession", "name")


@dataclass(frozen=True)
class ReportInput:
    text: str
    source: str


@dataclass(frozen=True)
class InputFailure:
    error: ParseInputError


def check_paths(paths: list[str]) -> None:
    """A missing path is a usage error (exit 2), raised before anything is parsed."""
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise UsageError("usage.missing_path", f"{p}: no such file or directory", "check the path")


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise ParseInputError("parse.binary", f"{where}: binary file, not a text report", "give a UTF-8 text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseInputError(
            "parse.not_utf8", f"{where}: not UTF-8 text (byte {exc.start})", "re-encode the file as UTF-8"
        ) from None


def _read(path: Path, max_bytes: int) -> str:
    size = path.stat().st_size
    if size > max_bytes:
        raise ParseInputError(
            "parse.too_large", f"{path}: {size} bytes exceeds the limit of {max_bytes}", "raise --max-bytes"
        )
    return _decode(path.read_bytes(), str(path))


def iter_inputs(
    paths: list[str],
    *,
    text_field: str | None = None,
    id_field: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    corpus_max_bytes: int | None = None,
) -> Iterator[ReportInput | InputFailure]:
    """Every report named by ``paths``, in order."""
    for p in paths:
        if p == "-":
            data = sys.stdin.buffer.read()
            try:
                yield ReportInput(_decode(data, "<stdin>"), "<stdin>")
            except ParseInputError as exc:
                yield InputFailure(exc)
            continue
        path = Path(p)
        files = sorted(f for f in path.rglob("*.txt") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            suffix = f.suffix.casefold()
            if suffix in (".jsonl", ".csv"):
                yield from _iter_corpus(f, suffix, text_field, id_field, corpus_max_bytes, max_bytes)
                continue
            try:
                yield ReportInput(_read(f, max_bytes), str(f))
            except ParseInputError as exc:
                yield InputFailure(exc)
            except OSError as exc:
                yield InputFailure(ParseInputError("parse.unreadable", f"{f}: {exc.strerror}", "check permissions"))


def _pick(record: dict, wanted: str | None, defaults: tuple[str, ...]) -> str | None:
    if wanted:
        return wanted if wanted in record else None
    return next((k for k in defaults if k in record), None)


def _iter_corpus(
    path: Path, suffix: str, text_field: str | None, id_field: str | None, file_limit: int | None, max_bytes: int
) -> Iterator[ReportInput | InputFailure]:
    try:
        if file_limit is not None and path.stat().st_size > file_limit:
            raise ParseInputError("parse.too_large", f"{path}: exceeds the corpus size limit", "raise the limit")
        raw = path.read_bytes()
        if b"\x00" in raw[:8192]:
            raise ParseInputError("parse.binary", f"{path}: binary file, not a report corpus", "give UTF-8 text")
        text = _decode(raw, str(path))
    except ParseInputError as exc:
        yield InputFailure(exc)
        return
    if suffix == ".jsonl":
        rows: Iterator[tuple[int, dict | None, str]] = (
            (n, *_json_row(line)) for n, line in enumerate(text.splitlines(), 1) if line.strip()
        )
    else:
        reader = csv.DictReader(io.StringIO(text))
        header = reader.fieldnames or []
        if _pick(dict.fromkeys(header), text_field, TEXT_FIELDS) is None:
            # Every row shares the header: one error for the file, not one per row.
            wanted = f"column {text_field!r}" if text_field else f"text column ({', '.join(TEXT_FIELDS)})"
            yield InputFailure(ParseInputError(
                "parse.no_text_field", f"{path}:1: the header has no {wanted}",
                f"use --text-field with one of: {', '.join(header) or '(empty header)'}",
            ))
            return
        rows = ((n, dict(row), "") for n, row in enumerate(reader, 2))
    for n, record, problem in rows:
        where = f"{path}:{n}"
        if record is None:
            yield InputFailure(ParseInputError("parse.bad_record", f"{where}: {problem}", "fix or remove the line"))
            continue
        tf = _pick(record, text_field, TEXT_FIELDS)
        if tf is None or not isinstance(record.get(tf), str):
            hint = f"use --text-field (fields: {', '.join(map(str, record))})"
            yield InputFailure(ParseInputError("parse.no_text_field", f"{where}: no text field", hint))
            continue
        value = record[tf]
        if len(value.encode("utf-8")) > max_bytes:
            yield InputFailure(ParseInputError("parse.too_large", f"{where}: report exceeds {max_bytes} bytes",
                                               "raise --max-bytes"))
            continue
        idf = _pick(record, id_field, ID_FIELDS)
        source = str(record[idf]) if idf is not None and record.get(idf) not in (None, "") else where
        yield ReportInput(value, source)


def _json_row(line: str) -> tuple[dict | None, str]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON ({exc.msg})"
    if not isinstance(value, dict):
        return None, "a JSON line must be an object"
    return value, ""
