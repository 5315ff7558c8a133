"""The user's ontology, everywhere: ``--ontology PATH`` and ``$UDT_ONTOLOGY`` on the commands that use the taxonomy,
with an ontology edited to hold one new organ (tests/ontology_edit.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from ontology_edit import ontology_with_new_organ

from ontology import ontology_path
from udt.errors import OntologyError

REPORT = "Ultrasound of the zyglandula: a simple cyst in the zyglandula, 12 mm, no internal vascularity.\n"


@pytest.fixture(scope="module")
def edited(tmp_path_factory) -> Path:
    return ontology_with_new_organ(tmp_path_factory.mktemp("edited"))


def _labels(stdout: str) -> dict[str, list[str]]:
    return json.loads(stdout)["labels"]


def test_the_helper_adds_one_released_organ(edited, taxonomy):
    import udt

    tax = udt.load_taxonomy(edited)
    organ = tax.by_us365k("Organ_level", "Test organ")
    assert organ is not None and organ.iri not in taxonomy.concepts
    assert len(tax.values("Organ_level")) == len(taxonomy.values("Organ_level")) + 1
    assert tax.rollups(organ)["Body_system_level"].us365k_label == "Abdomen and retroperitoneum"
    assert tax.find("zyglandula") == organ


def test_parse_labels_the_new_organ_with_ontology_option(cli, edited):
    result = cli("parse", "--ontology", str(edited), "-", input=REPORT)
    assert result.code == 0, result.stderr
    labels = _labels(result.stdout)
    assert labels["Organ_level"] == ["Test organ"]
    assert labels["Body_system_level"] == ["Abdomen and retroperitoneum"]
    assert labels["Diagnosis"] == ["cyst"]


def test_parse_without_the_option_does_not_know_the_organ(cli):
    result = cli("parse", "-", input=REPORT)
    assert result.code == 0, result.stderr
    assert "Test organ" not in _labels(result.stdout)["Organ_level"]


def test_environment_variable_sets_the_default(cli, edited, monkeypatch):
    monkeypatch.setenv("UDT_ONTOLOGY", str(edited))
    result = cli("parse", "-", input=REPORT)
    assert result.code == 0, result.stderr
    assert _labels(result.stdout)["Organ_level"] == ["Test organ"]


def test_option_beats_the_environment_variable(cli, edited, monkeypatch):
    monkeypatch.setenv("UDT_ONTOLOGY", str(edited))
    result = cli("parse", "--ontology", str(ontology_path()), "-", input=REPORT)
    assert result.code == 0, result.stderr
    assert "Test organ" not in _labels(result.stdout)["Organ_level"]


def test_graph_accepts_a_label_of_the_edited_ontology(cli, edited, tmp_path):
    record = tmp_path / "labels.json"
    record.write_text(json.dumps({"Diagnosis": ["cyst"], "Organ_level": ["Test organ"]}), encoding="utf-8")
    shipped = cli("graph", "--labels", str(record))
    assert shipped.code != 0 and "Test organ" in shipped.stderr and "Traceback" not in shipped.stderr
    result = cli("graph", "--labels", str(record), "--ontology", str(edited))
    assert result.code == 0, result.stderr
    assert "test organ" in result.stdout.casefold()


@pytest.mark.parametrize("command", [["parse", "-"], ["graph", "a cyst"], ["similarity", "a cyst", "a cyst"]])
def test_a_missing_ontology_is_one_line_and_exit_1(cli, tmp_path, command):
    missing = tmp_path / "nope.owl"
    result = cli(*command, "--ontology", str(missing), input="a cyst\n")
    assert result.code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error[ontology.missing]") and "--ontology" in lines[0]


def test_a_bad_environment_variable_names_itself(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("UDT_ONTOLOGY", str(tmp_path / "nope.owl"))
    result = cli("parse", "-", input="a cyst\n")
    assert result.code == 1
    assert "$UDT_ONTOLOGY" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["parse", "graph", "similarity", "phantom"])
def test_commands_document_the_option(cli, command):
    result = cli(command, "--help")
    assert result.code == 0
    assert "--ontology" in result.stdout


def test_data_stats_documents_the_option(cli):
    result = cli("data", "stats", "--help")
    assert result.code == 0 and "--ontology" in result.stdout


def test_taxonomy_from(edited, monkeypatch, tmp_path):
    from udt.cli.options import ontology_path_from, taxonomy_from

    monkeypatch.delenv("UDT_ONTOLOGY", raising=False)
    assert ontology_path_from(None) == ontology_path()
    assert taxonomy_from(edited).by_us365k("Organ_level", "Test organ") is not None
    monkeypatch.setenv("UDT_ONTOLOGY", str(edited))
    assert ontology_path_from(None) == edited.resolve()
    monkeypatch.setenv("UDT_ONTOLOGY", "")
    assert ontology_path_from(None) == ontology_path()
    with pytest.raises(OntologyError, match="is not a file"):
        ontology_path_from(tmp_path)
    assert os.environ["UDT_ONTOLOGY"] == ""
