"""US-365K reader, image loading, safety (path escapes, corrupt images, bad JSON) and the loader."""

from __future__ import annotations

import io
import json
import stat
import zipfile
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from model.data import Batch, Sample, Skipped, collate, images, make_loader, open_dataset, read_records
from model.data.images import BadImage, ZipSource, decode_image
from udt.errors import DataError


def _png(value: int, size: int = 20, rgb: bool = False) -> bytes:
    arr = np.full((size, size, 3) if rgb else (size, size), value, dtype=np.uint8)
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, format="PNG")
    return buf.getvalue()


def _jpg(value: int, size: int = 20) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(np.full((size, size), value, dtype=np.uint8)).save(buf, format="JPEG")
    return buf.getvalue()


def make_us365k(root: Path, *, zipped: bool = False) -> Path:
    """Six images in three cases; one label record missing, scalars and lists mixed, names with/without .jpg."""
    images = {f"c{c}_{i}.jpg": _jpg(40 * c + 10 * i) for c in range(3) for i in range(2)}
    root.mkdir(parents=True, exist_ok=True)
    if zipped:
        with zipfile.ZipFile(root / "images.zip", "w") as zf:
            for name, data in images.items():
                zf.writestr(f"images/{name}", data)
    else:
        (root / "images").mkdir()
        for name, data in images.items():
            (root / "images" / name).write_bytes(data)
    splits = {"train": ["c0_0.jpg", "c0_1.jpg", "c1_0"], "valid": ["c1_1.jpg"], "test": ["c2_0.jpg", "c2_1.jpg"]}
    for split, names in splits.items():
        lines = [json.dumps({"image": n, "caption": f"caption of {n}"}) for n in names]
        (root / f"{split}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    full = [
        {"media_name": "c0_0", "Diagnosis": "nodule", "Organ_level": ["Thyroid gland"], "Echogenicity": ["hypoechoic"]},
        {"media_name": "c0_1.jpg", "Diagnosis": ["cyst"], "Shape": "oval", "Margins": []},
        {"media_name": "c1_0", "Diagnosis": ["mass", "not-a-diagnosis"], "Organ_level": "Breast"},
        {"media_name": "c1_1", "Vascularity": None},
        {"media_name": "c2_0", "Body_system_level": ["Head and Neck"]},
        # c2_1 has no record at all: it must stay, with every field unknown.
    ]
    (root / "full_data.json").write_text(json.dumps(full), encoding="utf-8")
    return root


@pytest.mark.parametrize("zipped", [False, True])
def test_us365k_reader_reads_splits_and_labels(tmp_path, zipped):
    root = make_us365k(tmp_path / "d", zipped=zipped)
    train = open_dataset(root, "train", image_size=16, case_pattern=r"^(c\d+)_")
    assert [r.key for r in train.records] == ["c0_0", "c0_1", "c1_0"]
    assert train.records[0].labels["Diagnosis"] == ["nodule"]  # scalar read as a one-element list
    assert train.records[0].labels["Echogenicity"] == ["hypoechoic"]
    assert train.records[1].labels["Shape"] == ["oval"]  # media_name with .jpg still joins
    assert train.records[2].labels["Diagnosis"] == ["mass"]  # the unknown value is dropped ...
    assert train.unknown_label_values == 1  # ... and counted
    assert set(train.records[0].labels) == set(train.records[1].labels)
    assert len(train.records[0].labels) == 9
    test = open_dataset(root, "test", image_size=16, case_pattern=r"^(c\d+)_")
    assert [r.key for r in test.records] == ["c2_0", "c2_1"]
    assert all(v == [] for v in test.records[1].labels.values())  # no record: unknown, kept
    assert {r.case_id for r in test.records} == {"c2"}
    sample = train[2]  # image named without ".jpg" in the split file
    assert isinstance(sample, Sample)
    assert sample.image.shape == (3, 16, 16) and sample.image.dtype == torch.float32
    assert sample.caption == "caption of c1_0"


def test_split_all_and_case_fallback(tmp_path):
    root = make_us365k(tmp_path / "d")
    records, _, layout, _ = read_records(root, "all")
    assert layout == "us365k" and len(records) == 6
    assert {r.split for r in records} == {"train", "valid", "test"}
    assert records[0].case_id == "c0_0"  # no case field and no pattern: each image is its own case


