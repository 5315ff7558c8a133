"""A device that cannot exist (CUDA on a CPU-only torch, a GPU per process beyond the GPUs there) is one clear line.

Before, `udt train --set run.device=cuda` and `udt evaluate --device cuda` on a machine without CUDA ended in a
torch traceback (an AttributeError from set_device, an AssertionError from torch's lazy CUDA init).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from model.devices import resolve_device
from udt.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]
UDT = Path(sys.executable).with_name("udt")
no_cuda = pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has CUDA: the error cannot occur")


def test_cpu_and_auto_without_a_gpu_are_the_cpu():
    assert resolve_device("cpu") == torch.device("cpu")
    expected = "cuda" if torch.cuda.is_available() else "cpu"
    assert resolve_device("auto").type == expected


def test_an_unknown_name_is_refused_naming_the_setting():
    with pytest.raises(ConfigError) as err:
        resolve_device("gpu", setting="run.device")
    assert err.value.code == "device.unknown" and "run.device='gpu'" in err.value.message


@no_cuda
def test_cuda_on_a_machine_without_it_names_the_setting_and_the_torch_build():
    with pytest.raises(ConfigError) as err:
        resolve_device("cuda", setting="--device")
    assert err.value.code == "device.no_cuda"
    assert "--device=cuda" in err.value.message and torch.__version__ in err.value.message
    assert "use cpu or auto" in err.value.hint


def test_a_process_beyond_the_visible_gpus_is_told_how_many_to_launch(monkeypatch):
    # torchrun --nproc_per_node 2 on a one-GPU machine: the second process (LOCAL_RANK=1) has no GPU of its own.
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 1)
    assert resolve_device("cuda", index=0) == torch.device("cuda", 0)
    with pytest.raises(ConfigError) as err:
        resolve_device("auto", index=1, setting="run.device")
    assert err.value.code == "device.no_gpu_for_process"
    assert "LOCAL_RANK=1" in err.value.message and "at most 1 process" in err.value.hint


def _udt(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    return subprocess.run([str(UDT), *args], capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env)


@no_cuda
def test_udt_train_on_cuda_without_cuda_is_one_line_and_leaves_no_run_directory(tmp_path):
    out = tmp_path / "run"
    done = _udt(["train", "--out", str(out), "--set", "run.device=cuda", "--set", "optim.max_steps=1"], tmp_path)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert lines == [lines[0]] and lines[0].startswith("error[device.no_cuda]: run.device=cuda")
    assert "Traceback" not in done.stderr and not out.exists()


@no_cuda
def test_udt_evaluate_and_embed_on_cuda_without_cuda_are_one_line(tmp_path):
    run = tmp_path / "run"
    run.mkdir()  # the device is checked before the run is read, so an empty folder is enough to reach it
    for args in (["evaluate", str(run), "--data", str(tmp_path), "--device", "cuda"],
                 ["embed", str(run), "--text", "a cyst", "--device", "cuda"]):
        done = _udt(args, tmp_path)
        assert done.returncode == 1, args
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error[device.no_cuda]: --device=cuda"), (args, lines)
