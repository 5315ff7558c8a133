"""Resolving manifest paths safely under a data set's root."""

from __future__ import annotations

import posixpath
from pathlib import Path, PurePosixPath, PureWindowsPath

from udt.errors import DataError


def safe_relative(name: str, *, where: str) -> str:
    """A manifest path as a normalised relative POSIX path that cannot leave the data root.

    Absolute paths (POSIX or Windows drive) and ``..`` components that escape the root are rejected, because a
    manifest is data, and data must not make the loader read arbitrary files on the machine.
    """
    text = str(name).strip().replace("\\", "/")
    if not text:
        raise DataError("data.empty_path", f"{where}: empty image path", "every record needs an image file name")
    if PurePosixPath(text).is_absolute() or PureWindowsPath(str(name)).drive:
        raise DataError(
            "data.path_escape",
            f"{where}: absolute image path {name!r} is not allowed",
            "write image paths relative to the data set's root folder",
        )
    norm = posixpath.normpath(text)
    if norm == ".." or norm.startswith("../") or norm == ".":
        raise DataError(
            "data.path_escape",
            f"{where}: image path {name!r} escapes the data set's root",
            "keep every image inside the folder that holds the manifest",
        )
    return norm


def resolve_under(root: Path, name: str, *, where: str) -> Path:
    """``root / name`` after :func:`safe_relative`, also refusing symlinks that point outside ``root``."""
    rel = safe_relative(name, where=where)
    path = root / rel
    try:
        real = path.resolve()
        real_root = root.resolve()
    except OSError:  # pragma: no cover - unusual file systems
        return path
    if path.exists() and real != real_root and real_root not in real.parents:
        raise DataError(
            "data.path_escape",
            f"{where}: image path {name!r} resolves outside the data set's root",
            "replace the symbolic link by the file itself",
        )
    return path
