"""Generic CSV/JSONL manifests, label derivation through the parser, and its on-disk cache."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import model.data.labels as labels_mod
from model.data import open_dataset, read_records
from model.data.labels import CACHE_DIR
from udt.errors import DataError


def _write_images(root: Path, names: list[str]) -> None:
    (root / "img").mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(names):
        buf = io.BytesIO()
        Image.fromarray(np.full((12, 12), 20 * i, dtype=np.uint8)).save(buf, format="PNG")
        (root / "img" / name).write_bytes(buf.getvalue())


class FakeParser:
    """Stands in for udt.parse_report: reads 'Field=value' tokens, counts calls."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, texts, tax):
        assert tax.fields  # the caller's taxonomy reaches the parser
        self.calls.append(list(texts))
        out = []
        for text in texts:
            rec: dict[str, list[str]] = {}
            for token in text.split():
                if "=" in token:
                    k, v = token.split("=", 1)
                    rec.setdefault(k, []).append(v.replace("_", " "))
            out.append(rec)
        return out


@pytest.fixture
def fake_parser(monkeypatch):
    fake = FakeParser()
    monkeypatch.setattr(labels_mod, "parse_captions", fake)
    return fake


def _csv(root: Path) -> Path:
    names = [f"p{i}.png" for i in range(6)]
    _write_images(root, names)
    path = root / "manifest.csv"
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["image_path", "caption", "patient_id", "Diagnosis", "Echogenicity"])
        w.writerow(["img/p0.png", "Diagnosis=cyst Echogenicity=anechoic", "A", "", ""])
        w.writerow(["img/p1.png", "given labels win", "A", "nodule", "hypoechoic; hyperechoic"])
        w.writerow(["img/p2.png", "Diagnosis=mass", "B", "", ""])
        w.writerow(["img/p3.png", "Diagnosis=mass", "C", "", ""])
        w.writerow(["img/p4.png", "nothing to find", "D", "", ""])
        w.writerow(["img/p5.png", "Shape=oval", "E", "", ""])
    return path


def test_csv_manifest_with_given_and_derived_labels(tmp_path, fake_parser):
    path = _csv(tmp_path)
    records, root, layout, _ = read_records(path, "all")
    assert layout == "manifest" and root == tmp_path
    by_key = {r.key: r for r in records}
    assert by_key["img/p0"].labels["Diagnosis"] == ["cyst"]
    assert by_key["img/p0"].labels["Echogenicity"] == ["anechoic"]
    assert by_key["img/p1"].labels["Echogenicity"] == ["hypoechoic", "hyperechoic"]  # given: not parsed
    assert by_key["img/p2"].labels["Diagnosis"] == ["mass"]
    assert by_key["img/p4"].labels["Diagnosis"] == []
    assert by_key["img/p0"].case_id == "A"
    # Parsed once, duplicate captions once.
    assert len(fake_parser.calls) == 1
    assert sorted(fake_parser.calls[0]) == sorted(
        ["Diagnosis=cyst Echogenicity=anechoic", "Diagnosis=mass", "nothing to find", "Shape=oval"]
    )
    # Case-level split: both rows of case A in the same split.
    assert by_key["img/p0"].split == by_key["img/p1"].split


def test_label_cache_is_reused_and_invalidated(tmp_path, fake_parser, monkeypatch, taxonomy):
    path = _csv(tmp_path)
    read_records(path, "all")
    cache_files = list((tmp_path / CACHE_DIR).glob("*.json"))
    assert len(cache_files) == 1
    payload = json.loads(cache_files[0].read_text())
    assert payload["taxonomy_digest"] == taxonomy.digest
    read_records(path, "all")
    assert len(fake_parser.calls) == 1  # second open: served from the cache
    # Editing the manifest makes a new cache key: only the new caption is parsed.
    with path.open("a", newline="") as fh:
        csv.writer(fh).writerow(["img/p5.png", "Margins=well-defined", "F", "", ""])
    records, *_ = read_records(path, "all")
    assert len(fake_parser.calls) == 2
    assert {r.labels["Margins"][0] for r in records if r.labels["Margins"]} == {"well-defined"}
    # A changed ontology (digest) invalidates everything.
    monkeypatch.setattr(taxonomy, "digest", "0" * 64)
    read_records(path, "all", taxonomy=taxonomy)
    assert len(fake_parser.calls) == 3 and len(fake_parser.calls[2]) == 5


