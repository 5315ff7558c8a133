"""DataLoader workers under a process group start from a preloaded forkserver, not by forking the group's threads."""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

import pytest
import torch.distributed as dist
from test_train_support import make_phantom, step_losses, tiny_config
from torch.utils.data import DataLoader, Dataset

from model.data.worker_start import forkserver_preload, worker_start_method

HAS_FORKSERVER = "forkserver" in multiprocessing.get_all_start_methods()


class ParentIds(Dataset):
    """Each item is the id of the worker's parent process: the loader's own process when workers were forked."""

    def __len__(self) -> int:
        return 2

    def __getitem__(self, index: int) -> int:
        return os.getppid()


class Declares:
    """A payload that imports a module lazily in its workers and says so."""

    worker_imports = ("json.decoder", "no_such_module_anywhere")


@pytest.fixture
def one_rank_group(tmp_path):
    dist.init_process_group("gloo", init_method=f"file://{tmp_path / 'store'}", rank=0, world_size=1)
    yield
    dist.destroy_process_group()  # (a training run leaves a group it did not start to its starter)


def test_outside_a_process_group_workers_keep_torchs_default_start():
    assert not dist.is_initialized()
    assert worker_start_method(2) is None
    assert worker_start_method(0, ParentIds()) is None


def test_inside_a_process_group_workers_do_not_fork_the_group(one_rank_group):
    assert worker_start_method(0) is None  # no workers, nothing to start
    if not HAS_FORKSERVER:
        pytest.skip("this platform has no forkserver; spawned workers are children of the loader like forked ones")
    context = worker_start_method(2, ParentIds())
    assert context is not None and context.get_start_method() == "forkserver"
    loader = DataLoader(ParentIds(), batch_size=1, num_workers=2, multiprocessing_context=context)
    parents = {int(batch) for batch in loader}
    assert os.getpid() not in parents and len(parents) == 1
    forked = DataLoader(ParentIds(), batch_size=1, num_workers=2)
    assert {int(batch) for batch in forked} == {os.getpid()}  # the check can fail: forked workers report us


def test_the_forkserver_has_torch_loaded_and_no_threads_to_fork(one_rank_group):
    if not HAS_FORKSERVER or not Path("/proc/self/maps").is_file():
        pytest.skip("needs a forkserver and /proc")
    context = worker_start_method(2, ParentIds())
    (server,) = {int(b) for b in DataLoader(ParentIds(), batch_size=1, num_workers=2, multiprocessing_context=context)}
    # The workers fork with torch already imported (the speed-up), from a process with one thread (the safety).
    assert "libtorch" in Path(f"/proc/{server}/maps").read_text()
    status = dict(line.split(":", 1) for line in Path(f"/proc/{server}/status").read_text().splitlines())
    assert int(status["Threads"]) == 1


def test_the_preload_list_names_what_unpickling_the_payload_imports():
    names = forkserver_preload(ParentIds(), Declares())
    assert names[0] == "__main__"  # the forkserver's own default stays first
    assert {"torch", "torch.utils.data._utils.worker", ParentIds.__module__} <= set(names)
    assert names[-2:] == ["json.decoder", "no_such_module_anywhere"]  # declared; the server skips what won't import
    assert "builtins" not in names and len(names) == len(set(names))
    assert all(name in sys.modules for name in names[1:-2])  # scanned names are only what this process has loaded
    assert forkserver_preload(lambda: None)[1:] == ["torch", "torch.utils.data", "torch.utils.data._utils.worker"]


def test_the_training_collate_declares_its_lazy_imports():
    import udt
    from model.data.collate import TrainingCollate

    tax = udt.load_taxonomy()
    plain = TrainingCollate(None, 8, taxonomy=tax)
    graphs = TrainingCollate(None, 8, taxonomy=tax, graph_vocab=object())
    assert "udt" in plain.worker_imports and "torch_geometric.data" not in plain.worker_imports
    assert {"graphing.hetero", "torch_geometric.data"} <= set(graphs.worker_imports)


def test_training_with_forkserver_workers_matches_training_without(one_rank_group, tmp_path, monkeypatch):
    if not HAS_FORKSERVER:
        pytest.skip("this platform has no forkserver")
    import model.training.loop as loop
    from model import train

    contexts = []

    def recorded(num_workers, *payload):
        contexts.append(worker_start_method(num_workers, *payload))
        return contexts[-1]

    monkeypatch.setattr(loop, "worker_start_method", recorded)

    phantom = make_phantom(tmp_path)
    # 64 pairs -> 6 batches of 8 in the train split: 8 steps cross an epoch boundary, so the loader is rebuilt.
    workers = tiny_config(phantom, tmp_path / "workers", optim={"max_steps": 8, "lr": 2e-3})
    workers["data"]["num_workers"] = 2
    with_workers = step_losses(train(workers))
    assert len(contexts) == 2 and all(c is not None and c.get_start_method() == "forkserver" for c in contexts)
    assert dist.is_initialized()  # the caller's group outlives the run: train() did not start it
    without = step_losses(train(tiny_config(phantom, tmp_path / "plain", optim={"max_steps": 8, "lr": 2e-3})))
    assert sorted(with_workers) == list(range(1, 9))
    assert with_workers == without
