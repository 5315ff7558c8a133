"""`udt parse`: inputs, formats, bad input and exit codes (run in-process through udt.cli.main.run)."""

from __future__ import annotations

import json
import sys

import pytest

from udt.cli import main


def _run(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["udt", "parse", *args])
    with pytest.raises(SystemExit) as exc:
        main.run()
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err


def test_single_file_pretty_json(tmp_path, monkeypatch, capsys):
    f = tmp_path / "one.txt"
    f.write_text("Hypoechoic nodule in the thyroid.", encoding="utf-8")
    code, out, _ = _run(monkeypatch, capsys, str(f))
    assert code == 0
    data = json.loads(out)
    assert data["labels"]["Diagnosis"] == ["nodule"] and data["source"] == str(f)


def test_directory_jsonl_and_bad_inputs(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text("Cyst in the liver.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "c.txt").write_text("", encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"caf\xe9 report")
    out_file = tmp_path / "out" / "labels.jsonl"
    code, _, err = _run(monkeypatch, capsys, str(tmp_path), "-o", str(out_file))
    assert code == 1
    lines = [json.loads(x) for x in out_file.read_text().splitlines()]
    assert [x["source"].rsplit("/", 1)[-1] for x in lines] == ["a.txt", "c.txt"]
    assert lines[1]["warnings"]
    assert "b.txt" in err and "d.txt" in err and "2 input(s) failed" in err
    assert "Traceback" not in err


def test_too_large(tmp_path, monkeypatch, capsys):
    f = tmp_path / "big.txt"
    f.write_text("cyst " * 100, encoding="utf-8")
    code, _, err = _run(monkeypatch, capsys, str(f), "--max-bytes", "50")
    assert code == 1 and "big.txt" in err


def test_jsonl_corpus_and_us365k(tmp_path, monkeypatch, capsys):
    f = tmp_path / "reports.jsonl"
    f.write_text('{"id": "x1", "text": "Cyst."}\n{"id": "x2", "body": "Mass."}\n', encoding="utf-8")
    code, out, _ = _run(monkeypatch, capsys, str(f), "--format", "us365k", "--text-field", "text")
    assert code == 1  # x2 has no "text" field
    records = json.loads(out)
    assert records == [{"media_name": "x1", **{k: v for k, v in records[0].items() if k != "media_name"}}]
    assert records[0]["Diagnosis"] == ["cyst"]


def test_csv_corpus(tmp_path, monkeypatch, capsys):
    f = tmp_path / "reports.csv"
    f.write_text("id,report\nr1,Anechoic cyst\nr2,Solid mass\n", encoding="utf-8")
    code, out, _ = _run(monkeypatch, capsys, str(f))
    rows = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and [r["source"] for r in rows] == ["r1", "r2"]


@pytest.mark.parametrize("args", [("missing.txt",), ("{f}", "--format", "xml")])
def test_usage_errors_exit_2(tmp_path, monkeypatch, capsys, args):
    f = tmp_path / "one.txt"
    f.write_text("Cyst.", encoding="utf-8")
    argv = [a.format(f=f) if "{f}" in a else str(tmp_path / a) if a.endswith(".txt") else a for a in args]
    code, out, err = _run(monkeypatch, capsys, *argv)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


def test_failed_run_leaves_no_partial_output(tmp_path, monkeypatch, capsys):
    out_file = tmp_path / "labels.jsonl"
    code, _, _ = _run(monkeypatch, capsys, str(tmp_path / "nope.txt"), "-o", str(out_file))
    assert code == 2 and not out_file.exists()


def test_parse_command_does_not_import_torch(tmp_path):
    # Start-up budget: `udt parse one.txt` must not pay for torch (thinc would import it with spaCy).
    import subprocess

    f = tmp_path / "one.txt"
    f.write_text("Simple cyst in the left kidney.", encoding="utf-8")
    code = (
        "import sys\nfrom udt.cli.parse_cmd import run_parse\nrun_parse([sys.argv[1]])\n"
        "assert sys.modules.get('torch') is None, 'torch was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(f)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["labels"]["Diagnosis"] == ["cyst"]


def test_parse_command_skips_spacys_command_line_but_leaves_it_importable(tmp_path):
    # Cold start: `import spacy` would load spaCy's own CLI (typer, weasel, requests); `udt parse` never uses it.
    import subprocess

    f = tmp_path / "one.txt"
    f.write_text("Hypoechoic nodule in the left thyroid lobe.", encoding="utf-8")
    code = (
        "import sys\nfrom udt.cli.parse_cmd import run_parse\nrun_parse([sys.argv[1]])\n"
        "assert not [m for m in sys.modules if m.startswith('spacy.cli')], 'spacy.cli was imported'\n"
        "import spacy, spacy.cli\nfrom spacy.cli.info import info\n"
        "assert spacy.cli.info is info and callable(spacy.info) and spacy.cli.__file__\n"
        "assert spacy.__version__ in spacy.info(markdown=False, silent=True).values()\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(f)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["labels"]["Echogenicity"] == ["hypoechoic"]
