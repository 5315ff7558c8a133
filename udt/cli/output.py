"""Shared CLI output helpers: ``-o -`` means stdout, files are written atomically."""

from __future__ import annotations

import sys
from pathlib import Path

from udt.atomic import atomic_write_text


def write_output(text: str, out: str | Path | None) -> None:
    """Write ``text`` to ``out`` atomically, or to stdout when ``out`` is ``None`` or ``"-"``."""
    if out is None or str(out) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    atomic_write_text(out, text)
