"""Parser throughput on typical 5-10 sentence reports (single process), and `udt parse one.txt` end to end.

Baseline measured in the same process: the bare ``spacy.blank("en")`` tokenizer + sentencizer on the same texts,
so the ratio shows what the ontology matcher, context and findings cost on top of tokenisation.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int) -> list[str]:
    rows = [json.loads(x)["text"] for x in (ROOT / "tests/data/reports_gold.jsonl").read_text().splitlines() if x]
    # Vary the texts so the tokenizer cache does not flatter the figure.
    return [f"Case {i}. " + rows[i % len(rows)] for i in range(n)]


def main() -> None:
    import spacy

    from udt.parser import ReportParser

    t0 = time.perf_counter()
    parser = ReportParser()
    build_s = time.perf_counter() - t0
    texts = corpus(4000)
    sentences = sum(len(list(d.sents)) for d in parser.nlp.pipe(texts[:200])) / 200
    base = spacy.blank("en")
    base.add_pipe("sentencizer")
    t0 = time.perf_counter()
    for _ in base.pipe(texts, batch_size=256):
        pass
    base_rate = len(texts) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    n = sum(1 for _ in parser.pipe(texts, batch_size=256))
    rate = n / (time.perf_counter() - t0)
    print(f"parser build (cold, incl. matcher generation): {build_s:.2f} s")
    t0 = time.perf_counter()
    ReportParser()
    print(f"parser build (cached per taxonomy digest):     {time.perf_counter() - t0:.4f} s")
    print(f"reports: {n}, mean sentences/report: {sentences:.1f}")
    print(f"baseline blank tokenizer+sentencizer: {base_rate:,.0f} reports/s")
    print(f"udt parser (pipe, 1 process):         {rate:,.0f} reports/s  (ratio {rate / base_rate:.2f} of baseline)")
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text(texts[0], encoding="utf-8")
        udt_bin = Path(sys.executable).with_name("udt")
        t0 = time.perf_counter()
        subprocess.run([str(udt_bin), "parse", str(one)], check=True, capture_output=True)
        print(f"`udt parse one.txt` end to end:       {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
