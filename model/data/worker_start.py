"""How DataLoader workers start: forked normally, from a clean server process under a process group.

A forked child inherits every lock of its parent in the state it was in at the fork, but only the forking thread.
Once ``init_process_group`` runs, the backend (gloo on CPU, NCCL on GPU) keeps threads of its own; if one of them
holds a lock (the allocator's, the C++ runtime's exit list) at the moment the loader forks a worker, that worker
waits on it forever and the whole job hangs without an error. Workers started by a forkserver fork from a process
that never ran those threads, at the price of importing the data code once per worker.
"""

from __future__ import annotations

import multiprocessing

import torch.distributed as dist


def worker_start_method(num_workers: int) -> str | None:
    """The ``multiprocessing_context`` for a DataLoader with ``num_workers``: None keeps torch's default (fork)."""
    if num_workers == 0 or not (dist.is_available() and dist.is_initialized()):
        return None
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
