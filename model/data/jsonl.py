"""Reading JSON and JSON-lines files with errors that name the file and the line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from udt.errors import DataError


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line_number, object)`` for every non-blank line; a bad line raises ``DataError``."""
    try:
        handle = path.open("r", encoding="utf-8")
    except OSError as exc:
        raise DataError("data.unreadable", f"cannot read {path}: {exc.strerror}", "check the path") from exc
    with handle:
        try:
            for lineno, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise DataError(
                        "data.bad_json",
                        f"{path}:{lineno}: malformed JSON ({exc.msg} at column {exc.colno})",
                        "fix or remove that line",
                    ) from exc
                if not isinstance(obj, dict):
                    raise DataError(
                        "data.bad_json",
                        f"{path}:{lineno}: expected a JSON object, got {type(obj).__name__}",
                        'each line must be an object such as {"image": ..., "caption": ...}',
                    )
                yield lineno, obj
        except UnicodeDecodeError as exc:
            raise DataError("data.bad_encoding", f"{path}: not UTF-8 text", "save the file as UTF-8") from exc


def read_json(path: Path) -> Any:
    """Load a whole JSON file; a syntax error names the file, line and column."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError("data.unreadable", f"cannot read {path}: {exc.strerror}", "check the path") from exc
    except UnicodeDecodeError as exc:
        raise DataError("data.bad_encoding", f"{path}: not UTF-8 text", "save the file as UTF-8") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(
            "data.bad_json", f"{path}:{exc.lineno}: malformed JSON ({exc.msg} at column {exc.colno})", "fix the file"
        ) from exc