def test_full_data_without_split_files_is_split_by_case(tmp_path):
    root = make_us365k(tmp_path / "d")
    for s in ("train", "valid", "test"):
        (root / f"{s}.jsonl").unlink()
    data = json.loads((root / "full_data.json").read_text())
    for rec in data:
        rec["case_id"] = rec["media_name"][:2]
    (root / "full_data.json").write_text(json.dumps(data))
    records, *_ = read_records(root, "all")
    assert len(records) == 5
    by_case: dict[str, set[str]] = {}
    for r in records:
        by_case.setdefault(r.case_id, set()).add(r.split)
    assert all(len(s) == 1 for s in by_case.values())


def test_decode_grayscale_and_rgb_normalised():
    grey = decode_image(_png(255, 10), 8, mean=(0.5, 0.5, 0.5), std=(0.5, 0.5, 0.5))
    assert grey.shape == (3, 8, 8)
    assert torch.allclose(grey, torch.ones_like(grey), atol=1e-5)
    arr = np.zeros((10, 10, 3), dtype=np.uint8)
    arr[..., 0] = 255
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, format="PNG")
    rgb = decode_image(buf.getvalue(), 10, mean=(0.0, 0.0, 0.0), std=(1.0, 1.0, 1.0))
    assert rgb[0].min() > 0.99 and rgb[1].max() < 0.01


@pytest.mark.parametrize("bad", ["/etc/passwd", "../secret.jpg", "a/../../b.jpg", "C:\\x\\y.jpg"])
def test_path_escapes_are_rejected(tmp_path, bad):
    root = make_us365k(tmp_path / "d")
    (root / "train.jsonl").write_text(json.dumps({"image": bad, "caption": "x"}) + "\n")
    with pytest.raises(DataError) as err:
        open_dataset(root, "train")
    assert err.value.code == "data.path_escape"
    assert "train.jsonl:1" in err.value.message


def test_symlink_out_of_root_is_rejected(tmp_path):
    root = make_us365k(tmp_path / "d")
    outside = tmp_path / "outside.jpg"
    outside.write_bytes(_jpg(5))
    (root / "images" / "link.jpg").symlink_to(outside)
    (root / "train.jsonl").write_text(json.dumps({"image": "link.jpg", "caption": "x"}) + "\n")
    with pytest.raises(DataError) as err:  # refused when the data set is opened, not at the first batch
        open_dataset(root, "train", image_size=8)
    assert err.value.code == "data.path_escape" and "link.jpg" in err.value.message
    from model.data.images import FolderSource

    with pytest.raises(DataError):  # and still when the file is read
        FolderSource(root / "images").read("link.jpg")


