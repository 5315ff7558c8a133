"""Image sources (folder or ``images.zip``) and decoding to a normalised ``(3, H, W)`` tensor.

Only PIL, numpy and torch are used (torchvision is not available on the target machines).
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path
from typing import Protocol

import numpy as np
import torch
from PIL import Image

from model.data.paths import resolve_under, safe_relative
from udt.errors import DataError

# The usual CLIP normalisation; BiomedCLIP and open_clip ViT-B/16 use the same constants.
CLIP_MEAN = (0.48145466, 0.4578275, 0.40821073)
CLIP_STD = (0.26862954, 0.26130258, 0.27577711)
# An ultrasound frame is a few MB at most; a zip member declaring more is a decompression bomb, not an image.
# zipfile stops inflating at the declared size, so checking the declared size bounds the memory a read takes.
MAX_MEMBER_BYTES = 64 * 1024 * 1024


class BadImage(Exception):
    """An image file that is missing, truncated or not decodable."""


class ImageSource(Protocol):
    """Where image bytes come from."""

    def read(self, name: str) -> bytes: ...

    def exists(self, name: str) -> bool: ...


class FolderSource:
    """Images as files under a root folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def read(self, name: str) -> bytes:
        path = resolve_under(self.root, name, where=str(self.root))
        try:
            return path.read_bytes()
        except OSError as exc:
            raise BadImage(f"{path}: {exc.strerror or exc}") from exc

    def exists(self, name: str) -> bool:
        return (self.root / safe_relative(name, where=str(self.root))).is_file()


class ZipSource:
    """Images read lazily from a zip archive without extracting it.

    The ``ZipFile`` handle is opened on first use in each process and reopened after a fork, because a file
    handle shared between DataLoader workers would interleave their seeks.
    """

    def __init__(self, path: Path, prefix: str = "") -> None:
        self.path = Path(path)
        self._zip: zipfile.ZipFile | None = None
        self._pid: int | None = None
        self._names: dict[str, str] | None = None
        self.prefix = prefix

    def __getstate__(self) -> dict[str, object]:
        state = self.__dict__.copy()
        state["_zip"] = None
        state["_pid"] = None
        return state

    def _handle(self) -> zipfile.ZipFile:
        if self._zip is None or self._pid != os.getpid():
            try:
                self._zip = zipfile.ZipFile(self.path)
            except (OSError, zipfile.BadZipFile) as exc:
                raise DataError("data.bad_zip", f"cannot open {self.path}: {exc}", "re-download the archive") from exc
            self._pid = os.getpid()
        return self._zip

    def _index(self) -> dict[str, str]:
        # Archives are often packed with a top folder ("images/x.jpg"); index by the name below it as well.
        if self._names is None:
            names: dict[str, str] = {}
            for member in self._handle().namelist():
                if member.endswith("/"):
                    continue
                names.setdefault(member, member)
                names.setdefault(member.split("/", 1)[-1], member)
                names.setdefault(member.rsplit("/", 1)[-1], member)
            self._names = names
        return self._names

    def member(self, name: str) -> str | None:
        rel = safe_relative(name, where=str(self.path))
        return self._index().get(rel)

    def read(self, name: str) -> bytes:
        member = self.member(name)
        if member is None:
            raise BadImage(f"{self.path}: no member {name!r}")
        handle = self._handle()
        refuse_member(handle.getinfo(member), self.path, MAX_MEMBER_BYTES)
        try:
            return handle.read(member)
        except (OSError, zipfile.BadZipFile, EOFError) as exc:
            raise BadImage(f"{self.path}:{member}: {exc}") from exc

    def exists(self, name: str) -> bool:
        return self.member(name) is not None


def refuse_member(info: zipfile.ZipInfo, archive: Path, limit: int) -> None:
    """Raise :class:`BadImage` for a zip member that is a symbolic link (its bytes are a path, and an extracting
    tool would follow it) or that declares more than ``limit`` bytes uncompressed."""
    if stat.S_ISLNK(info.external_attr >> 16):
        raise BadImage(f"{archive}:{info.filename}: a symbolic link, not a file; store the file itself in the zip")
    if info.file_size > limit:
        raise BadImage(
            f"{archive}:{info.filename}: {info.file_size:,} bytes uncompressed, over the {limit:,}-byte limit "
            "for one member; is the archive damaged or a decompression bomb?"
        )


def decode_image(
    data: bytes,
    size: int,
    mean: tuple[float, float, float] = CLIP_MEAN,
    std: tuple[float, float, float] = CLIP_STD,
) -> torch.Tensor:
    """Decode image bytes (grayscale, RGB, palette...) to a normalised float tensor ``(3, size, size)``.

    Raises :class:`BadImage` for anything PIL cannot fully decode (truncated files included).
    """
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()  # force a full decode now, so truncation is caught here and not later
            rgb = img.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError, SyntaxError) as exc:
        raise BadImage(str(exc)) from exc
    if rgb.size != (size, size):
        rgb = rgb.resize((size, size), Image.BICUBIC)
    arr = np.asarray(rgb, dtype=np.float32) / 255.0
    tensor = torch.from_numpy(arr).permute(2, 0, 1).contiguous()
    mean_t = torch.tensor(mean, dtype=torch.float32).view(3, 1, 1)
    std_t = torch.tensor(std, dtype=torch.float32).view(3, 1, 1)
    return (tensor - mean_t) / std_t
