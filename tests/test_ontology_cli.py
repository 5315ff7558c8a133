"""`udt ontology` as a user meets it: check, stats, export, format, and its errors."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest

from ontology import ontology_path


def test_check_passes_on_the_shipped_ontology(cli):
    result = cli("ontology", "check", "--no-reasoner")
    assert result.code == 0, result.stdout + result.stderr
    assert " 0 errors" in result.stdout


def test_check_reports_errors_and_fails(cli, tmp_path):
    text = ontology_path().read_text(encoding="utf-8")
    # Give one organ a second label and drop another's definition.
    broken = text.replace(
        '<rdfs:label xml:lang="en">liver</rdfs:label>',
        '<rdfs:label xml:lang="en">liver</rdfs:label>\n        <rdfs:label xml:lang="en">hepar</rdfs:label>',
        1,
    )
    assert broken != text
    path = tmp_path / "broken.owl"
    path.write_text(broken, encoding="utf-8")
    result = cli("ontology", "check", str(path), "--no-reasoner", "--json")
    assert result.code == 1
    report = json.loads(result.stdout)
    assert any(i["rule"] == "multiple_labels" and i["level"] == "ERROR" for i in report["issues"])
    assert cli("ontology", "check", str(path), "--no-reasoner", "--fail-on", "none").code == 0


def test_check_flags_an_ambiguous_synonym(cli, tmp_path):
    text = ontology_path().read_text(encoding="utf-8")
    marker = '<rdfs:label xml:lang="en">anechoic</rdfs:label>'
    assert marker in text
    path = tmp_path / "ambiguous.owl"
    synonym = '\n        <oboInOwl:hasExactSynonym xml:lang="en">echo-poor</oboInOwl:hasExactSynonym>'
    path.write_text(text.replace(marker, marker + synonym), encoding="utf-8")
    result = cli("ontology", "check", str(path), "--no-reasoner", "--json")
    assert result.code == 1
    issues = json.loads(result.stdout)["issues"]
    assert any(i["rule"] == "ambiguous_synonym" and "echopoor" in i["message"] for i in issues)


def test_stats_counts_the_released_vocabulary(cli):
    result = cli("ontology", "stats", "--json")
    assert result.code == 0, result.stderr
    stats = json.loads(result.stdout)
    released = {d["field"]: d["released_values"] for d in stats["dimensions"]}
    assert released == {
        "Diagnosis": 5, "Body_system_level": 9, "Organ_level": 52, "Shape": 7, "Margins": 2, "Echogenicity": 5,
        "InternalCharacteristics": 6, "PosteriorAcoustics": 2, "Vascularity": 5,
    }
    assert sum(s["organs"] for s in stats["body_systems"]) == 52
    assert stats["exact_synonyms"] > 1000
    assert stats["next_free_id"].startswith("UDT:")


@pytest.mark.parametrize("fmt", ["ttl", "json", "csv", "graphml", "vocab"])
def test_export_formats(cli, tmp_path, taxonomy, fmt):
    out = tmp_path / f"udt.{fmt}"
    result = cli("ontology", "export", "--format", fmt, "-o", str(out))
    assert result.code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        rows = json.loads(text)
        assert len(rows) == len(taxonomy)
        lobe = next(r for r in rows if r["label"] == "right thyroid lobe")
        assert (lobe["rollup_organ"], lobe["rollup_body_system"]) == ("Thyroid gland", "Head and Neck")
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == len(taxonomy)
    elif fmt == "vocab":
        vocab = json.loads(text)
        assert [vocab[f"task{i}"]["field"] for i in range(9)] == list(taxonomy.fields)
    elif fmt == "ttl":
        import rdflib

        assert len(rdflib.Graph().parse(data=text, format="turtle")) > 1000
    else:
        import networkx as nx

        assert nx.read_graphml(out).number_of_nodes() == len(taxonomy)


def test_export_to_stdout_and_bad_format(cli):
    result = cli("ontology", "export", "--format", "vocab")
    assert result.code == 0 and json.loads(result.stdout)["task0"]["field"] == "Diagnosis"
    bad = cli("ontology", "export", "--format", "xlsx")
    assert bad.code == 2
    assert bad.stderr.strip().count("\n") == 0 and "xlsx" in bad.stderr


def test_format_normalises_a_reordered_file(cli, tmp_path):
    import rdflib

    from udt.owl.read import parse_graph

    path = tmp_path / "udt.owl"
    graph = parse_graph(ontology_path())
    path.write_text(graph.serialize(format="pretty-xml"), encoding="utf-8")
    assert cli("ontology", "format", str(path), "--check").code == 1
    assert cli("ontology", "format", str(path)).code == 0
    assert path.read_text(encoding="utf-8") == ontology_path().read_text(encoding="utf-8")
    assert cli("ontology", "format", str(path), "--check").code == 0
    assert isinstance(graph, rdflib.Graph)


@pytest.mark.parametrize(
    ("setup", "pattern"),
    [("missing", "no such ontology file"), ("empty", "empty"), ("garbage", "malformed")],
)
def test_bad_ontology_file_is_one_line_exit_1(cli, tmp_path, setup, pattern):
    path = tmp_path / "bad.owl"
    if setup == "empty":
        path.write_text("", encoding="utf-8")
    elif setup == "garbage":
        path.write_text("<rdf:RDF><broken", encoding="utf-8")
    result = cli("ontology", "stats", str(path))
    assert result.code == 1
    assert pattern in result.stderr and str(path) in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "Traceback" not in result.stderr


def test_help_is_fast_and_lists_ontology(cli):
    result = cli("--help")
    assert result.code == 0 and "ontology" in result.stdout


def test_shipped_ontology_copy_loads_identically(tmp_path, taxonomy):
    from udt.taxonomy import load_taxonomy

    copy = tmp_path / "copy.owl"
    shutil.copy(ontology_path(), copy)
    other = load_taxonomy(copy)
    assert other is not taxonomy
    assert other.digest == taxonomy.digest and len(other) == len(taxonomy)


def test_stats_report_the_knowledge_coverage(cli):
    result = cli("ontology", "stats", "--json")
    assert result.code == 0, result.stderr
    knowledge = json.loads(result.stdout)["knowledge"]
    assert knowledge["with_typical_site"] == knowledge["finer_diagnoses"] >= 128
    assert knowledge["with_typical_findings"] >= 60
    assert knowledge["finding_axioms"]["typical"] > 0 and knowledge["finding_axioms"]["possible"] > 0
    assert knowledge["tirads_scored_values"] >= 20
