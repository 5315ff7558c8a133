"""Would compiling the parser with mypyc reach issue 11's throughput goal? Pure vs compiled, side by side.

Compiling gives about 1.34x, short of the goal, so udt ships pure Python (figures below). The script:

1. copies the tracked tree twice into a temporary folder, ``pure`` and ``compiled``;
2. in ``compiled``, applies the two changes mypyc needs beyond the parser's type hints:
   - every rule mixin of ``SitesAndFindings`` (``DegreeRules``, ``LandmarkRules`` and the nine others in ``MIXINS``)
     becomes a mypyc trait. A native class may have only one native base; and as a plain native base class
     ``DegreeRules``'s methods read attributes at the wrong offsets (``SitesAndFindings`` has ``__call__``, so
     mypyc adds a vectorcall slot to its layout, and the build segfaults);
   - ``Item`` and ``_Draft`` stay non-native classes, because the findings pass copies them through ``__dict__``;
   - two ``x in (a, *b)`` tests are written without the star (mypyc 2.4.1 crashes on them);
3. compiles ``MODULES`` there with mypyc and times the build;
4. checks that every parse is byte-identical to the pure tree's (``parser_identity.py``);
5. counts instructions per report in both trees (``parser_instructions.py``, if valgrind is installed);
6. times throughput against spaCy's blank pipeline in both trees (``parser_speed.py``), ``--rounds`` times,
   alternating.

The baseline is the same source run as pure Python. Both ratios are udt's figure over spaCy's blank tokenizer +
sentencizer, measured in the same process.

The rule mixins declare the rules they call on one another and on ``SitesAndFindings`` through one shared base,
``udt/parser/host.py``'s ``SiteRulesHost``, which is compiled as a trait too. (Until stop 21 they used
``if TYPE_CHECKING:`` blocks in their class bodies, which stopped mypyc's front end with "Unsupported statement in
class body".)

Figures (stop 21, mypyc 2.4.1, gcc 12, Python 3.11.7; this VM's 2 shared cores, load 3-4 during the build and the
first round, falling to 0.3 by the end; 1000 reports, 2 alternating rounds):
- build of the 25 modules: 338 s wall under ``nice -n 19``; every one of 8,146 parses byte-identical to the pure
  tree's;
- instructions per report (callgrind): pure 2,127,708, compiled 1,600,335 (0.75x; blank/udt 0.139 -> 0.186);
- throughput ratio udt/blank (CPU): pure 0.080, 0.073; compiled 0.107, 0.102; best of each 1.34x. Compiling
  alone does not reach issue 11's 0.25.

Needs a C compiler and mypy (the dev extra). Each throughput round takes about 2 minutes.

Run: ``python benchmarks/parser_mypyc.py [--rounds 2] [--reports 1000] [--build-timeout 3600]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The parser's hot modules: the per-report path from the sentence splitter to the Doc -> ParsedReport converter.
# sites.py's SitesAndFindings inherits from the rule mixins below; the other modules are helpers it calls per report.
MIXINS = {  # module -> the mixin class it defines (each becomes a mypyc trait, see the module docstring)
    "degrees": "DegreeRules", "normals": "NormalAppearanceRules", "landmarks": "LandmarkRules",
    "pediatric": "PediatricRules", "implied": "ImpliedSiteRules", "settling": "SiteSettlement",
    "values": "DerivedValueRules", "margins": "MarginRules", "tirads": "TiradsRules", "senses": "WordSenseRules",
    "statuses": "StatusRules",
}
# Every mixin derives from host.py's SiteRulesHost (the rules the mixins call on one another and on their host),
# which must then be a trait too: a native trait cannot derive from an interpreted class.
TRAITS = {**MIXINS, "host": "SiteRulesHost"}
HELPERS = ["ventricles", "fetal", "tunica", "asides", "studies", "wordids"]
MODULES = ["sites", *TRAITS, *HELPERS, "findings", "context", "matcher", "record", "sentences", "parser"]
# Left interpreted: schema.py (pydantic models, which mypyc cannot compile as native classes), termset.py (data
# read at construction), tokenizer.py and pipeline.py (construction only; spaCy's tokenizer is Cython already).
# (file, text to find, replacement): what mypyc needs beyond the type hints (see the module docstring).
EDITS = [
    *((f"udt/parser/{module}.py", f"\nclass {mixin}",
       f"\nfrom mypy_extensions import trait\n\n\n@trait\nclass {mixin}") for module, mixin in TRAITS.items()),
    # mypyc 2.4.1 crashes on a starred item in the tuple of an ``in`` test (an internal error, "should have been
    # handled in Tuple/List/Set/DictExpr"); the same test without the star:
    ("udt/parser/context.py", "feature.field in (field, *self.anatomy_fields)",
     "(feature.field == field or feature.field in self.anatomy_fields)"),
    ("udt/parser/senses.py", "lower[end] in (self._hyphen, *self._dashes)",
     "(lower[end] == self._hyphen or lower[end] in self._dashes)"),
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
    # A session of its own, so that a timeout also ends what it started (mypyc runs the C build in a child process,
    # which would otherwise go on compiling into a deleted folder).
    proc = subprocess.Popen([sys.executable, *args], cwd=tree, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(tree)}, start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise SystemExit(f"error: `python {' '.join(args[:2])} ...` took over {timeout:.0f} s in {tree.name}; "
                         "run it on a less busy machine or raise --build-timeout") from None
    done = subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)
    if done.returncode != 0:
        # (mypyc reports its errors on stdout)
        said = (done.stderr.strip() or done.stdout.strip())[-600:]
        raise SystemExit(f"error: `python {' '.join(args)}` failed in {tree.name}: {said}")
    return done.stdout


def compile_tree(tree: Path, timeout: float) -> float:
    """Wall seconds of the mypyc build of MODULES in ``tree`` (the .so files land beside the sources)."""
    t0 = time.perf_counter()
    run(tree, ["-m", "mypyc", *(f"udt/parser/{m}.py" for m in MODULES)], timeout=timeout)
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
    ap.add_argument("--build-timeout", type=float, default=3600, help="seconds the mypyc build may take")
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
        build_s = compile_tree(compiled, args.build_timeout)
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
