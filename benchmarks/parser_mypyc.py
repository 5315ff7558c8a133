"""Would compiling the parser with mypyc reach issue 11's throughput goal? Pure vs compiled, side by side.

The result so far is negative, so udt ships pure Python (see the figures this prints). The script:

1. copies the tracked tree twice into a temporary folder, ``pure`` and ``compiled``;
2. in ``compiled``, applies the two changes mypyc needs beyond the parser's type hints:
   - ``DegreeRules`` becomes a mypyc trait. As a plain native base class its methods read attributes at the wrong
     offsets: ``SitesAndFindings`` has ``__call__``, so mypyc adds a vectorcall slot to its layout, and the build
     segfaults;
   - ``Item`` and ``_Draft`` stay non-native classes, because the findings pass copies them through ``__dict__``;
3. compiles ``MODULES`` there with mypyc and times the build;
4. checks that every parse is byte-identical to the pure tree's (``parser_identity.py``);
5. counts instructions per report in both trees (``parser_instructions.py``, if valgrind is installed);
6. times throughput against spaCy's blank pipeline in both trees (``parser_speed.py``), ``--rounds`` times,
   alternating.

The baseline is the same source run as pure Python. Both ratios are udt's figure over spaCy's blank tokenizer +
sentencizer, measured in the same process.

Needs a C compiler and mypy (the dev extra). It takes about 5 minutes to compile on 2 cores, plus about 2 minutes
per round.

Run: ``python benchmarks/parser_mypyc.py [--rounds 2] [--reports 1000]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The parser's hot modules: the per-report path from the sentence splitter to the Doc -> ParsedReport converter.
MODULES = ["sites", "degrees", "findings", "context", "matcher", "record", "sentences", "parser"]
# (file, text to find, replacement): what mypyc needs beyond the type hints (see the module docstring).
EDITS = [
    ("udt/parser/degrees.py", "\nclass DegreeRules:",
     "\nfrom mypy_extensions import trait\n\n\n@trait\nclass DegreeRules:"),
    ("udt/parser/findings.py", "\n@dataclass\nclass Item:",
     "\nfrom mypy_extensions import mypyc_attr\n\n\n@mypyc_attr(native_class=False)\n@dataclass\nclass Item:"),
    ("udt/parser/findings.py", "\n@dataclass\nclass _Draft:",
     "\n@mypyc_attr(native_class=False)\n@dataclass\nclass _Draft:"),
]


def copy_tree(dest: Path) -> None:
    """The tracked files of the checkout (what a user installs), without build outputs or caches."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True)
    for name in filter(None, listed.stdout.split("\0")):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


def apply_edits(tree: Path) -> None:
    for name, old, new in EDITS:
        path = tree / name
        text = path.read_text(encoding="utf-8")
        if text.count(old) != 1:
            raise SystemExit(f"error: {name} no longer has exactly one {old.strip()!r}; update EDITS in {__file__}")
        path.write_text(text.replace(old, new), encoding="utf-8")


def run(tree: Path, args: list[str], timeout: float) -> str:
    """stdout of ``python <args>`` run in ``tree`` with ``tree`` first on the import path; exits on failure."""
    done = subprocess.run([sys.executable, *args], cwd=tree, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(tree)})
    if done.returncode != 0:
        raise SystemExit(f"error: `python {' '.join(args)}` failed in {tree.name}: {done.stderr.strip()[-600:]}")
    return done.stdout


def compile_tree(tree: Path) -> float:
    """Wall seconds of the mypyc build of MODULES in ``tree`` (the .so files land beside the sources)."""
    t0 = time.perf_counter()
    run(tree, ["-m", "mypyc", *(f"udt/parser/{m}.py" for m in MODULES)], timeout=1800)
    wall = time.perf_counter() - t0
    missing = [m for m in MODULES if not list((tree / "udt/parser").glob(f"{m}.*.so"))]
    if missing:
        raise SystemExit(f"error: mypyc built no extension for {', '.join(missing)}")
    return wall


def first_float(pattern: str, text: str) -> float:
    found = re.search(pattern, text)
    if found is None:
        raise SystemExit(f"error: no {pattern!r} in the benchmark output:\n{text}")
    return float(found.group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2, help="alternating pure/compiled throughput rounds")
    ap.add_argument("--reports", type=int, default=1000)
    args = ap.parse_args()
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        print("parser_mypyc: no C compiler on the PATH; nothing to measure")
        return
    if importlib.util.find_spec("mypyc") is None:  # mypyc ships with mypy, the dev extra's type checker
        print("parser_mypyc: mypy (with mypyc) is not installed (pip install -e '.[dev]'); nothing to measure")
        return
    with tempfile.TemporaryDirectory(prefix="udt-mypyc-") as tmp:
        pure, compiled = Path(tmp) / "pure", Path(tmp) / "compiled"
        for tree in (pure, compiled):
            copy_tree(tree)
        apply_edits(compiled)
        build_s = compile_tree(compiled)
        print(f"mypyc build of {len(MODULES)} modules ({', '.join(MODULES)}): {build_s:.0f} s wall")
        reference = Path(tmp) / "pure.jsonl"
        run(pure, ["benchmarks/parser_identity.py", "--write", str(reference)], timeout=900)
        print("identity:", run(compiled, ["benchmarks/parser_identity.py", "--check", str(reference)],
                               timeout=900).strip().splitlines()[-1])
        if shutil.which("valgrind") and shutil.which("callgrind_control"):
            for name, tree in (("pure", pure), ("compiled", compiled)):
                out = run(tree, ["benchmarks/parser_instructions.py"], timeout=1800)
                blank = first_float(r"blank\('en'\)[^:]*:\s*([\d,]+)", out)
                udt = first_float(r"udt ReportParser.pipe:\s*([\d,]+)", out)
                print(f"instructions/report, {name:<8}: udt {udt:>12,.0f}  blank {blank:>10,.0f}  "
                      f"ratio blank/udt {blank / udt:.3f}")
        else:
            print("instructions: valgrind not found; skipped")
        speed = ["benchmarks/parser_speed.py", "--reports", str(args.reports), "--repeat", "5",
                 "--skip", "corpora,components,cold,scaling"]
        ratios: dict[str, list[float]] = {"pure": [], "compiled": []}
        for _ in range(args.rounds):  # alternate, so a busy neighbour slows both alike
            for name, tree in (("pure", pure), ("compiled", compiled)):
                ratios[name].append(first_float(r"ratio udt/blank = ([\d.]+) \(CPU\)", run(tree, speed, 900)))
        for name, values in ratios.items():
            print(f"throughput ratio udt/blank (CPU, library GC), {name:<8}: "
                  + ", ".join(f"{v:.3f}" for v in values) + f"  (best {max(values):.3f})")
        print(f"compiled/pure, best of each: {max(ratios['compiled']) / max(ratios['pure']):.2f}x; "
              "issue 11 asks for a ratio of 0.25")


if __name__ == "__main__":
    main()
