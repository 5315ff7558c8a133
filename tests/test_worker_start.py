"""DataLoader workers under a process group start from a forkserver, not by forking the group's threads."""

from __future__ import annotations

import multiprocessing
import os

import pytest
import torch.distributed as dist
from torch.utils.data import DataLoader, Dataset

from model.data.worker_start import worker_start_method


class ParentIds(Dataset):
    """Each item is the id of the worker's parent process: the loader's own process when workers were forked."""

    def __len__(self) -> int:
        return 2

    def __getitem__(self, index: int) -> int:
        return os.getppid()


@pytest.fixture
def one_rank_group(tmp_path):
    dist.init_process_group("gloo", init_method=f"file://{tmp_path / 'store'}", rank=0, world_size=1)
    yield
    dist.destroy_process_group()


def test_outside_a_process_group_workers_keep_torchs_default_start():
    assert not dist.is_initialized()
    assert worker_start_method(2) is None
    assert worker_start_method(0) is None


def test_inside_a_process_group_workers_do_not_fork_the_group(one_rank_group):
    assert worker_start_method(0) is None  # no workers, nothing to start
    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("this platform has no forkserver; spawned workers are children of the loader like forked ones")
    method = worker_start_method(2)
    assert method == "forkserver"
    loader = DataLoader(ParentIds(), batch_size=1, num_workers=2, multiprocessing_context=method)
    parents = {int(batch) for batch in loader}
    assert os.getpid() not in parents and len(parents) == 1
    forked = DataLoader(ParentIds(), batch_size=1, num_workers=2)
    assert {int(batch) for batch in forked} == {os.getpid()}  # the check can fail: forked workers report us
