"""``udt data stats`` and its library function."""

from __future__ import annotations

import json

from test_data_readers import make_us365k

from model.data import dataset_stats, format_stats


def test_stats_counts_splits_cases_and_coverage(tmp_path):
    root = make_us365k(tmp_path / "d")
    stats = dataset_stats(root)
    assert stats.records == 6 and stats.layout == "us365k"
    assert stats.splits == {"train": 3, "valid": 1, "test": 2}
    cov = {c.field: c for c in stats.coverage}
    assert cov["Diagnosis"].labelled == 3
    assert abs(cov["Diagnosis"].fraction - 0.5) < 1e-9
    assert cov["Organ_level"].labelled == 2
    assert cov["Margins"].labelled == 0
    assert stats.unknown_label_values == 1
    assert stats.image_bytes == sum(p.stat().st_size for p in (root / "images").iterdir())
    text = format_stats(stats)
    assert "Diagnosis" in text and "50.0%" in text


def test_stats_flags_cases_in_two_splits(tmp_path):
    root = make_us365k(tmp_path / "d")
    data = json.loads((root / "full_data.json").read_text())
    for rec in data:
        rec["case_id"] = "same"
    (root / "full_data.json").write_text(json.dumps(data))
    stats = dataset_stats(root)
    assert stats.cases_in_several_splits == 1
    assert "more than one split" in format_stats(stats)


def test_cli_data_stats(tmp_path, cli):
    root = make_us365k(tmp_path / "d")
    res = cli("data", "stats", str(root), "--json")
    assert res.code == 0, res.stderr
    assert json.loads(res.stdout)["records"] == 6
    res = cli("data", "stats", str(tmp_path / "missing"))
    assert res.code == 1
    assert res.stderr.startswith("error[data.not_found]") and "Traceback" not in res.stderr
