"""Where the parser's Python runs: line events per udt function over the benchmark texts (a deterministic profile).

``parser_instructions.py`` counts instructions, but callgrind sees only the interpreter's C functions, not which
Python function ran them; cProfile times functions but its per-call overhead inflates the small ones. This counts,
with ``sys.settrace``, every line of udt's code executed while the warm parser parses the texts again: the same
figures on every run, per function and per line. About 580 instructions per line event on the mix (2.33M
instructions per report over about 4,000 line events): a pass that skips N line events per report saves about
N * 580 instructions. A line event is not a fixed cost: a statement spread over several lines counts once per line,
and a comprehension counts once per item.

Run: ``python benchmarks/parser_lines.py [--reports 200] [--texts mix|short] [--top 40] [--lines 40]``.
"""

from __future__ import annotations

import argparse
import linecache
import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from parser_instructions import short_reports  # noqa: E402
from parser_speed import corpus  # noqa: E402

_UDT = str(ROOT / "udt") + "/"

Line = tuple[str, int, str]  # (file, line number, function)


def count_lines(texts: list[str]) -> Counter[Line]:
    """Line events of udt's code while a warm parser parses ``texts`` (the first pass, which fills the caches and
    memos, is not counted)."""
    from udt.parser import ReportParser
    from udt.taxonomy import load_taxonomy

    parser = ReportParser(load_taxonomy())
    for _ in parser.pipe(texts):
        pass
    counts: Counter[Line] = Counter()

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            counts[(frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name)] += 1
        return local

    def call(frame: FrameType, event: str, arg: Any) -> Any:
        # (only udt's own frames are traced line by line: spaCy's and the standard library's are not counted)
        return local if frame.f_code.co_filename.startswith(_UDT) else None

    sys.settrace(call)
    try:
        for _ in parser.pipe(texts):
            pass
    finally:
        sys.settrace(None)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument(
        "--texts",
        choices=("mix", "short"),
        default="mix",
        help="the benchmark mix (parser_speed.corpus) or one- and two-sentence reports",
    )
    ap.add_argument("--top", type=int, default=40, help="functions listed")
    ap.add_argument("--lines", type=int, default=40, help="lines listed")
    args = ap.parse_args()
    n = args.reports
    counts = count_lines(short_reports(n) if args.texts == "short" else corpus(n))
    total = sum(counts.values())
    by_function: Counter[tuple[str, str]] = Counter()
    for (path, _, name), c in counts.items():
        by_function[(path.removeprefix(_UDT), name)] += c
    print(f"{n} {args.texts} reports: {total / n:,.0f} line events of udt code per report")
    print("\nper function (line events per report, share)")
    for (path, name), c in by_function.most_common(args.top):
        print(f"  {c / n:8.1f} {100 * c / total:5.1f}%  {path}:{name}")
    print("\nper line (line events per report)")
    for (path, line, name), c in counts.most_common(args.lines):
        text = linecache.getline(path, line).strip()[:90]
        print(f"  {c / n:7.1f}  {path.removeprefix(_UDT)}:{line} {name}: {text}")


if __name__ == "__main__":
    main()
