"""Round trip: phantom reports parsed by ``udt.parse_report`` against the phantom's own labels.

For each dimension: exact agreement (parsed set == stated set, over all images), precision and recall of the
parsed values, and how often the parser states a value the image does not have at all (vs ``truth.jsonl``).
Baseline, same process: a naive matcher that looks for each released value's label as a substring (no synonyms,
no negation) — the ratio shows what the parser's ontology synonyms and negation handling add.

The captions are in semantic fog (``--fog``, default 0.8: mostly synonyms and finer concepts the zero-shot
prompts never use); ``--fog 0`` writes them with labels, for comparison.

    python benchmarks/phantom_roundtrip.py [--n 600] [--seed 0] [--coverage balanced] [--fog 0.8]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import udt
from model.phantom import generate_phantom
from udt.taxonomy import lookup_key

Record = dict[str, list[str]]


def _load(root: Path) -> tuple[list[str], list[Record], list[Record]]:
    captions: dict[str, str] = {}
    for split in ("train", "valid", "test"):
        for line in (root / f"{split}.jsonl").open(encoding="utf-8"):
            obj = json.loads(line)
            captions[obj["image"].rsplit(".", 1)[0]] = obj["caption"]
    truth = {json.loads(x)["image"].rsplit(".", 1)[0]: json.loads(x)["labels"] for x in (root / "truth.jsonl").open()}
    keys, texts, stated, true = [], [], [], []
    for rec in json.loads((root / "full_data.json").read_text(encoding="utf-8")):
        key = rec["media_name"]
        keys.append(key)
        texts.append(captions[key])
        stated.append(
            {k: ([v] if isinstance(v, str) else list(v)) for k, v in rec.items() if k not in ("media_name", "case_id")}
        )
        true.append(truth[key])
    return texts, stated, true


def _score(fields: tuple[str, ...], pred: list[Record], stated: list[Record], true: list[Record]) -> dict:
    out = {}
    for f in fields:
        tp = fp = fn = exact = halluc = 0
        for p, s, t in zip(pred, stated, true, strict=True):
            ps, ss, ts = set(p.get(f, [])), set(s.get(f, [])), set(t.get(f, []))
            tp += len(ps & ss)
            fp += len(ps - ss)
            fn += len(ss - ps)
            exact += ps == ss
            halluc += bool(ps - ts)
        n = len(pred)
        out[f] = {
            "agreement": exact / n,
            "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0,
            "not_in_image": halluc / n,
            "stated": sum(bool(s.get(f)) for s in stated),
        }
    return out


def naive_labeler(tax: udt.Taxonomy) -> Callable[[str], Record]:
    table = [(f, c.us365k_label, lookup_key(c.label)) for f in tax.fields for c in tax.values(f) if c.us365k_label]

    def label(text: str) -> Record:
        key = lookup_key(text)
        rec: Record = {f: [] for f in tax.fields}
        for f, value, needle in table:
            if needle and needle in key:
                rec[f].append(value)
        return rec

    return label


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--coverage", default="balanced")
    ap.add_argument("--fog", type=float, default=0.8)
    args = ap.parse_args()
    tax = udt.load_taxonomy()
    with tempfile.TemporaryDirectory() as tmp:
        root = generate_phantom(
            Path(tmp) / "p", args.n, seed=args.seed, size=32, coverage=args.coverage, fog=args.fog, taxonomy=tax
        )
        texts, stated, true = _load(root)
    parser = udt.ReportParser(tax)
    t = time.perf_counter()
    parsed = [dict(r.labels) for r in parser.pipe(texts)]
    rate = len(texts) / (time.perf_counter() - t)
    # The parser may emit finer concepts' roll-ups already; normalise both sides the same way.
    parsed = [tax.validate_labels(p).labels for p in parsed]
    naive = naive_labeler(tax)
    base = [naive(t) for t in texts]
    ours, theirs = _score(tax.fields, parsed, stated, true), _score(tax.fields, base, stated, true)
    print(
        f"phantom round trip: n={args.n} seed={args.seed} coverage={args.coverage} fog={args.fog} "
        f"(parser {rate:.0f} reports/s, ontology {tax.version})"
    )
    print(
        f"{'dimension':<26}{'stated':>7}{'agree':>8}{'prec':>7}{'recall':>8}{'not-in-img':>11}"
        f"{'naive agree':>13}{'ratio':>7}"
    )
    for f in tax.fields:
        o, b = ours[f], theirs[f]
        ratio = o["agreement"] / b["agreement"] if b["agreement"] else float("inf")
        print(
            f"{f:<26}{o['stated']:>7}{o['agreement']:>8.3f}{o['precision']:>7.3f}{o['recall']:>8.3f}"
            f"{o['not_in_image']:>11.3f}{b['agreement']:>13.3f}{ratio:>7.2f}"
        )
    mean = sum(ours[f]["agreement"] for f in tax.fields) / len(tax.fields)
    mean_b = sum(theirs[f]["agreement"] for f in tax.fields) / len(tax.fields)
    all_exact = sum(
        all(set(p.get(f, [])) == set(s.get(f, [])) for f in tax.fields) for p, s in zip(parsed, stated, strict=True)
    ) / len(texts)
    print(f"mean per-dimension agreement: parser {mean:.3f}  naive {mean_b:.3f}  ratio {mean / mean_b:.2f}")
    print(f"reports whose nine fields all agree: {all_exact:.3f}")


if __name__ == "__main__":
    main()
