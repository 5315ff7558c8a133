"""`udt parse --jobs N`: the same bytes as one process, in input order, with bad inputs reported as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from udt.errors import UsageError
from udt.parser.jobs import parse_in_processes, resolve_jobs

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "reports_gold.jsonl"


def _udt_executable() -> str:
    """The console script installed beside this interpreter (the one a user runs)."""
    exe = Path(sys.executable).with_name("udt")
    if not exe.exists():
        pytest.skip("the udt console script is not installed beside this interpreter")
    return str(exe)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A mixed corpus: the 102 gold reports (JSONL), a directory of text files, one bad record, one bad file."""
    root = tmp_path_factory.mktemp("corpus")
    rows = GOLD.read_text(encoding="utf-8").splitlines()
    (root / "gold.jsonl").write_text("\n".join([*rows[:60], "{not json", *rows[60:]]) + "\n", encoding="utf-8")
    texts = root / "texts"
    texts.mkdir()
    for i, row in enumerate(rows[:9]):
        (texts / f"r{i}.txt").write_text(json.loads(row)["text"], encoding="utf-8")
    (texts / "r5.txt").write_bytes(b"\xff\xfe bad bytes")  # not UTF-8: reported, the others still parsed
    return root


def _subprocess_parse(corpus: Path, jobs: int, out: Path) -> tuple[int, str]:
    done = subprocess.run(
        [_udt_executable(), "parse", str(corpus / "gold.jsonl"), str(corpus / "texts"), "-o", str(out),
         "--jobs", str(jobs)],
        capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stderr


def test_installed_udt_jobs2_output_is_byte_identical(corpus, tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    code1, err1 = _subprocess_parse(corpus, 1, one)
    code2, err2 = _subprocess_parse(corpus, 2, two)
    assert code1 == code2 == 1  # one bad JSON line and one bad file, reported by both
    assert err1 == err2 and "gold.jsonl:61" in err2 and "r5.txt" in err2
    assert one.read_bytes() == two.read_bytes()
    sources = [json.loads(line)["source"] for line in two.read_text(encoding="utf-8").splitlines()]
    assert len(sources) == 102 + 8
    assert sources[:3] == ["r001", "r002", "r003"] and sources[-1].endswith("r8.txt")


@pytest.mark.parametrize("fmt", ["us365k", "json", "html"])
def test_cli_runner_jobs2_output_is_identical(corpus, fmt):
    from udt.cli.main import app

    runner = CliRunner()
    args = ["parse", str(corpus / "texts"), "--format", fmt]
    one = runner.invoke(app, [*args, "--jobs", "1"])
    two = runner.invoke(app, [*args, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1, (one.output, two.exception)
    assert one.stdout == two.stdout
    if fmt == "html":
        assert two.stdout.count('<section class="udt-report"') == 8
    else:
        assert len(json.loads(two.stdout)) == 8


def test_library_order_over_many_small_chunks():
    from udt.parser import ReportParser

    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    items = [(r["text"], r["id"]) for r in rows[:40]]
    serial = [r.model_dump_json() for r in ReportParser().pipe(items)]
    parallel = [r.model_dump_json() for r in parse_in_processes(items, jobs=2, chunk_reports=3)]
    assert parallel == serial


def test_jobs_option_values():
    assert resolve_jobs(3) == 3
    assert resolve_jobs(0) >= 1
    with pytest.raises(UsageError):
        resolve_jobs(-1)


def test_negative_jobs_is_a_usage_error(tmp_path):
    from udt.cli.main import app

    f = tmp_path / "one.txt"
    f.write_text("Simple cyst.", encoding="utf-8")
    result = CliRunner().invoke(app, ["parse", str(f), "--jobs", "-2"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("error[") and "--jobs" in result.stderr and len(result.stderr.splitlines()) == 1


def test_bad_ontology_is_reported_before_workers_start(tmp_path):
    from udt.errors import OntologyError

    with pytest.raises(OntologyError):
        list(parse_in_processes([("Cyst.", "a")], jobs=2, ontology=str(tmp_path / "missing.owl")))


def test_a_dead_worker_is_one_clear_error():
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from udt.errors import UdtError
    from udt.parser.jobs import _result

    future: Future = Future()
    future.set_exception(BrokenProcessPool("A child process terminated abruptly"))
    with pytest.raises(UdtError) as exc:
        _result(future)
    assert exc.value.code == "parse.worker_died" and "--jobs" in exc.value.one_line()


def test_workers_parse_with_the_ontology_given(tmp_path):
    # Each worker builds its parser from the file the parent resolved: an organ only the edited ontology knows
    # must be read by --jobs 2 exactly as by one process.
    from ontology_edit import ontology_with_new_organ

    from udt.cli.main import app

    owl = ontology_with_new_organ(tmp_path / "owl")
    texts = tmp_path / "texts"
    texts.mkdir()
    for i in range(5):
        (texts / f"r{i}.txt").write_text(f"Case {i}: a 2 cm cyst in the zyglandula.", encoding="utf-8")
    runner = CliRunner()
    args = ["parse", str(texts), "--ontology", str(owl), "--format", "jsonl"]
    one, two = runner.invoke(app, [*args, "--jobs", "1"]), runner.invoke(app, [*args, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, (one.output, two.exception)
    assert one.stdout == two.stdout
    rows = [json.loads(line) for line in two.stdout.splitlines()]
    assert len(rows) == 5 and all(r["labels"]["Organ_level"] == ["Test organ"] for r in rows)