def test_corrupt_cache_is_rebuilt(tmp_path, fake_parser):
    path = _csv(tmp_path)
    read_records(path, "all")
    cache = next((tmp_path / CACHE_DIR).glob("*.json"))
    cache.write_text("{ not json")
    records, *_ = read_records(path, "all")
    assert len(fake_parser.calls) == 2
    assert json.loads(cache.read_text())["labels"]
    assert {tuple(r.labels["Diagnosis"]) for r in records} >= {("cyst",), ("mass",)}


def test_jsonl_manifest_nested_labels_and_splits(tmp_path, fake_parser):
    _write_images(tmp_path, ["a.png", "b.png", "c.png"])
    rows = [
        {"file": "img/a.png", "text": "t1", "labels": {"Diagnosis": "nodule"}, "split": "train", "case": "1"},
        {"file": "img/b.png", "text": "Diagnosis=cyst", "split": "test", "case": "2"},
        {"file": "img/c.png", "text": "t3", "labels": {"Organ_level": ["Liver"]}, "split": "valid", "case": "3"},
    ]
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    ds = open_dataset(path, "test", image_size=8)
    assert [r.key for r in ds.records] == ["img/b"]
    assert ds.records[0].labels["Diagnosis"] == ["cyst"]
    assert ds[0].image.shape == (3, 8, 8)
    train = open_dataset(tmp_path / "pairs.jsonl", "train", image_size=8)
    assert train.records[0].labels["Diagnosis"] == ["nodule"]


def test_manifest_folder_is_found_and_derivation_can_be_off(tmp_path, fake_parser):
    _csv(tmp_path)
    records, *_ = read_records(tmp_path, "all", derive_labels=False)
    assert not fake_parser.calls
    assert sum(1 for r in records if r.labels["Diagnosis"]) == 1


@pytest.mark.parametrize(
    ("row", "code"),
    [
        ({"image": "/abs/x.png", "caption": "x"}, "data.path_escape"),
        ({"image": "../x.png", "caption": "x"}, "data.path_escape"),
        ({"caption": "no image"}, "data.missing_image"),
        ({"image": "img/a.png", "caption": "x", "split": "dev"}, "data.bad_split"),
        ({"image": "img/a.png", "caption": "x", "labels": "{oops"}, "data.bad_labels"),
    ],
)
def test_manifest_errors(tmp_path, row, code, fake_parser):
    path = tmp_path / "m.jsonl"
    path.write_text(json.dumps(row) + "\n")
    with pytest.raises(DataError) as err:
        read_records(path, "all")
    assert err.value.code == code


def test_bad_manifest_json_line(tmp_path):
    path = tmp_path / "m.jsonl"
    path.write_text('{"image": "a.png"}\n\n[1, 2]\n')
    with pytest.raises(DataError) as err:
        read_records(path, "all")
    assert err.value.message.startswith(f"{path}:3")


def test_real_parser_derives_labels(tmp_path):
    pytest.importorskip("spacy")
    try:
        from udt import parse_report
    except Exception:  # the parser is optional while it is being written
        pytest.skip("udt parser not importable")
    assert parse_report("Hypoechoic nodule in the thyroid.").labels
    _write_images(tmp_path, ["a.png"])
    (tmp_path / "m.csv").write_text("image,caption\nimg/a.png,Hypoechoic nodule in the right thyroid lobe.\n")
    records, *_ = read_records(tmp_path / "m.csv", "all")
    assert records[0].labels["Diagnosis"] == ["nodule"]
    assert records[0].labels["Echogenicity"] == ["hypoechoic"]


def test_case_pattern_groups_manifest_rows_without_a_case_field(tmp_path, fake_parser):
    names = ["c1_a.png", "c1_b.png", "c2_a.png", "c3_a.png"]
    _write_images(tmp_path, names)
    path = tmp_path / "pairs.jsonl"
    path.write_text("".join(json.dumps({"image": f"img/{n}", "caption": "Shape=oval"}) + "\n" for n in names))
    by_key = {r.key: r for r in read_records(path, "all", case_pattern=r"^(c\d+)_")[0]}
    assert [by_key[f"img/{n[:-4]}"].case_id for n in names] == ["c1", "c1", "c2", "c3"]
    assert by_key["img/c1_a"].split == by_key["img/c1_b"].split
    # Without a pattern each image is its own case, named by its key.
    assert {r.case_id for r in read_records(path, "all")[0]} == {f"img/{n[:-4]}" for n in names}
