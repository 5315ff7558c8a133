"""Atomic writes give files the permissions the umask asks for (not mkstemp's private 0600)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from udt.atomic import atomic_open, atomic_write_bytes, atomic_write_text, current_umask

REPO = Path(__file__).resolve().parents[1]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask():
    """Set the process umask for one test, and put the old one back."""
    old = os.umask(0o022)
    os.umask(old)

    def set_mask(mask: int) -> None:
        os.umask(mask)

    yield set_mask
    os.umask(old)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_files_follow_the_umask(tmp_path, umask, mask, expected):
    umask(mask)
    assert current_umask() == mask
    atomic_write_text(tmp_path / "a.json", "{}")
    atomic_write_bytes(tmp_path / "b.safetensors", b"\x00")
    assert _mode(tmp_path / "a.json") == expected
    assert _mode(tmp_path / "b.safetensors") == expected


def test_replacing_a_file_keeps_its_permissions(tmp_path, umask):
    umask(0o022)
    target = tmp_path / "secret.json"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write_text(target, "new")
    assert target.read_text() == "new" and _mode(target) == 0o640


def test_failed_write_leaves_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "keep.json"
    target.write_text("good")
    with pytest.raises(RuntimeError), atomic_open(target) as handle:
        handle.write("half")
        raise RuntimeError("interrupted")
    assert target.read_text() == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600)])
def test_cli_output_mode_under_umask(tmp_path, mask, expected):
    report = tmp_path / "one.txt"
    report.write_text("Anechoic cyst in the left kidney.", encoding="utf-8")
    out = tmp_path / "out.json"
    code = (
        "import os, sys; os.umask(int(sys.argv[1], 8)); sys.argv = ['udt', *sys.argv[2:]]; "
        "from udt.cli.main import run; run()"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, oct(mask), "parse", str(report), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    assert _mode(out) == expected
