"""`udt parse` never clobbers good output: a run that parsed nothing leaves an earlier file byte-identical."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

GOOD = '{"labels": "from an earlier, good run"}\n'


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, list[str]]]:
    binary = tmp_path / "bad.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Nodule hypoéchogène du lobe droit.".encode("latin-1"))
    large = tmp_path / "large.txt"
    large.write_text("Cyst in the liver. " * 200, encoding="utf-8")
    return {
        "binary": (binary, []),
        "latin-1": (latin, []),
        "too large": (large, ["--max-bytes", "100"]),
    }


@pytest.mark.parametrize("case", ["binary", "latin-1", "too large"])
def test_failed_parse_leaves_earlier_output_byte_identical(tmp_path, case):
    source, extra = _bad_inputs(tmp_path)[case]
    out = tmp_path / "out.json"
    out.write_text(GOOD, encoding="utf-8")
    before = out.stat().st_mtime_ns
    result = run_cli("parse", str(source), "-o", str(out), *extra, timeout=120)
    assert result.code == 1
    assert out.read_text(encoding="utf-8") == GOOD and out.stat().st_mtime_ns == before
    assert str(source) in result.stderr and "not written" in result.stderr
    assert "Traceback" not in result.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.json.")]  # no temporary file left


def test_nothing_parsed_creates_no_output(tmp_path):
    source, _ = _bad_inputs(tmp_path)["binary"]
    out = tmp_path / "new.jsonl"
    result = run_cli("parse", str(source), "-o", str(out), "--format", "jsonl", timeout=120)
    assert result.code == 1 and not out.exists()


def test_partial_failure_still_writes_the_good_reports(tmp_path):
    source, _ = _bad_inputs(tmp_path)["binary"]
    good = tmp_path / "good.txt"
    good.write_text("Anechoic cyst in the right kidney.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text(GOOD, encoding="utf-8")
    result = run_cli("parse", str(good), str(source), "-o", str(out), timeout=120)
    assert result.code == 1
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in rows] == [str(good)]
    assert "1 input(s) failed, 1 report(s) parsed" in result.stderr


def test_output_directory_is_a_one_line_usage_error_before_parsing(tmp_path):
    source, _ = _bad_inputs(tmp_path)["binary"]  # would print a parse error if it were read
    target = tmp_path / "outdir"
    target.mkdir()
    result = run_cli("parse", str(source), "-o", str(target), timeout=120)
    assert result.code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "is a directory" in lines[0] and str(target) in lines[0]
    assert list(target.iterdir()) == []


def test_two_megabyte_report_parses_with_raised_limit(tmp_path):
    one = (Path(__file__).resolve().parents[1] / "examples" / "reports" / "thyroid.txt").read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text((one + "\n") * (2_000_000 // len(one.encode("utf-8")) + 1), encoding="utf-8")
    assert big.stat().st_size > 2_000_000
    out = tmp_path / "big.json"
    result = run_cli("parse", str(big), "--max-bytes", "3000000", "-o", str(out), timeout=300)
    assert result.code == 0, result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["source"] == str(big) and report["labels"]["Organ_level"]


def test_csv_without_text_column_gives_one_error(tmp_path):
    corpus = tmp_path / "reports.csv"
    corpus.write_text("id,impression\n" + "".join(f"r{i},Cyst {i}\n" for i in range(50)), encoding="utf-8")
    result = run_cli("parse", str(corpus), timeout=120)
    assert result.code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error[")]
    assert len(errors) == 1 and "reports.csv:1" in errors[0] and "impression" in errors[0]
