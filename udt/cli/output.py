"""Shared CLI output helpers: ``-o -`` means stdout, files are written atomically."""

from __future__ import annotations

import sys
from pathlib import Path

from udt.atomic import atomic_write_text
from udt.errors import UsageError


def write_output(text: str, out: str | Path | None) -> None:
    """Write ``text`` to ``out`` atomically, or to stdout when ``out`` is ``None`` or ``"-"``."""
    if out is None or str(out) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    check_output_file(out)
    atomic_write_text(out, text)


def check_output_file(out: str | Path | None) -> None:
    """A file output that names a directory is a usage error (exit 2); commands call this before their work too."""
    if out is not None and str(out) != "-" and Path(out).is_dir():
        raise UsageError("usage.out_is_dir", f"--out {out}: is a directory", "give a file path, e.g. -o out.json")
