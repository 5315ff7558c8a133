"""Parser output identity guard: parse a fixed set of texts and write every result as canonical JSON, so a change
meant only to make the parser faster can be checked to change no output byte.

Texts: every report of ``tests/data/reports_gold.jsonl`` and ``benchmarks/data/*.jsonl`` but the sealed final
corpora (``_parser_scoring.SEALED``: a printed difference must never show their text), each also in upper and
lower case (the case-sensitive abbreviation table and the casing-dependent rules take other paths), each pair of
neighbouring reports joined by a blank line (headings, side and site carried across paragraphs), and the long
report of ``parser_speed.long_report(300)`` (about 300 KB, one Doc). Per text, one line: the ``ParsedReport`` as
``model_dump_json()``, then what the components expose on the Doc itself: ``doc.spans["udt_mentions"]`` (start,
end, label, id, kb_id) and the sentence starts (``Token.is_sent_start``). Then every corpus report parsed with
``normal_beside_findings=False``, and ``long_report(60)`` parsed in 2,000-character chunks (the chunk merge).

Run: ``python benchmarks/parser_identity.py --write before.jsonl`` on the unchanged code, then
``python benchmarks/parser_identity.py --check before.jsonl`` after each change (exit 1 and the first difference
if any byte differs). Without an option it prints the digest of the output only (as ``make bench`` runs it).
Not a test: it parses about 1,900 texts (about 10 s).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from _parser_scoring import SEALED  # noqa: E402
from parser_speed import long_report  # noqa: E402


def corpus_texts() -> list[str]:
    """Every report of the gold and benchmark corpora but the sealed ones, in a fixed order."""
    files = [ROOT / "tests/data/reports_gold.jsonl",
             *(f for f in sorted((ROOT / "benchmarks/data").glob("*.jsonl")) if f not in SEALED)]
    return [json.loads(line)["text"] for f in files for line in f.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def identity_texts() -> list[str]:
    """The texts parsed by the default pipeline, in a fixed order."""
    base = corpus_texts()
    joined = [f"{a}\n\n{b}" for a, b in itertools.pairwise(base)]
    return [*base, *(t.upper() for t in base), *(t.lower() for t in base), *joined, long_report(300)]


def canonical_lines() -> list[tuple[str, str]]:
    """(what was parsed, one canonical line) per parse: the default pipeline's report plus its Doc's mention spans
    and sentence starts; then the other "normal appearance" convention on every corpus report; then a long
    report parsed in 2,000-character chunks (the chunk merge)."""
    from udt.parser import ReportParser
    from udt.parser.matcher import SPANS_KEY
    from udt.taxonomy import load_taxonomy

    tax = load_taxonomy()
    parser = ReportParser(tax)
    out = []
    for text in identity_texts():
        doc = parser.nlp(text)
        report = parser.to_report(doc)
        spans = [[s.start, s.end, s.label_, s.id_, s.kb_id_] for s in doc.spans[SPANS_KEY]]
        starts = [t.i for t in doc if t.is_sent_start]
        extra = json.dumps({"spans": spans, "sent_starts": starts}, sort_keys=True, separators=(",", ":"))
        out.append((repr(text[:60]), report.model_dump_json() + "\t" + extra))
    other = ReportParser(tax, normal_beside_findings=False)
    out += [(f"normal_beside_findings=False, {text[:40]!r}", other.parse(text).model_dump_json())
            for text in corpus_texts()]
    chunked = ReportParser(tax)
    chunked.chunk_chars = 2000
    out.append(("long_report(60) in 2,000-character chunks", chunked.parse(long_report(60)).model_dump_json()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--write", type=Path, help="write the canonical output to this file")
    mode.add_argument("--check", type=Path, help="compare the canonical output with this file")
    args = ap.parse_args()
    parsed = canonical_lines()
    lines = [line for _, line in parsed]
    body = "\n".join(lines) + "\n"
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
    if args.write is not None:
        fd, tmp = tempfile.mkstemp(dir=args.write.parent or ".", prefix=".identity-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(body)
        os.replace(tmp, args.write)
        print(f"wrote {len(lines)} parses to {args.write} (sha256 {digest})")
        return
    if args.check is None:
        print(f"{len(lines)} parses, canonical output sha256 {digest} (--write FILE keeps it, --check FILE compares)")
        return
    if not args.check.exists():
        raise SystemExit(f"error: {args.check} does not exist; write it first with --write on the unchanged code")
    expected = args.check.read_text(encoding="utf-8").splitlines()
    if expected == lines:
        print(f"identical: {len(lines)} parses (sha256 {digest})")
        return
    if len(expected) != len(lines):
        print(f"DIFFERENT: {len(lines)} parses, {len(expected)} expected")
    for i, (want, got) in enumerate(zip(expected, lines, strict=False)):
        if want != got:
            # The first differing character (or the end of the shorter line).
            k = next((j for j, (a, b) in enumerate(zip(want, got, strict=False)) if a != b), min(len(want), len(got)))
            print(f"DIFFERENT at parse {i} ({parsed[i][0]}), character {k}:")
            print(f"  expected ...{want[max(0, k - 80) : k + 80]}")
            print(f"  got      ...{got[max(0, k - 80) : k + 80]}")
            break
    raise SystemExit(1)


if __name__ == "__main__":
    main()
