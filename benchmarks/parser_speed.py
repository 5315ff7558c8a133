"""Parser speed: throughput against spaCy's own blank pipeline, cold start of `udt parse one.txt`, and length scaling.

1. **Throughput** on typical 5–10 sentence reports, one process. The baseline is measured side by side in the
   same process on the same texts: ``spacy.blank("en")`` tokenizer + sentencizer, the least any spaCy pipeline
   does. The two are timed alternately ``--repeat`` times and the fastest run of each is kept (the least disturbed
   by neighbours on a shared machine); CPU time (``time.process_time``) is the figure that measures the code
   rather than the neighbours. ``ratio udt/blank`` is udt's reports/s over the baseline's (1.0 = as fast as bare
   tokenisation).
   Then (``--skip peer``) the generic peer of ``parser_vs_context.py`` (the blank pipeline + a PhraseMatcher over
   the same vocabulary + negspacy) timed beside both: its own ratio to the blank pipeline shows what the bar asks
   of any labeller built on spaCy's tokenizer (stop 49: 0.20 on the mix, udt 0.05).
   Then (``--skip corpora``) the same ratio on each development corpus alone and pooled: the ratio depends on the
   text (see ``by_corpus``), so one mix is not the whole answer.
   Then (``--skip components`` to leave it out) a per-component line: CPU microseconds per report spent in the
   tokenizer, each pipeline component and the Doc -> ParsedReport conversion (each call timed; fastest of
   ``--repeat`` passes), to show where the time goes.
2. **Cold start**: `udt parse one.txt` in a fresh process, median of ``--cold`` runs (after one unmeasured run
   that fills the on-disk caches), wall and CPU (rusage of the child).
3. **Length scaling**: one report of 100 KB, 400 KB, 1 MB and 2 MB (real report passages joined), parsed in
   process; time and time per KB show whether the parser is linear in the report's length. The 2 MB report is
   over spaCy's 1M-character limit, so it is also parsed by `udt parse --max-bytes` in a subprocess, end to end.
   Then (``--skip shapes`` to leave it out) the same sizes for reports that are one sentence end to end, the inputs
   that made the findings pass quadratic (long_sentences.py): a table whose rows open with a bar, findings joined
   by commas, and a run typed with no punctuation at all.

Run: ``python benchmarks/parser_speed.py [--reports N] [--repeat K] [--cold 5] [--sizes 100,400,1000,2000]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "tests/data/reports_gold.jsonl", ROOT / "benchmarks/data/reports_heldout.jsonl"]
# Every development corpus (none of the sealed ones), for the ratio by corpus.
SPEED_CORPORA = [*CORPORA, *(ROOT / "benchmarks/data" / f"reports_{name}.jsonl"
                             for name in ("dev_classes", "dev_styles", "dev_descriptors", "dev_realworld",
                                          "dev_realworld_2", "dev_realworld_3", "dev_realworld_4", "dev_realworld_5",
                                          "dev_realworld_6", "dev_realworld_7", "blind_final"))]


def report_texts() -> list[str]:
    return [json.loads(x)["text"] for p in CORPORA if p.exists() for x in p.read_text().splitlines() if x.strip()]


def corpus(n: int) -> list[str]:
    rows = report_texts()
    # Vary the texts so the tokenizer cache does not flatter the figure.
    return [f"Case {i}. " + rows[i % len(rows)] for i in range(n)]


def long_report(kb: int) -> str:
    """One report of about ``kb`` kilobytes (UTF-8): numbered passages joined by blank lines."""
    rows = report_texts()
    parts, size, i = [], 0, 0
    while size < kb * 1000:
        part = f"Study {i}.\n{rows[i % len(rows)]}\n\n"
        parts.append(part)
        size += len(part.encode("utf-8"))
        i += 1
    return "".join(parts)


def _rows(kb: int, row: Callable[[int], str], joiner: str) -> str:
    """``row(i)`` for i = 0, 1, ... joined by ``joiner`` until about ``kb`` kilobytes."""
    parts, size, i = [], 0, 0
    while size < kb * 1000:
        part = row(i)
        parts.append(part)
        size += len(part) + len(joiner)
        i += 1
    return joiner.join(parts)


_ORGANS = ("right kidney", "left kidney", "liver", "spleen", "right ovary", "left breast", "thyroid right lobe")
# One-sentence reports: nothing in them ends a sentence (a bar opens no row of its own, commas and bare words join).
SHAPES: dict[str, Callable[[int], str]] = {
    "bar table": lambda kb: "Breast US\n| # | side | size (mm) | description |\n" + _rows(
        kb, lambda i: f"| {i + 1} | {'R' if i % 2 else 'L'} | {10 + i % 20} x 8 mm | "
                      f"{'oval, anechoic, cyst' if i % 3 else 'irregular, hypoechoic'} |", "\n") + "\n",
    "comma run": lambda kb: "Findings: " + _rows(
        kb, lambda i: f"{_ORGANS[i % 7]} {8 + i % 30} mm {'cyst' if i % 2 else 'nodule'} in the upper pole", ", "),
    "unstopped run": lambda kb: _rows(
        kb, lambda i: f"{_ORGANS[i % 7]} {90 + i % 40} mm with a {3 + i % 9} mm simple cyst no stones", " "),
}


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall s, CPU s) of one call."""
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def _udt_command() -> list[str]:
    exe = Path(sys.executable).with_name("udt")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "udt.cli.main"]


