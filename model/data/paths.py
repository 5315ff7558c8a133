"""Resolving manifest paths safely under a data set's root."""

from __future__ import annotations

import os
import posixpath
from collections.abc import Iterable
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


def escaping_links(root: Path) -> dict[str, Path]:
    """Symbolic links below ``root`` whose target lies outside it: ``{relative POSIX path: resolved target}``.

    One ``scandir`` walk that never follows links (the file type comes with the directory entry on Linux), so a
    data set of hundreds of thousands of images is scanned in well under a second.
    """
    real_root = root.resolve()
    found: dict[str, Path] = {}
    pending = [(root, "")]
    while pending:
        folder, prefix = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            rel = f"{prefix}{entry.name}"
            if entry.is_symlink():
                target = Path(entry.path).resolve()
                if target != real_root and real_root not in target.parents:
                    found[rel] = target
            elif entry.is_dir(follow_symlinks=False):
                pending.append((Path(entry.path), rel + "/"))
    return found


def refuse_escaping_links(root: Path, names: Iterable[str], *, where: str) -> None:
    """Refuse, when the data set is opened, any image path that is (or lies below) a link leading out of ``root``.

    The loader checks each file again when it reads it; this check makes the error appear at once, not at the
    first batch that happens to contain the image.
    """
    links = escaping_links(root)
    if not links:
        return
    for name in names:
        parts = name.split("/")
        for depth in range(1, len(parts) + 1):
            link = "/".join(parts[:depth])
            if link in links:
                raise DataError(
                    "data.path_escape",
                    f"{where}: image {name!r} is reached through the symbolic link {root / link} -> {links[link]}, "
                    f"outside the data folder {root}",
                    "replace the link by the file itself, or keep its target inside the data folder",
                )
