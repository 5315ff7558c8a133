"""`udt ontology export --format sssom`: the lexicon mappings as an SSSOM mapping set.

The strict check below reads the file the way the SSSOM spec describes it (a YAML metadata block in `#` lines,
then a TSV table); where the `sssom` library is installed (optional extra `udt[sssom]`), it parses and
validates the same file too.
"""

from __future__ import annotations

import csv
import io

import pytest
import yaml

from udt.owl import vocab

REQUIRED_COLUMNS = ("subject_id", "predicate_id", "object_id", "mapping_justification")


@pytest.fixture(scope="module")
def sssom_file(tmp_path_factory):
    from typer.testing import CliRunner

    from udt.cli.main import app

    out = tmp_path_factory.mktemp("sssom") / "udt.sssom.tsv"
    result = CliRunner().invoke(app, ["ontology", "export", "--format", "sssom", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _split(text: str) -> tuple[dict, list[dict[str, str]], list[str]]:
    lines = text.splitlines(keepends=True)
    header = [line for line in lines if line.startswith("#")]
    body = lines[len(header):]
    assert all(not line.startswith("#") for line in body), "metadata lines must all come first"
    metadata = yaml.safe_load("".join(line[1:].removeprefix(" ") for line in header))
    reader = csv.DictReader(io.StringIO("".join(body)), delimiter="\t")
    rows = list(reader)
    return metadata, rows, list(reader.fieldnames or [])


def test_metadata_block(sssom_file, taxonomy):
    metadata, _rows, _columns = _split(sssom_file.read_text(encoding="utf-8"))
    assert metadata["mapping_set_id"].startswith("https://w3id.org/udt/") and metadata["mapping_set_id"].endswith(
        ".sssom.tsv"
    )
    assert metadata["license"] == "https://www.apache.org/licenses/LICENSE-2.0"
    assert metadata["mapping_set_version"] == taxonomy.version  # a string, not a YAML date
    curie_map = metadata["curie_map"]
    assert curie_map["UDT"] == vocab.UDT_NS + vocab.ID_PREFIX
    assert {"SCTID", "DCM", "RADLEX", "skos", "semapv"} <= set(curie_map)


def test_one_row_per_mapping_with_valid_curies(sssom_file, taxonomy):
    metadata, rows, columns = _split(sssom_file.read_text(encoding="utf-8"))
    assert set(REQUIRED_COLUMNS) <= set(columns)
    expected = {
        (c.curie, "skos:exactMatch", m) for c in taxonomy if not c.deprecated for m in c.exact_matches
    } | {(c.curie, "skos:closeMatch", m) for c in taxonomy if not c.deprecated for m in c.close_matches}
    got = [(r["subject_id"], r["predicate_id"], r["object_id"]) for r in rows]
    assert len(got) == len(set(got)) == len(expected) > 0
    assert set(got) == expected
    prefixes = metadata["curie_map"]
    for row in rows:
        for key in ("subject_id", "predicate_id", "object_id", "mapping_justification"):
            prefix, sep, local = row[key].partition(":")
            assert sep and local and prefix in prefixes, row[key]
        subject = taxonomy.concepts[prefixes["UDT"] + row["subject_id"].split(":", 1)[1]]
        assert row["subject_label"] == subject.label
        assert row["mapping_justification"] == "semapv:ManualMappingCuration"
    assert {r["object_id"].split(":")[0] for r in rows} <= {"SCTID", "DCM", "RADLEX"}


def test_known_mappings_are_present(sssom_file):
    text = sssom_file.read_text(encoding="utf-8")
    assert "UDT:0000078\toval\tskos:exactMatch\tSCTID:84360004\t" in text
    assert "UDT:0000086\tanechoic\tskos:exactMatch\tDCM:111361\t" in text


def test_sssom_library_parses_and_validates_it(sssom_file):
    sssom = pytest.importorskip("sssom")  # optional extra: udt[sssom]
    from sssom.constants import SchemaValidationType
    from sssom.parsers import parse_sssom_table
    from sssom.validators import validate

    msdf = parse_sssom_table(str(sssom_file))
    assert len(msdf.df) > 0
    report = validate(
        msdf,
        [SchemaValidationType.JsonSchema, SchemaValidationType.PrefixMapCompleteness,
         SchemaValidationType.StrictCurieFormat],
        fail_on_error=False,
    )
    assert all(not r.results for r in report.values()), (sssom, report)
