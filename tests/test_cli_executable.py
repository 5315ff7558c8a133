"""The installed `udt` console script, run as a user runs it: usage errors are one line on stderr, exit 2.

typer >= 0.29 raises the usage errors of its vendored click (``typer._click``), which are not click's classes; a
handler that caught only click's let them through as 30-line tracebacks with exit 1. Running the real executable
is what the in-process tests missed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
UDT = Path(sys.executable).with_name("udt")

USAGE_ERRORS = [
    (["parse", "--bogus", "x.txt"], "No such option: --bogus", "udt parse --help"),
    (["bogus"], "No such command", "udt --help"),
    (["parse"], "Missing argument", "udt parse --help"),
    (["parse", "x.txt", "--max-bytes", "lots"], "Invalid value for '--max-bytes'", "udt parse --help"),
    (["ontology", "check", "--bogus"], "No such option: --bogus", "udt ontology check --help"),
    (["evaluate", "runs/x"], "Missing option '--data'", "udt evaluate --help"),
]


def _run_udt(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([str(UDT), *args], capture_output=True, text=True, timeout=120, cwd=REPO, env={**os.environ})


@pytest.fixture(scope="module", autouse=True)
def _needs_console_script():
    if not UDT.is_file():
        pytest.fail(f"the udt console script is not installed next to {sys.executable} (pip install -e .)")


@pytest.mark.parametrize(
    ("args", "message", "help_hint"), USAGE_ERRORS, ids=lambda v: " ".join(v) if isinstance(v, list) else None
)
def test_installed_executable_usage_error_is_one_line_exit_2(args, message, help_hint):
    done = _run_udt(args)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("udt: error: ") and message in lines[0] and help_hint in lines[0]
    assert done.stdout == ""


def test_installed_executable_help_and_version_exit_0():
    assert _run_udt(["--help"]).returncode == 0
    version = _run_udt(["--version"])
    assert version.returncode == 0 and version.stdout.strip()


@pytest.mark.parametrize(("args", "message", "help_hint"), USAGE_ERRORS)
def test_cli_runner_gives_the_same_one_line(args, message, help_hint):
    from typer.testing import CliRunner

    from udt.cli.main import app

    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output and help_hint in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupted_training_exits_as_a_shell_reports_the_signal(signum, code):
    from model.training.loop import TrainingInterrupted

    err = TrainingInterrupted("train.interrupted", "stopped", signum=signum)
    assert err.exit_code == code


def test_a_udt_error_is_the_same_one_line_in_process_and_from_the_executable(tmp_path):
    """A failure found by udt itself (not by the option parser): a malformed ontology given to `udt parse`."""
    from typer.testing import CliRunner

    from udt.cli.main import app

    report = tmp_path / "one.txt"
    report.write_text("Simple cyst in the right kidney.", encoding="utf-8")
    bad = tmp_path / "bad.owl"
    bad.write_text("<rdf:RDF", encoding="utf-8")
    args = ["parse", str(report), "--ontology", str(bad)]
    done = _run_udt(args)
    result = CliRunner().invoke(app, args)
    assert done.returncode == result.exit_code == 1
    assert done.stdout == result.stdout == ""
    line = done.stderr.strip()
    assert line.startswith("error[ontology.") and str(bad) in line and len(line.splitlines()) == 1
    assert result.stderr.strip() == line