def run_cli(args: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """(wall s, CPU s of the child, result) of one `udt ...` subprocess."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run([*_udt_command(), *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, done


def bytecode_state() -> str:
    """Whether udt's modules start from compiled bytecode or are compiled from source at every start (an editable
    install where PYTHONDONTWRITEBYTECODE is set, before `make` compiled them: about 0.3 s more)."""
    import importlib.util

    sources = sorted((ROOT / "udt").rglob("*.py"))
    fresh = 0
    for source in sources:
        cached = Path(importlib.util.cache_from_source(str(source)))
        fresh += cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime
    return f"bytecode compiled ahead for {fresh} of {len(sources)} udt modules"


def cold_start(text: str, runs: int) -> tuple[float, float]:
    """Median (wall s, CPU s) of `udt parse one.txt` in a fresh process (on-disk caches warm)."""
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text(text, encoding="utf-8")
        for i in range(runs + 1):  # the first run may fill the on-disk caches: not counted
            wall, cpu, done = run_cli(["parse", str(one)])
            if done.returncode != 0:
                raise SystemExit(f"udt parse failed: {done.stderr.strip()}")
            if i:
                walls.append(wall)
                cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def throughput(parser, texts: list[str], repeat: int) -> None:
    import spacy

    n_sents = sum(len(list(d.sents)) for d in parser.nlp.pipe(texts[:200])) / 200
    base = spacy.blank("en")
    base.add_pipe("sentencizer")
    list(base.pipe(texts[:200]))  # warm both pipelines' vocabularies alike
    list(parser.pipe(texts[:200]))
    print(f"throughput: {len(texts)} reports, {n_sents:.1f} sentences/report, fastest of {repeat} alternating runs")
    _side_by_side(base, parser, texts, repeat, "library, default garbage collector")
    # `udt parse` prepares the garbage collector once the parser is built (freeze_long_lived_objects: long-lived
    # objects frozen, young objects collected less often): the same measurement in that state, for both pipelines
    # alike, set by the very function the command calls.
    from udt.parser.startup import freeze_long_lived_objects

    old = freeze_long_lived_objects()
    try:
        _side_by_side(base, parser, texts, repeat,
                      "as `udt parse` runs: long-lived objects frozen, young ones collected less often")
    finally:
        gc.unfreeze()
        gc.set_threshold(*old)


def _alternating(base, parser, texts: list[str], repeat: int) -> tuple[float, float, float, float]:
    """Fastest (blank wall, blank CPU, udt wall, udt CPU) seconds over ``repeat`` alternating runs."""
    base_runs, udt_runs = [], []
    for _ in range(repeat):  # alternate, so a noisy neighbour hurts both alike
        base_runs.append(timed(lambda: [None for _ in base.pipe(texts, batch_size=256)]))
        udt_runs.append(timed(lambda: [None for _ in parser.pipe(texts)]))
    return (min(r[0] for r in base_runs), min(r[1] for r in base_runs),
            min(r[0] for r in udt_runs), min(r[1] for r in udt_runs))


def _side_by_side(base, parser, texts: list[str], repeat: int, setting: str) -> None:
    n = len(texts)
    bw, bc, uw, uc = _alternating(base, parser, texts, repeat)
    print(f" {setting}:")
    print(f"  blank('en') tokenizer + sentencizer: {n / bw:>8,.0f} reports/s wall  {n / bc:>8,.0f} reports/CPU-s")
    print(f"  udt ReportParser.pipe (1 process):    {n / uw:>8,.0f} reports/s wall  {n / uc:>8,.0f} reports/CPU-s")
    print(f"  ratio udt/blank = {bc / uc:.3f} (CPU)   {bw / uw:.3f} (wall)")


def peer_reference(parser, texts: list[str], repeat: int) -> None:
    """The generic peer's own ratio to the blank pipeline, beside udt's, on the same texts in this process.

    The peer is ``parser_vs_context.py``'s: the blank pipeline plus a PhraseMatcher over the same ontology
    vocabulary and negspacy's Negex, the least a vocabulary-driven labeller does (no hedges, sizes, sides or
    findings). Its ratio shows what the throughput bar asks of any pipeline built on spaCy's tokenizer."""
    import spacy
    from parser_vs_context import NegexPeer

    base = spacy.blank("en")
    base.add_pipe("sentencizer")
    peer = NegexPeer(parser.taxonomy)
    for warm in (lambda: list(base.pipe(texts[:200])), lambda: [peer.read(t) for t in texts[:200]],
                 lambda: list(parser.pipe(texts[:200]))):
        warm()
    runs: dict[str, list[float]] = {"blank": [], "peer": [], "udt": []}
    for _ in range(repeat):  # alternate, so a noisy neighbour hurts all three alike
        runs["blank"].append(timed(lambda: [None for _ in base.pipe(texts, batch_size=256)])[1])
        runs["peer"].append(timed(lambda: [peer.read(t) for t in texts])[1])
        runs["udt"].append(timed(lambda: [None for _ in parser.pipe(texts)])[1])
    blank = min(runs["blank"])
    print(f"generic peer (blank + PhraseMatcher over the ontology vocabulary + negspacy Negex), {len(texts)} reports, "
          f"fastest of {repeat} alternating runs, CPU:")
    for name in ("peer", "udt"):
        print(f"  {name}: {len(texts) / min(runs[name]):>8,.0f} reports/CPU-s, ratio to blank "
              f"{blank / min(runs[name]):.3f}")


