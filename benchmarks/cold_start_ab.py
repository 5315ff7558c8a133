"""Cold start of `udt parse one.txt`, two source trees side by side: runs alternate between them (A, B, A, B, ...)
so that the machine's load drifts over both alike, and each tree's median wall and CPU time are printed with the
ratio B/A.

A tree is a folder holding the ``udt`` package (for instance ``git archive <commit> | tar -x -C /tmp/old``); it is
put first on ``PYTHONPATH`` of the child, which runs ``python -m udt.cli.main parse one.txt`` with this
interpreter. The on-disk caches (``~/.cache/udt``) are filled by one unmeasured run per tree first.

Run: ``python benchmarks/cold_start_ab.py --a /tmp/old --b . --runs 7 [--text file.txt]``; without ``--a`` the tree is
compared with itself (an A/A run: its ratio is the noise of the machine).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def run_once(tree: Path, one: Path) -> tuple[float, float]:
    """(wall s, CPU s) of one fresh `udt parse one.txt` process running the code of ``tree``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    # Run in the tree itself: ``python -m`` puts the working directory first on sys.path, ahead of PYTHONPATH, so a
    # child started in another checkout would import that checkout's udt (both sides then timed the same code).
    done = subprocess.run([sys.executable, "-m", "udt.cli.main", "parse", str(one)], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(tree)}, timeout=120, cwd=tree)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"udt parse failed under {tree}: {done.stderr.strip()[-300:]}")
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    # Without --a (as `make bench` runs it) the tree is compared with itself: an A/A run whose ratio shows the noise.
    ap.add_argument("--a", type=Path, default=ROOT, help="baseline source tree (default: this one, an A/A run)")
    ap.add_argument("--b", type=Path, default=ROOT, help="source tree to compare (default: this one)")
    ap.add_argument("--runs", type=int, default=7, help="measured runs per tree (median reported)")
    ap.add_argument("--text", type=Path, help="report to parse (default: the first benchmark report)")
    args = ap.parse_args()
    trees = {"A": args.a.resolve(), "B": args.b.resolve()}
    if args.text is not None:
        text = args.text.read_text(encoding="utf-8")
    else:
        from parser_speed import corpus

        text = corpus(1)[0]
    times: dict[str, list[tuple[float, float]]] = {"A": [], "B": []}
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text(text, encoding="utf-8")
        outputs = set()
        for tree in trees.values():  # fill the caches; the outputs must agree
            subprocess.run([sys.executable, "-m", "udt.cli.main", "parse", str(one), "-o", str(one) + ".json"],
                           check=True, env={**os.environ, "PYTHONPATH": str(tree)}, timeout=300, cwd=tree)
            outputs.add(Path(str(one) + ".json").read_bytes())
        if len(outputs) != 1:
            raise SystemExit("the two trees give different output for this report")
        for _ in range(args.runs):
            for name, tree in trees.items():
                times[name].append(run_once(tree, one))
    med = {name: (statistics.median(w for w, _ in t), statistics.median(c for _, c in t))
           for name, t in times.items()}
    for name, tree in trees.items():
        wall, cpu = med[name]
        print(f"{name} {tree}: {wall:.3f} s wall, {cpu:.3f} s CPU (median of {args.runs}, alternating)")
    print(f"B/A: wall {med['B'][0] / med['A'][0]:.2f}, CPU {med['B'][1] / med['A'][1]:.2f}")


if __name__ == "__main__":
    main()
