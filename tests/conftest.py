"""Shared fixtures: the shipped taxonomy and a helper that runs the CLI as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def taxonomy():
    import udt

    return udt.load_taxonomy()


@pytest.fixture(scope="module")
def parser(taxonomy):
    """A report parser of the shipped ontology, one per test module (a module may change its pipeline); a module
    that needs another parser defines its own fixture of this name."""
    from udt.parser import ReportParser

    return ReportParser(taxonomy)


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str


def run_cli(*args: str, input: str | None = None, cwd: Path | None = None, timeout: float = 300) -> CliResult:
    """Run ``udt ARGS`` in a subprocess, exactly as the console script does."""
    proc = subprocess.run(
        [sys.executable, "-c", "from udt.cli.main import run; run()", *args],
        input=input,
        capture_output=True,
        text=True,
        cwd=cwd or REPO,
        timeout=timeout,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session")
def tax(taxonomy):
    """Short alias used by the graphing tests."""
    return taxonomy


@pytest.fixture(scope="session")
def sim(taxonomy):
    """The ontology-derived tag similarity of the shipped taxonomy."""
    from graphing.similarity import TagSimilarity

    return TagSimilarity.from_taxonomy(taxonomy)
