"""WebDataset shards: ``udt data shard`` (writer, index, errors) and the streaming training source."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import stat
import subprocess
import sys
import tarfile
import zipfile
from functools import partial
from pathlib import Path

import pytest
import torch
from test_train_support import make_phantom, tiny_config

from model.data import ImageTextDataset, collate, open_dataset
from model.data.shard_plan import EpochPlan, resume_point
from model.data.shard_stream import open_shards, sample_from_tar
from model.data.shards import SHARD_INDEX, read_shard_index, write_shards
from udt.errors import DataError

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def phantom(tmp_path_factory):
    return make_phantom(tmp_path_factory.mktemp("shards"))  # 64 pairs, 48 px


@pytest.fixture(scope="module")
def shards(phantom, taxonomy, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "shards"
    write_shards(phantom, out, shard_size=8, taxonomy=taxonomy)
    return out


def _tar_samples(path: Path) -> dict[str, dict[str, bytes]]:
    samples: dict[str, dict[str, bytes]] = {}
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            key, ext = member.name.split(".", 1)
            samples.setdefault(key, {})[ext] = tar.extractfile(member).read()
    return samples


def _all_samples(root: Path) -> dict[str, list[dict[str, bytes]]]:
    index = read_shard_index(root)
    return {
        split: [s for name in part.shards for s in _tar_samples(root / name).values()]
        for split, part in index.splits.items()
    }


# -- writing -----------------------------------------------------------------------------------------------------


def test_phantom_becomes_several_shards_per_split_with_bytes_captions_labels_and_cases(phantom, shards, taxonomy):
    index = read_shard_index(shards)
    train = index.splits["train"]
    assert len(train.shards) >= 2 and train.shards[0] == "train-000000.tar"
    assert all(c <= 8 for c in train.counts) and sum(train.counts) == train.pairs
    assert sum(s.pairs for s in index.splits.values()) == 64
    assert index.ontology.digest == taxonomy.digest and index.dataset.startswith("udt-phantom")

    records = {r.key: r for r in open_dataset(phantom, split="all", taxonomy=taxonomy).records}
    cases_by_split: dict[str, set[str]] = {}
    for split, samples in _all_samples(shards).items():
        assert len(samples) == index.splits[split].pairs
        for sample in samples:
            meta = json.loads(sample["json"])
            rec = records[meta["key"]]
            assert sample["png"] == (phantom / "images" / rec.image).read_bytes()  # bytes as stored
            assert sample["txt"].decode() == rec.caption
            assert meta["labels"] == rec.labels and meta["case_id"] == rec.case_id and meta["split"] == split
            cases_by_split.setdefault(split, set()).add(meta["case_id"])
    splits = list(cases_by_split.values())
    assert all(not (a & b) for i, a in enumerate(splits) for b in splits[i + 1 :])  # case-disjoint


def test_same_source_and_seed_give_identical_tars(phantom, shards, taxonomy, tmp_path):
    again = write_shards(phantom, tmp_path / "again", shard_size=8, taxonomy=taxonomy)
    for name in again.splits["train"].shards:
        assert (tmp_path / "again" / name).read_bytes() == (shards / name).read_bytes()


def test_a_zipped_release_gives_the_same_pairs(phantom, shards, taxonomy, tmp_path):
    archive = tmp_path / "release.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in phantom.rglob("*"):
            if path.is_file():
                z.write(path, f"US365K/{path.relative_to(phantom)}")
    index = write_shards(archive, tmp_path / "from_zip", shard_size=8, taxonomy=taxonomy)
    original = read_shard_index(shards)
    assert {k: v.pairs for k, v in index.splits.items()} == {k: v.pairs for k, v in original.splits.items()}
    zipped = sorted(json.loads(s["json"])["key"] for s in _all_samples(tmp_path / "from_zip")["train"])
    assert zipped == sorted(json.loads(s["json"])["key"] for s in _all_samples(shards)["train"])


def test_output_is_never_clobbered_without_force(phantom, taxonomy, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(DataError, match="not empty"):
        write_shards(phantom, out, shard_size=8, taxonomy=taxonomy)
    assert (out / "keep.txt").read_text() == "mine" and not (out / SHARD_INDEX).exists()
    write_shards(phantom, out, shard_size=100, taxonomy=taxonomy, force=True)
    assert not (out / "keep.txt").exists() and read_shard_index(out).splits["train"].shards == ["train-000000.tar"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp folder left behind


def test_force_never_deletes_the_source(phantom, taxonomy):
    with pytest.raises(DataError, match="contains the source"):
        write_shards(phantom, phantom.parent, shard_size=8, taxonomy=taxonomy, force=True)
    assert (phantom / "full_data.json").is_file()


def test_a_case_in_two_splits_is_refused(phantom, taxonomy, tmp_path):
    manifest = tmp_path / "manifest.jsonl"
    shutil.copytree(phantom / "images", tmp_path / "images")
    rows = [
        {"image": "images/case00000_00.png", "caption": "thyroid nodule", "case_id": "A", "split": "train"},
        {"image": "images/case00000_01.png", "caption": "thyroid nodule", "case_id": "A", "split": "test"},
    ]
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows))
    with pytest.raises(DataError, match="case 'A' is in both"):
        write_shards(manifest, tmp_path / "out", shard_size=8, taxonomy=taxonomy)
    assert not (tmp_path / "out").exists()


def test_cli_errors_are_one_line(phantom, tmp_path, cli):
    bad = cli("data", "shard", str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert bad.code == 1 and bad.stderr.startswith("error[shards.no_source]") and "Traceback" not in bad.stderr
    (tmp_path / "images.zip").write_bytes(b"not a zip")
    bad = cli("data", "shard", str(tmp_path / "images.zip"), "--out", str(tmp_path / "o"))
    assert bad.code == 1 and "shards.bad_zip" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    bad = cli("data", "shard", str(phantom), "--out", str(tmp_path / "o"), "--shard-size", "0")
    assert bad.code == 1 and "shards.bad_size" in bad.stderr
    ok = cli("data", "shard", str(phantom), "--out", str(tmp_path / "o"), "--shard-size", "16")
    assert ok.code == 0, ok.stderr
    assert "train: 4 shard(s), 50 pairs" in ok.stdout  # 16 + 16 + 16 + 2


# -- reading -----------------------------------------------------------------------------------------------------


def test_a_streamed_sample_is_what_the_map_style_dataset_yields(phantom, shards, taxonomy):
    mapped = open_dataset(phantom, split="train", image_size=32, taxonomy=taxonomy)
    by_key = {r.key: i for i, r in enumerate(mapped.records)}
    raw = next(iter(_tar_samples(shards / "train-000001.tar").items()))
    sample = sample_from_tar({"__key__": raw[0], **raw[1]}, partial(ImageTextDataset, image_size=32))
    expected = mapped[by_key[sample.key]]
    assert type(sample) is type(expected)
    assert torch.equal(sample.image, expected.image)
    assert (sample.caption, sample.labels, sample.case_id) == (expected.caption, expected.labels, expected.case_id)


def _epoch_keys(shards: Path, epoch: int, *, world: int, workers: int, batch: int = 4, skip: int = 0) -> list[list]:
    """Keys per rank for one epoch, each rank streamed in this process (the plan needs no process group)."""
    out = []
    for rank in range(world):
        source = open_shards(shards, "train", partial(ImageTextDataset, image_size=16), batch_size=batch, seed=1,
                             rank=rank, world_size=world, num_workers=workers)
        source.set_epoch(epoch, skip)
        out.append([batch.keys for batch in source.loader(collate)])
    return out


@pytest.mark.parametrize(("world", "workers"), [(1, 0), (2, 0), (3, 0), (2, 2)])
def test_each_sample_once_per_epoch_across_ranks_and_workers(shards, world, workers):
    pairs = read_shard_index(shards).splits["train"].pairs  # 50 here: does not divide into 4-pair global batches
    used = (pairs // (4 * world)) * 4 * world
    left_out = []
    for epoch in (0, 1):
        ranks = _epoch_keys(shards, epoch, world=world, workers=workers)
        assert len({len(r) for r in ranks}) == 1  # equal step counts on every rank (DDP needs them)
        keys = [k for r in ranks for b in r for k in b]
        assert all(len(b) == 4 for r in ranks for b in r)
        assert len(keys) == len(set(keys)) == used
        left_out.append({json.loads(s["json"])["key"] for s in _all_samples(shards)["train"]} - set(keys))
    assert len(left_out[0]) == pairs - used
    if pairs - used:
        assert left_out[0] != left_out[1]  # the tail left out changes with the epoch's shard order


@pytest.mark.parametrize("workers", [0, 2])
def test_mid_epoch_resume_continues_with_the_same_batches(shards, workers):
    full = _epoch_keys(shards, 3, world=1, workers=workers)[0]
    for skip in (1, 5, len(full) - 1):
        assert _epoch_keys(shards, 3, world=1, workers=workers, skip=skip)[0] == full[skip:]


def test_epochs_are_reproducible_and_differ(shards):
    assert _epoch_keys(shards, 0, world=1, workers=0) == _epoch_keys(shards, 0, world=1, workers=0)
    assert _epoch_keys(shards, 0, world=1, workers=0) != _epoch_keys(shards, 1, world=1, workers=0)


@pytest.mark.parametrize(
    ("counts", "consumed", "done", "nxt"),
    [
        ([3, 3], 0, [0, 0], 0),
        ([3, 3], 3, [2, 1], 1),
        ([2, 3], 4, [2, 2], 0),  # worker 0 exhausted: the cycle goes on with worker 1
        ([2, 3], 5, [2, 3], 0),
        ([0, 1], 1, [0, 1], 0),
    ],
)
def test_resume_point_follows_the_loader_cycle(counts, consumed, done, nxt):
    assert resume_point(counts, consumed) == (done, nxt)


def test_plan_gives_each_rank_whole_equal_batches():
    plan = EpochPlan.build([8, 8, 8, 8, 8, 8, 2], seed=0, epoch=0, batch_size=4, world_size=3, num_workers=2)
    assert plan.batches_per_rank == 4 and plan.dropped == 50 - 48
    spans = [plan.worker_span(r, w) for r in range(3) for w in range(2)]
    assert spans[0][0] == 0 and spans[-1][1] == 48
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))  # contiguous, no overlap


def test_bad_index_and_missing_split_are_data_errors(shards, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(shards, copy)
    with pytest.raises(DataError, match="no split 'extra'"):
        open_shards(copy, "extra", partial(ImageTextDataset, image_size=16), batch_size=4)
    (copy / "train-000000.tar").unlink()
    with pytest.raises(DataError, match=r"train-000000\.tar"):
        read_shard_index(copy)
    (copy / SHARD_INDEX).write_text("{not json")
    with pytest.raises(DataError, match="not a valid shard index"):
        read_shard_index(copy)


# -- training ----------------------------------------------------------------------------------------------------


def test_two_process_gloo_run_sees_each_sample_once_per_epoch(shards, tmp_path):
    out = tmp_path / "seen.json"
    path = os.pathsep.join([str(REPO), str(REPO / "tests"), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path, "OMP_NUM_THREADS": "1"}
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2",
           str(REPO / "tests" / "shard_ddp_probe.py"), str(shards), str(out), "2"]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    seen = json.loads(out.read_text())
    pairs = read_shard_index(shards).splits["train"].pairs
    for epoch in seen["epochs"]:
        rank0, rank1 = epoch["rank_keys"]
        assert epoch["batches"][0] == epoch["batches"][1] == seen["per_rank_batches"]
        assert not set(rank0) & set(rank1) and len(set(rank0 + rank1)) == len(rank0 + rank1)
        assert len(rank0 + rank1) == (pairs // 8) * 8


def test_udt_train_streams_shards_under_ddp(shards, tmp_path):
    from test_train_support import step_losses

    from model import train

    cfg = tiny_config(shards, tmp_path / "run", optim={"batch_size": 4, "max_steps": 3, "warmup_steps": 1})
    run = train(cfg, nproc=2)
    assert sorted(step_losses(run)) == [1, 2, 3]
    assert (run / "model.safetensors").is_file()
    card = (run / "README.md").read_text()
    assert "WebDataset shards" in card and "| train | 50 |" in card


def test_zip_members_are_read_from_the_archive_not_extracted(phantom, taxonomy, tmp_path):
    archive = tmp_path / "release.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(phantom / "full_data.json", "full_data.json")
        z.write(phantom / "train.jsonl", "train.jsonl")
        for png in sorted((phantom / "images").iterdir())[:3]:  # most images missing from the archive
            z.write(png, f"images/{png.name}")
    index = write_shards(archive, tmp_path / "partial", shard_size=8, taxonomy=taxonomy)
    assert index.splits["train"].pairs + index.missing_images == 50
    assert index.missing_images > 0 and index.missing_examples
    assert not any(tmp_path.rglob("*.png"))


def test_a_metadata_member_that_is_a_link_is_refused(phantom, taxonomy, tmp_path):
    archive = tmp_path / "release.zip"
    link = zipfile.ZipInfo("full_data.json")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr(link, "/etc/passwd")
        z.write(phantom / "train.jsonl", "train.jsonl")
    with pytest.raises(DataError) as err:
        write_shards(archive, tmp_path / "out", shard_size=8, taxonomy=taxonomy)
    assert err.value.code == "shards.bad_member" and "full_data.json: a symbolic link" in str(err.value)
    assert not (tmp_path / "out").exists()


def test_training_on_shards_resumes_mid_epoch_exactly(shards, tmp_path, monkeypatch):
    import signal

    from test_train_support import step_losses

    import model.training.loop as loop
    from model import train
    from model.training.loop import TrainingInterrupted

    # 50 train pairs, batch 8: 6 steps per epoch, so 8 steps cross an epoch boundary; 2 workers per epoch.
    settings = {"optim": {"max_steps": 8, "lr": 2e-3}}

    def config(out):
        cfg = tiny_config(shards, out, **settings)
        cfg["data"]["num_workers"] = 2
        return cfg

    full = step_losses(train(config(tmp_path / "full")))

    real, calls = loop.compute_loss, {"n": 0}

    def interrupt_at_third(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            signal.raise_signal(signal.SIGTERM)
        return real(*args, **kwargs)

    monkeypatch.setattr(loop, "compute_loss", interrupt_at_third)
    with pytest.raises(TrainingInterrupted):
        train(config(tmp_path / "cut"))
    monkeypatch.undo()
    train(config(tmp_path / "cut"), resume="latest")
    assert step_losses(tmp_path / "cut") == full and sorted(full) == list(range(1, 9))


@pytest.mark.parametrize("workers", [0, 2])
def test_a_truncated_shard_is_an_error_not_a_short_epoch(shards, tmp_path, workers):
    copy = tmp_path / "copy"
    shutil.copytree(shards, copy)
    tar = copy / "train-000002.tar"
    # A copy cut short at a sample boundary: tar readers stop quietly there, so only the count can tell.
    with tarfile.open(tar) as archive:
        starts = {}
        for member in archive.getmembers():
            starts.setdefault(member.name.split(".", 1)[0], member.offset)
    tar.write_bytes(tar.read_bytes()[: sorted(starts.values())[3]])
    # With workers, the error still arrives as a DataError (torch would turn it into a RuntimeError).
    source = open_shards(copy, "train", partial(ImageTextDataset, image_size=16), batch_size=2, num_workers=workers)
    with pytest.raises(DataError, match=r"train-000002\.tar holds \d samples, shards\.json lists 8"):
        for _ in source.loader(collate):
            pass


def test_a_shard_cut_inside_a_file_is_a_one_line_error(shards, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(shards, copy)
    tar = copy / "train-000002.tar"
    # Cut in the middle of a member's data (not at a fixed offset, which may land in a header's padding, where tar
    # readers stop quietly; the shard's bytes change whenever the phantom or the ontology does).
    with tarfile.open(tar) as archive:
        member = next(m for m in archive.getmembers()[1:] if m.size > 64)
    tar.write_bytes(tar.read_bytes()[: member.offset_data + member.size // 2])  # the tar reader itself fails
    source = open_shards(copy, "train", partial(ImageTextDataset, image_size=16), batch_size=2)
    with pytest.raises(DataError, match=r"cannot read a shard.*train-000002\.tar"):
        for _ in source.loader(collate):
            pass