def by_corpus(parser, n: int, repeat: int) -> None:
    """The ratio on each development corpus alone: it depends on the text, so the mix above is not the only answer.

    spaCy's blank pipeline costs little per report on short, repetitive text whose words are all in its tokenizer
    cache (the gold corpus), while udt's cost follows the number of mentions; on longer, more varied text
    (the blind-written corpora, closest to real reports by others) the ratio is higher. The sealed final corpus is
    left out so that nothing is run on it but its one scoring."""
    import spacy

    base = spacy.blank("en")
    base.add_pipe("sentencizer")
    print(f"ratio by corpus: {n} reports each ('Case i. ' + the corpus's texts in turn), fastest of {repeat} "
          "alternating runs, CPU, default garbage collector")
    print(f"  {'corpus':<34}{'chars':>7}{'blank/s':>10}{'udt/s':>8}{'ratio':>8}")
    pooled_b = pooled_u = 0.0
    for path in SPEED_CORPORA:
        rows = [json.loads(x)["text"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        texts = [f"Case {i}. " + rows[i % len(rows)] for i in range(n)]
        list(base.pipe(texts[:100]))  # warm both pipelines' vocabularies alike
        list(parser.pipe(texts[:100]))
        _, bc, _, uc = _alternating(base, parser, texts, repeat)
        pooled_b, pooled_u = pooled_b + bc, pooled_u + uc
        chars = sum(map(len, rows)) / len(rows)
        print(f"  {path.name:<34}{chars:>7.0f}{n / bc:>10,.0f}{n / uc:>8,.0f}{bc / uc:>8.3f}")
    print(f"  {'all of them, pooled':<34}{'':>7}{'':>10}{'':>8}{pooled_b / pooled_u:>8.3f}")


def components(parser, texts: list[str], repeat: int) -> None:
    """CPU us per report in the tokenizer, each component and the converter (each call timed)."""
    clock = time.process_time
    nlp = parser.nlp
    steps = [("tokenizer", nlp.make_doc), *nlp.pipeline]
    best: dict[str, float] = {}
    for _ in range(repeat):
        spent = dict.fromkeys([name for name, _ in steps] + ["convert"], 0.0)
        for text in texts:
            doc = text
            for name, step in steps:
                t0 = clock()
                doc = step(doc)
                spent[name] += clock() - t0
            t0 = clock()
            parser.to_report(doc)
            spent["convert"] += clock() - t0
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    per_report = {k: 1e6 * v / len(texts) for k, v in best.items()}
    print(f"per component, CPU us/report (fastest of {repeat}; timer calls included): "
          + ", ".join(f"{k} {v:.0f}" for k, v in per_report.items()) + f"; sum {sum(per_report.values()):.0f}")


def scaling(parser, sizes: list[int], budget_s: float) -> None:
    print("length scaling: one report, parsed in process (ReportParser.parse)")
    print(f"  {'size':>8}{'chars':>11}{'wall s':>9}{'CPU s':>8}{'CPU ms/KB':>11}{'mentions':>10}")
    for kb in sizes:
        text = long_report(kb)
        holder: dict[str, object] = {}
        try:
            wall, cpu = timed(lambda t=text, h=holder: h.setdefault("r", parser.parse(t)))
        except Exception as exc:  # a crash is a result to print, not a reason to lose the other figures
            print(f"  {kb:>6}KB{len(text):>11}   failed: {type(exc).__name__}: {str(exc)[:120]}")
            continue
        n_mentions = len(holder["r"].mentions)
        print(f"  {kb:>6}KB{len(text):>11}{wall:>9.2f}{cpu:>8.2f}{1000 * cpu / kb:>11.2f}{n_mentions:>10}")
        if wall > budget_s:
            print(f"  (stopped: {wall:.0f} s is over the {budget_s:.0f} s budget per size)")
            return
    big = max(sizes)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        path.write_text(long_report(big), encoding="utf-8")
        limit = str(path.stat().st_size + 1)
        wall, cpu, done = run_cli(["parse", str(path), "--max-bytes", limit, "-o", str(Path(tmp) / "big.json")])
        status = "ok" if done.returncode == 0 else f"exit {done.returncode}: {done.stderr.strip()[:160]}"
        print(f"  `udt parse big.txt --max-bytes {limit}` ({big} KB): {wall:.2f} s wall, {cpu:.2f} s CPU, {status}")


def shapes(parser, sizes: list[int], budget_s: float) -> None:
    print("length scaling of one-sentence reports (ReportParser.parse; CPU ms/KB flat = linear)")
    print(f"  {'shape':>14}{'size':>8}{'CPU s':>8}{'CPU ms/KB':>11}{'findings':>10}")
    for name, make in SHAPES.items():
        for kb in sizes:
            text = make(kb)
            holder: dict[str, object] = {}
            wall, cpu = timed(lambda t=text, h=holder: h.setdefault("r", parser.parse(t)))
            print(f"  {name:>14}{kb:>6}KB{cpu:>8.2f}{1000 * cpu / kb:>11.2f}{len(holder['r'].findings):>10}")
            if wall > budget_s:
                print(f"  (stopped: {wall:.0f} s is over the {budget_s:.0f} s budget per size)")
                break


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=4000)
    ap.add_argument("--repeat", type=int, default=3, help="alternating throughput runs (fastest kept)")
    ap.add_argument("--cold", type=int, default=5, help="cold-start runs (median reported)")
    ap.add_argument("--sizes", default="100,400,1000,2000", help="report sizes in KB for the scaling table")
    ap.add_argument("--budget", type=float, default=120.0, help="stop the scaling table after a size this slow (s)")
    ap.add_argument("--skip", default="",
                    help="comma list of parts to skip: throughput,peer,corpora,components,cold,scaling,shapes")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    from udt.parser import ReportParser
    from udt.taxonomy import load_taxonomy

    tax = load_taxonomy()
    build_wall, build_cpu = timed(lambda: ReportParser(tax))
    parser = ReportParser(tax)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs (shared), load average "
          f"{os.getloadavg()[0]:.1f}; parser build (first in process, on-disk caches warm): "
          f"{build_wall:.2f} s wall, {build_cpu:.2f} s CPU")
    if "throughput" not in skip:
        throughput(parser, corpus(args.reports), args.repeat)
    if "peer" not in skip:
        peer_reference(parser, corpus(args.reports), args.repeat)
    if "corpora" not in skip:
        by_corpus(parser, min(args.reports, 1500), args.repeat)
    if "components" not in skip:
        components(parser, corpus(args.reports), args.repeat)
    if "cold" not in skip and args.cold:  # (--cold 0: no cold start, as --skip cold)
        wall, cpu = cold_start(corpus(1)[0], args.cold)
        print(f"cold start `udt parse one.txt`: {wall:.2f} s wall, {cpu:.2f} s CPU (median of {args.cold}); "
              f"{bytecode_state()}")
    if "scaling" not in skip:
        scaling(parser, [int(s) for s in args.sizes.split(",")], args.budget)
    if "shapes" not in skip:
        shapes(parser, [int(s) for s in args.sizes.split(",")], args.budget)


if __name__ == "__main__":
    main()