def test_symlinked_folder_out_of_manifest_root_is_refused_at_load(tmp_path):
    root = tmp_path / "data"
    (root).mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "a.jpg").write_bytes(_jpg(5))
    (root / "scans").symlink_to(elsewhere, target_is_directory=True)
    (root / "inside.jpg").write_bytes(_jpg(5))
    (root / "alias.jpg").symlink_to(root / "inside.jpg")  # a link that stays inside is fine
    rows = [{"image": "alias.jpg", "caption": "cyst", "split": "train"}]
    (root / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert len(open_dataset(root, "train", image_size=8, derive_labels=False)) == 1
    rows.append({"image": "scans/a.jpg", "caption": "cyst", "split": "train"})
    (root / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    with pytest.raises(DataError) as err:
        open_dataset(root, "train", image_size=8, derive_labels=False)
    assert err.value.code == "data.path_escape" and "scans" in err.value.message


def test_malformed_json_line_names_file_and_line(tmp_path):
    root = make_us365k(tmp_path / "d")
    (root / "valid.jsonl").write_text('{"image": "c1_1.jpg", "caption": "ok"}\n{"image": broken\n')
    with pytest.raises(DataError) as err:
        open_dataset(root, "valid")
    assert f"{root / 'valid.jsonl'}:2" in err.value.message


def test_corrupt_and_truncated_images_are_skipped_and_counted(tmp_path):
    root = make_us365k(tmp_path / "d")
    good = (root / "images" / "c0_0.jpg").read_bytes()
    (root / "images" / "c0_1.jpg").write_bytes(good[: len(good) // 2])  # truncated
    (root / "images" / "c1_0.jpg").write_bytes(b"not an image at all")  # corrupt
    ds = open_dataset(root, "train", image_size=8)
    items = [ds[i] for i in range(len(ds))]
    assert isinstance(items[0], Sample)
    assert [type(x) for x in items[1:]] == [Skipped, Skipped]
    batch = collate(items)
    assert isinstance(batch, Batch)
    assert batch.images.shape == (1, 3, 8, 8) and batch.keys == ["c0_0"]
    assert batch.skipped == ["c0_1", "c1_0"]
    assert ds.skipped == ["c0_1", "c1_0"]
    strict = open_dataset(root, "train", image_size=8, fail_fast=True)
    with pytest.raises(DataError) as err:
        strict[1]
    assert err.value.code == "data.bad_image"


def test_missing_image_file_is_skipped(tmp_path):
    root = make_us365k(tmp_path / "d")
    (root / "images" / "c2_0.jpg").unlink()
    ds = open_dataset(root, "test", image_size=8)
    assert isinstance(ds[0], Skipped)
    assert isinstance(ds[1], Sample)


def test_collate_all_bad_gives_empty_batch():
    batch = collate([None, Skipped("k", "bad")])
    assert len(batch) == 0 and batch.images.shape[0] == 0
    assert batch.skipped == ["?", "k"]


def test_loader_is_deterministic_for_a_seed(tmp_path):
    root = make_us365k(tmp_path / "d")
    ds = open_dataset(root, "all", image_size=8)
    order = [[k for b in make_loader(ds, batch_size=2, shuffle=True, seed=s) for k in b.keys] for s in (3, 3, 4)]
    assert order[0] == order[1]
    assert sorted(order[0]) == sorted(order[2])
    assert len(order[0]) == 6


def test_zip_source_reopens_per_process(tmp_path):
    root = make_us365k(tmp_path / "d", zipped=True)
    src = ZipSource(root / "images.zip")
    assert src.read("c0_0.jpg")[:2] == b"\xff\xd8"
    state = src.__getstate__()
    assert state["_zip"] is None  # a pickled copy for a worker opens its own handle
    src._pid = -1  # as seen from a forked child
    old = src._zip
    src.read("c0_1.jpg")
    assert src._zip is not old


def test_zip_source_refuses_link_and_bomb_members_where_it_reads_them(tmp_path, monkeypatch):
    archive = tmp_path / "images.zip"
    link = zipfile.ZipInfo("images/link.jpg")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16  # how zip tools store a symbolic link
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(link, "../../etc/passwd")
        zf.writestr("images/ok.jpg", _jpg(90))
        zf.writestr("images/big.jpg", b"\0" * 4096)  # inflates far past its stored size, like a bomb
    src = ZipSource(archive)
    with pytest.raises(BadImage, match=r"link\.jpg: a symbolic link"):
        src.read("link.jpg")
    monkeypatch.setattr(images, "MAX_MEMBER_BYTES", 1024)
    with pytest.raises(BadImage, match=r"big\.jpg: 4,096 bytes uncompressed, over the 1,024-byte limit"):
        src.read("big.jpg")
    assert src.read("ok.jpg")[:2] == b"\xff\xd8"  # an ordinary member under the limit still reads


def test_zip_loader_with_workers(tmp_path):
    root = make_us365k(tmp_path / "d", zipped=True)
    ds = open_dataset(root, "all", image_size=8)
    keys = []
    for batch in make_loader(ds, batch_size=2, shuffle=False, num_workers=2):
        assert batch.images.shape[1:] == (3, 8, 8)
        keys += batch.keys
    assert keys == [r.key for r in ds.records]


def test_unknown_layout_and_missing_path(tmp_path):
    with pytest.raises(DataError) as err:
        open_dataset(tmp_path / "nope")
    assert err.value.code == "data.not_found"
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError) as err:
        open_dataset(tmp_path / "empty")
    assert err.value.code == "data.unknown_layout"
    with pytest.raises(DataError):
        open_dataset(make_us365k(tmp_path / "d"), "training")
