"""Parser cost in CPU instructions (valgrind callgrind): a figure that neighbours on a shared machine do not move.

Timing on a busy 2-core machine varies by +/-10% between runs, and by about 4% between two copies of the same code
timed in one process, so a change worth 1-5% cannot be seen in ``parser_speed.py``'s reports/s. Instruction
counts repeat to about 0.1%. For each pipeline a child process builds it, parses the reports once (caches and
memos warm), and then parses them again with callgrind's instrumentation switched on for that pass only (start-up
and the build are not counted). Printed: instructions per report of ``udt`` and of spaCy's blank tokenizer +
sentencizer on the same texts, and their ratio (blank/udt, the instruction analogue of ``parser_speed.py``'s
throughput ratio; interpreted Python runs fewer instructions per second than spaCy's compiled tokenizer, so this
ratio reads higher than the time ratio). ``--gc batch`` measures udt as ``udt parse`` runs
(:func:`udt.parser.startup.freeze_long_lived_objects`). ``--texts short`` measures one- and two-sentence reports
(a normal study, one finding) instead of the benchmark mix: what every report pays whatever it says.

Needs ``valgrind`` and ``callgrind_control`` on the PATH (Debian: ``apt-get install valgrind``); each pipeline
takes about 40 s for 200 reports.

Run: ``python benchmarks/parser_instructions.py [--reports 200] [--gc library|batch] [--texts mix|short]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from parser_speed import corpus  # noqa: E402

# One- and two-sentence reports (written for this benchmark): a normal study, a normal organ, one finding. Each
# is prefixed with its number, as parser_speed.corpus does, so that no two texts are the same.
SHORT_REPORTS = (
    "Normal study.",
    "Normal abdominal ultrasound.",
    "Unremarkable pelvic ultrasound.",
    "The liver is normal in size and echotexture.",
    "Both kidneys are normal. No hydronephrosis.",
    "Gallbladder normal, no stones.",
    "Thyroid gland is normal in size with a homogeneous echotexture.",
    "No focal liver lesion.",
    "Spleen within normal limits.",
    "Simple cyst in the left kidney, 12 mm.",
    "Small hypoechoic nodule in the right thyroid lobe measuring 6 mm.",
    "Fatty liver. Otherwise normal.",
    "Single gallstone, no wall thickening.",
    "Right breast: 8 mm oval circumscribed hypoechoic mass at 10 o'clock.",
    "Normal scrotal ultrasound. Both testes normal.",
    "No free fluid.",
    "Mild right hydronephrosis.",
    "Normal appearances of the pancreas and aorta.",
    "Uterus and ovaries appear normal.",
    "Complex cyst in the right ovary, likely haemorrhagic.",
)
_WAIT_S = 600.0  # the longest a step may take under valgrind (start-up with spaCy's import is the slowest)


def _wait_for(path: Path, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + _WAIT_S
    while not path.exists():
        if proc.poll() is not None:
            raise SystemExit(f"error: the measured process ended early (exit {proc.returncode}); "
                             f"see {path.with_suffix('.err')}")
        if time.monotonic() > deadline:
            proc.kill()
            raise SystemExit(f"error: the measured process did not reach {path.suffix or 'ready'} in {_WAIT_S:.0f} s")
        time.sleep(0.1)


def short_reports(n: int) -> list[str]:
    """``n`` short reports (:data:`SHORT_REPORTS` in turn, numbered)."""
    return [f"Case {i}. {SHORT_REPORTS[i % len(SHORT_REPORTS)]}" for i in range(n)]


def child(pipeline: str, n: int, signal: Path, gc_mode: str, texts_kind: str = "mix") -> None:
    """Build ``pipeline``, parse the texts once, then once more between the parent's signals."""
    texts = short_reports(n) if texts_kind == "short" else corpus(n)
    if pipeline == "blank":
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")

        def parse() -> None:
            for _ in nlp.pipe(texts, batch_size=256):
                pass
    else:
        from udt.parser import ReportParser
        from udt.taxonomy import load_taxonomy

        parser = ReportParser(load_taxonomy())

        def parse() -> None:
            for _ in parser.pipe(texts):
                pass
    parse()  # warm: the measured pass finds caches and memos as a long run does
    if gc_mode == "batch" and pipeline == "udt":
        from udt.parser.startup import freeze_long_lived_objects

        freeze_long_lived_objects()
    signal.write_text("ready")
    go = signal.with_suffix(".go")
    while not go.exists():
        time.sleep(0.05)
    parse()
    signal.with_suffix(".done").write_text("done")
    end = signal.with_suffix(".end")
    while not end.exists():
        time.sleep(0.05)


def instructions(pipeline: str, n: int, gc_mode: str, texts_kind: str = "mix") -> int:
    """Instructions spent in the measured pass of ``pipeline`` over ``n`` reports."""
    with tempfile.TemporaryDirectory() as tmp:
        signal = Path(tmp) / "signal"
        out = Path(tmp) / "callgrind.out"
        with open(signal.with_suffix(".err"), "w") as err:
            proc = subprocess.Popen(
                ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                 sys.executable, __file__, "--child", pipeline, "--reports", str(n), "--signal", str(signal),
                 "--gc", gc_mode, "--texts", texts_kind],
                stdout=subprocess.DEVNULL, stderr=err, env={**os.environ, "PYTHONPATH": str(ROOT)})
            try:
                _wait_for(signal, proc)
                subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True, capture_output=True)
                signal.with_suffix(".go").write_text("go")
                _wait_for(signal.with_suffix(".done"), proc)
                subprocess.run(["callgrind_control", "-i", "off", str(proc.pid)], check=True, capture_output=True)
                signal.with_suffix(".end").write_text("end")
                proc.wait(timeout=_WAIT_S)
            finally:
                if proc.poll() is None:
                    proc.kill()
        totals = [line for line in out.read_text().splitlines() if line.startswith("totals:")]
        if not totals:
            raise SystemExit(f"error: callgrind wrote no totals to {out}")
        return int(totals[0].split()[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--gc", choices=("library", "batch"), default="library",
                    help="udt's garbage-collector setting: the library default, or as `udt parse` runs")
    ap.add_argument("--texts", choices=("mix", "short"), default="mix",
                    help="the benchmark mix (parser_speed.corpus) or one- and two-sentence reports")
    ap.add_argument("--child", choices=("udt", "blank"), help=argparse.SUPPRESS)
    ap.add_argument("--signal", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.reports, args.signal, args.gc, args.texts)
        return
    missing = [tool for tool in ("valgrind", "callgrind_control") if shutil.which(tool) is None]
    if missing:
        # Like gpu_throughput.py without a GPU: nothing to measure here, which is not a failure of `make bench`.
        print(f"parser_instructions: {', '.join(missing)} not found on the PATH; nothing to measure (install "
              "valgrind, Debian: apt-get install valgrind, or use parser_speed.py)")
        return
    n = args.reports
    blank = instructions("blank", n, args.gc, args.texts)
    udt = instructions("udt", n, args.gc, args.texts)
    kind = "short reports" if args.texts == "short" else "reports"
    print(f"{n} {kind}, callgrind instructions of the parse pass only (udt GC setting: {args.gc})")
    print(f"  blank('en') tokenizer + sentencizer: {blank / n:>12,.0f} instructions/report")
    print(f"  udt ReportParser.pipe:               {udt / n:>12,.0f} instructions/report")
    print(f"  instruction ratio blank/udt = {blank / udt:.3f}")


if __name__ == "__main__":
    main()
