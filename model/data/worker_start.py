"""How DataLoader workers start: forked normally, from a clean, preloaded server process under a process group.

A forked child inherits every lock of its parent in the state it was in at the fork, but only the forking thread.
Once ``init_process_group`` runs, the backend (gloo on CPU, NCCL on GPU) keeps threads of its own; if one of them
holds a lock (the allocator's, the C++ runtime's exit list) at the moment the loader forks a worker, that worker
waits on it forever and the whole job hangs without an error. Workers started by a forkserver fork from a process
that never ran those threads.

A bare forkserver preloads only a script's ``__main__`` (nothing under ``python -m``), so every worker imported
torch and the data code again while it unpickled its dataset, and the loader starts workers one after another:
about 31 s per epoch with 4 workers on an H200 host, 15 s with 2 on a CPU, against 0.3 s forked. The forkserver
here first imports what the workers need (:func:`forkserver_preload`): the modules that unpickling the loader's
dataset and collate imports, torch's worker loop, and what the collate imports lazily (its ``worker_imports``).
Its workers fork with those already loaded. Importing them starts no threads, so forking from the server stays safe.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import pickle
import sys
import types
from multiprocessing.context import BaseContext
from typing import Any

import torch.distributed as dist

# Always preloaded: the worker process's own target and the loader's worker loop.
WORKER_MODULES = ("torch", "torch.utils.data", "torch.utils.data._utils.worker")
_preload_set = False


class _ModuleScan(pickle.Pickler):
    """Pickles into nothing and notes the module of every class and function met: those unpickling imports."""

    def __init__(self) -> None:
        super().__init__(_Sink(), protocol=pickle.HIGHEST_PROTOCOL)
        self.modules: dict[str, None] = {}  # what unpickling imports
        self.declared: dict[str, None] = {}  # what the objects say their workers import besides (worker_imports)

    def persistent_id(self, obj: Any) -> None:
        kind = obj if isinstance(obj, (type, types.FunctionType, types.BuiltinFunctionType)) else type(obj)
        module = getattr(kind, "__module__", None)
        if isinstance(module, str):
            self.modules.setdefault(module, None)
        if kind is type(obj) and getattr(kind, "worker_imports", None) is not None:  # looked up on the class
            declares: Any = obj
            self.declared.update(dict.fromkeys(declares.worker_imports))
        return None


class _Sink:
    def write(self, data: bytes) -> int:
        return len(data)


def forkserver_preload(*payload: object) -> list[str]:
    """The modules a forkserver should import before it forks DataLoader workers that receive ``payload``.

    ``__main__`` (the forkserver's default), :data:`WORKER_MODULES`, every module whose classes or functions a
    pickle of ``payload`` names and that this process has imported (so each one imports cleanly), then what the
    pickled objects declare in a ``worker_imports`` attribute: modules their workers import lazily, on
    unpickling or at the first batch (``TrainingCollate``'s taxonomy and graph builder). The forkserver skips a
    name that does not import. A payload that does not pickle plainly adds nothing: its workers then import the
    rest themselves, as before.
    """
    found: dict[str, None] = dict.fromkeys(WORKER_MODULES)
    declared: dict[str, None] = {}
    for obj in payload:
        scan = _ModuleScan()
        try:
            scan.dump(obj)
        except Exception:  # only a speed-up: the loader reports a real pickling error itself
            continue
        found.update(scan.modules)
        declared.update(scan.declared)
    names = [m for m in found if m in sys.modules] + [m for m in declared if m not in found]
    return ["__main__", *(m for m in names if m not in {"builtins", "__main__", "__mp_main__"})]


def worker_start_method(num_workers: int, *payload: object) -> BaseContext | None:
    """The ``multiprocessing_context`` for a DataLoader with ``num_workers`` whose workers receive ``payload``
    (its dataset and collate). None keeps torch's default (fork) outside a process group.

    Inside one: a forkserver context, whose server (started here once per process) preloads
    :func:`forkserver_preload` of the first payload; ``spawn`` where the platform has no forkserver.
    """
    global _preload_set
    if num_workers == 0 or not (dist.is_available() and dist.is_initialized()):
        return None
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    if not _preload_set:
        # The preload list only counts when the server starts; start it now, not at the first worker.
        context.set_forkserver_preload(forkserver_preload(*payload))
        multiprocessing.forkserver.ensure_running()
        _preload_set = True
    return context
