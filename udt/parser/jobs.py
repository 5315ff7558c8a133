"""Parsing a corpus on several processes (``udt parse --jobs N``), with the output of one process, in input order.

Each worker is a fresh interpreter (the ``spawn`` start method: forking a parent that has already loaded spaCy
copies its thread and allocator state, which is unsafe) that builds its own :class:`ReportParser` from the
ontology path it is given explicitly, so every worker reads the same vocabulary as the parent would.

Reports travel in chunks (a count and a character budget, so one chunk of megabyte reports does not sit in
memory many times over). At most ``2 × jobs`` chunks are in flight: a corpus larger than memory streams through,
and results are yielded in submission order, so the output is byte-identical to ``--jobs 1``.

Reports and results cross the process boundary through :mod:`concurrent.futures`, which serialises them with
pickle between processes of this one run; nothing pickled is ever written to disk or read from elsewhere.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import TYPE_CHECKING

from udt.errors import UdtError, UsageError

if TYPE_CHECKING:
    from udt.parser.parser import ReportParser
    from udt.parser.schema import ParsedReport

DEFAULT_CHUNK_REPORTS = 64
# A chunk closes at this many characters too, so megabyte reports do not pile up in the queues.
CHUNK_CHARS = 2_000_000

_WORKER_PARSER: ReportParser | None = None


def resolve_jobs(jobs: int) -> int:
    """``--jobs`` as a process count: ``0`` means one per CPU this process may use."""
    if jobs < 0:
        raise UsageError("usage.jobs", f"--jobs {jobs} is negative", "give a number of processes, or 0 for all CPUs")
    if jobs == 0:
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return max(1, os.cpu_count() or 1)
    return jobs


def _init_worker(ontology: str | None, fluid_space_labels: bool = True) -> None:
    """Build the worker's parser once (spaCy without torch, as in the one-process command)."""
    global _WORKER_PARSER
    from udt.parser.startup import collector_paused, freeze_long_lived_objects, import_spacy_lean

    # As in the one-process command: no collections while start-up allocates what lives as long as the worker.
    with collector_paused():
        import_spacy_lean()
        from udt.parser.parser import ReportParser
        from udt.taxonomy import load_taxonomy

        _WORKER_PARSER = ReportParser(load_taxonomy(ontology), fluid_space_labels=fluid_space_labels)
    freeze_long_lived_objects()


def _parse_chunk(chunk: list[tuple[str, str | None]]) -> list[ParsedReport]:
    if _WORKER_PARSER is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("parser worker used before its initializer ran")
    return list(_WORKER_PARSER.pipe(chunk))


def _chunks(items: Iterable[tuple[str, str | None]], size: int) -> Iterator[list[tuple[str, str | None]]]:
    chunk: list[tuple[str, str | None]] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += len(item[0])
        if len(chunk) >= size or chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def parse_in_processes(
    items: Iterable[tuple[str, str | None]],
    *,
    jobs: int,
    ontology: str | None = None,
    chunk_reports: int = DEFAULT_CHUNK_REPORTS,
    fluid_space_labels: bool = True,
) -> Iterator[ParsedReport]:
    """Parse ``(text, source)`` pairs on ``jobs`` worker processes; yields reports in input order.

    ``ontology`` is the OWL file every worker loads (``None``: the shipped ontology); ``fluid_space_labels`` is the
    parser's labelling convention (:class:`udt.parser.ReportParser`). ``items`` is read lazily,
    a few chunks ahead of what has been yielded.

    >>> reports = parse_in_processes([("Simple cyst.", "a")], jobs=2)   # doctest: +SKIP
    >>> [r.labels["Diagnosis"] for r in reports]                         # doctest: +SKIP
    [['cyst']]
    """
    if jobs < 1 or chunk_reports < 1:
        raise UsageError("usage.jobs", "jobs and chunk size must be at least 1", "give a positive number")
    from udt.taxonomy import load_taxonomy

    # Load the ontology here first: a bad file is then reported as itself, not as a worker that failed to start.
    load_taxonomy(ontology)
    window = 2 * jobs
    pending: deque[Future[list[ParsedReport]]] = deque()
    executor = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=get_context("spawn"),
        initializer=_init_worker,
        initargs=(ontology, fluid_space_labels),
    )
    try:
        for chunk in _chunks(items, chunk_reports):
            pending.append(executor.submit(_parse_chunk, chunk))
            while len(pending) >= window:
                yield from _result(pending.popleft())
        while pending:
            yield from _result(pending.popleft())
    finally:
        # On an error or an abandoned generator, drop queued work instead of parsing it for nobody.
        executor.shutdown(wait=True, cancel_futures=True)


def _result(future: Future[list[ParsedReport]]) -> list[ParsedReport]:
    try:
        return future.result()
    except BrokenProcessPool:
        raise UdtError(
            "parse.worker_died",
            "a parser worker process died (killed, or out of memory)",
            "run with fewer --jobs",
        ) from None


__all__ = ["parse_in_processes", "resolve_jobs"]
