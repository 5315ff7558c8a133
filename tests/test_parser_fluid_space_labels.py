"""The free-fluid labelling convention (udt.parser.fluid_space_labels): on by default since stop 35, free fluid,
present or denied, labels the space it lies in; off (``fluid_space_labels=False``, ``--no-fluid-space-labels``), the
guideline's literal reading. Through the library, the installed ``udt parse`` (one process and ``--jobs 2``) and the
in-process runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from udt.parser import ReportParser

ROOT = Path(__file__).resolve().parents[1]
SPACE = "Peritoneum mesentery and omentum"

# (text, organs with the convention off, organs by default: on); the passages are our own
ROWS: list[tuple[str, set[str], set[str]]] = [
    ("Uterus anteverted, 8 cm, endometrium 6 mm. Both ovaries normal. Small amount of free fluid in the pouch of "
     "Douglas.", {"Uterus", "Adnexa"}, {"Uterus", "Adnexa", SPACE}),
    ("Liver, gallbladder and spleen unremarkable. No free fluid.", {"Liver", "Gallbladder and bile ducts", "Spleen"},
     {"Liver", "Gallbladder and bile ducts", "Spleen", SPACE}),
    ("FAST: free fluid in the pelvis, 14 mm deep.", set(), {SPACE}),
    ("Free fluid: none. Bladder: empty.", {"Bladder"}, {"Bladder", SPACE}),
    # a child: the space's paediatric counterpart
    ("6-year-old boy with RIF pain. Appendix 8 mm, non-compressible. A little free fluid.",
     {"Pediatric abdomen and retroperitoneum"}, {"Pediatric abdomen and retroperitoneum"}),
    # guards: fluid its sentence places elsewhere keeps that organ, and history is not the study
    ("Right knee: moderate effusion. Free fluid in the suprapatellar recess.", {"Knee"}, {"Knee"}),
    ("Thin rim of free fluid around the gallbladder.", {"Gallbladder and bile ducts"}, {"Gallbladder and bile ducts"}),
    ("History: no free fluid at the last scan. Findings: uterus normal.", {"Uterus"}, {"Uterus"}),
]


@pytest.mark.parametrize(("text", "default", "convention"), ROWS)
def test_the_convention_labels_the_space_of_free_fluid(text: str, default: set[str], convention: set[str]) -> None:
    assert set(ReportParser(fluid_space_labels=False).parse(text).labels["Organ_level"]) == default
    assert set(ReportParser().parse(text).labels["Organ_level"]) == convention
    assert set(ReportParser(fluid_space_labels=True).parse(text).labels["Organ_level"]) == convention


def test_the_convention_changes_no_finding() -> None:
    text = ROWS[0][0]
    assert ReportParser(fluid_space_labels=False).parse(text).findings == ReportParser().parse(text).findings


def _organs_from_executable(path: Path, *extra: str) -> list[list[str]]:
    exe = Path(sys.executable).with_name("udt")
    if not exe.exists():
        pytest.skip("the udt console script is not installed beside this interpreter")
    done = subprocess.run([str(exe), "parse", str(path), "--format", "jsonl", *extra], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    return [json.loads(line)["labels"]["Organ_level"] for line in done.stdout.splitlines()]


def test_installed_udt_parse_takes_the_convention_in_one_process_and_in_workers(tmp_path: Path) -> None:
    corpus = tmp_path / "reports.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"r{k}", "text": t}) + "\n" for k, (t, _, _) in enumerate(ROWS)),
                      encoding="utf-8")
    off = _organs_from_executable(corpus, "--no-fluid-space-labels")
    one = _organs_from_executable(corpus)
    two = _organs_from_executable(corpus, "--jobs", "2")
    off_two = _organs_from_executable(corpus, "--no-fluid-space-labels", "--jobs", "2")
    assert [set(o) for o in off] == [d for _, d, _ in ROWS]
    assert [set(o) for o in one] == [c for _, _, c in ROWS]
    assert two == one
    assert off_two == off
    assert _organs_from_executable(corpus, "--fluid-space-labels") == one


def test_cli_runner_takes_the_convention(tmp_path: Path) -> None:
    from udt.cli.main import app

    report = tmp_path / "pelvis.txt"
    report.write_text(ROWS[2][0], encoding="utf-8")
    result = CliRunner().invoke(app, ["parse", str(report)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["labels"]["Organ_level"] == [SPACE]
    result = CliRunner().invoke(app, ["parse", str(report), "--no-fluid-space-labels"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["labels"]["Organ_level"] == []
