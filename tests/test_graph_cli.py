"""``udt graph`` end to end (label JSON always; report text only when the parser is importable)."""

from __future__ import annotations

import importlib.util
import json

import pytest


def _parser_available() -> bool:
    try:
        from udt.parser import parse_report  # noqa: F401
    except ImportError:
        return False
    return importlib.util.find_spec("udt.parser") is not None


@pytest.fixture
def record_file(tmp_path):
    path = tmp_path / "rec.json"
    path.write_text(
        json.dumps(
            {
                "Diagnosis": ["nodule"],
                "Organ_level": ["Thyroid gland"],
                "Body_system_level": ["Head and Neck"],
                "Echogenicity": "hypoechoic",
            }
        )
    )
    return path


def test_graph_png_from_labels(cli, record_file, tmp_path):
    out = tmp_path / "g.png"
    result = cli("graph", "--labels", str(record_file), "-o", str(out))
    assert result.code == 0, result.stderr
    assert out.read_bytes()[:4] == b"\x89PNG"
    assert "5 nodes" in result.stdout


def test_graph_summary_and_safetensors(cli, record_file, tmp_path):
    result = cli("graph", str(record_file), "-o", "-")
    assert result.code == 0, result.stderr
    assert "node Diagnosis[0] = nodule" in result.stdout
    assert "edge Organ_level[0] -part_of-> Body_system_level[0]" in result.stdout
    saved = tmp_path / "g.safetensors"
    assert cli("graph", str(record_file), "-o", str(saved)).code == 0
    from graphing.persist import load_graph

    assert load_graph(saved)["Diagnosis"].x.numel() == 1


def test_graph_bad_input(cli, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"Echogenicity": ["glowing"]}))
    result = cli("graph", "--labels", str(bad), "-o", str(tmp_path / "x.png"))
    assert result.code == 1 and "glowing" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()
    warned = cli("graph", "--labels", str(bad), "--on-unknown", "warn", "-o", "-")
    assert warned.code == 0 and "node sample[0]" in warned.stdout
    missing = cli("graph", "--labels", str(tmp_path / "none.json"))
    assert missing.code == 2 and "no such file" in missing.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert cli("graph", str(broken)).code == 1


@pytest.mark.skipif(not _parser_available(), reason="udt.parser not importable yet")
def test_graph_from_report_text(cli, tmp_path):
    out = tmp_path / "r.png"
    result = cli("graph", "Hypoechoic nodule in the right thyroid lobe.", "-o", str(out))
    assert result.code == 0, result.stderr
    assert out.exists()
