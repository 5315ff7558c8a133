"""Parser throughput on typical 5-10 sentence reports (single process), and `udt parse one.txt` end to end.

Baseline measured in the same process: the bare ``spacy.blank("en")`` tokenizer + sentencizer on the same texts,
so the ratio shows what the ontology matcher, context and findings cost on top of tokenisation. Every figure is
given as wall time and as CPU time (``time.process_time``; for the subprocess, its rusage): on a shared, loaded
machine the CPU figure is the one that measures the parser rather than the neighbours.

Run: ``python benchmarks/parser_speed.py [--reports N] [--repeat K]``.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int) -> list[str]:
    rows = [json.loads(x)["text"] for x in (ROOT / "tests/data/reports_gold.jsonl").read_text().splitlines() if x]
    # Vary the texts so the tokenizer cache does not flatter the figure.
    return [f"Case {i}. " + rows[i % len(rows)] for i in range(n)]


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall s, CPU s) of one call."""
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def end_to_end(text: str, repeat: int) -> tuple[float, float]:
    """Median (wall s, CPU s) of `udt parse one.txt` in a fresh process (caches warm, as after the first run)."""
    udt_bin = Path(sys.executable).with_name("udt")
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text(text, encoding="utf-8")
        for _ in range(repeat + 1):  # the first run may fill the on-disk caches: not counted
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run([str(udt_bin), "parse", str(one)], check=True, capture_output=True)
            wall = time.perf_counter() - t0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            walls.append(wall)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls[1:]), statistics.median(cpus[1:])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=4000)
    ap.add_argument("--repeat", type=int, default=3, help="end-to-end runs (median reported)")
    args = ap.parse_args()
    import spacy

    from udt.parser import ReportParser

    build_wall, build_cpu = timed(ReportParser)
    texts = corpus(args.reports)
    parser = ReportParser()
    sentences = sum(len(list(d.sents)) for d in parser.nlp.pipe(texts[:200])) / 200
    base = spacy.blank("en")
    base.add_pipe("sentencizer")
    list(base.pipe(texts[:200]))  # warm both pipelines' vocabularies alike
    list(parser.pipe(texts[:200]))
    base_wall, base_cpu = timed(lambda: [None for _ in base.pipe(texts, batch_size=256)])
    wall, cpu = timed(lambda: [None for _ in parser.pipe(texts, batch_size=256)])
    n = len(texts)
    print(f"parser build (first in process; on-disk caches warm): {build_wall:.2f} s wall, {build_cpu:.2f} s CPU")
    print(f"reports: {n}, mean sentences/report: {sentences:.1f}")
    print(f"baseline blank tokenizer+sentencizer: {n / base_wall:>8,.0f} reports/s wall  {n / base_cpu:>8,.0f} /s CPU")
    print(f"udt parser (pipe, 1 process):         {n / wall:>8,.0f} reports/s wall  {n / cpu:>8,.0f} /s CPU"
          f"  (ratio {base_cpu / cpu:.2f} of baseline, CPU)")
    e2e_wall, e2e_cpu = end_to_end(texts[0], args.repeat)
    print(f"`udt parse one.txt` end to end:       {e2e_wall:.2f} s wall  {e2e_cpu:.2f} s CPU"
          f"  (median of {args.repeat})")


if __name__ == "__main__":
    main()
