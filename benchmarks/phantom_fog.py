"""How much of the label record a caption gives away, and how many semantically identical pairs a batch holds.

1. Bag-of-words probe: a logistic regression on caption word uni- and bigrams, trained on the train split's cases
   and scored on the other cases (case-disjoint), predicts each dimension's released value (the first one for a
   multi-valued dimension). Two targets:
   - *stated*: only images whose label states the dimension (what a text tower is told);
   - *true*: every image whose case has a value there (what the image shows), so an omitted attribute counts as
     a miss unless the wording gives it away anyway.
   Rows: captions written with labels (``fog=0``) and in semantic fog (``fog=0.8``), both from this generator with
   the same seed and full coverage, then the default sparse (US-365K) coverage; and optionally a phantom folder
   written by another generator (``--baseline DIR``, e.g. the previous version).
2. Verbatim rate: the share of stated values whose zero-shot prompt names appear word for word in the caption.
3. Partners per sample: in random training batches of 64, how many *other* samples have exactly the same label
   record (all nine fields) — the false negatives the semantic loss exists for.

    python benchmarks/phantom_fog.py [--n 1500] [--seed 0] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
import torch

import udt
from model.phantom import generate_phantom
from model.phantom.report import prompt_names

Record = dict[str, list[str]]


def load(root: Path) -> tuple[list[str], list[str], list[str], list[Record], list[Record]]:
    """(split, case id, caption, stated record, true record) per image of a phantom folder."""
    caption, split = {}, {}
    for name in ("train", "valid", "test"):
        for line in (root / f"{name}.jsonl").open(encoding="utf-8"):
            obj = json.loads(line)
            key = obj["image"].rsplit(".", 1)[0]
            caption[key], split[key] = obj["caption"], name
    truth = {}
    for line in (root / "truth.jsonl").open(encoding="utf-8"):
        obj = json.loads(line)
        truth[obj["image"].rsplit(".", 1)[0]] = obj["labels"]
    splits, cases, texts, stated, true = [], [], [], [], []
    for rec in json.loads((root / "full_data.json").read_text(encoding="utf-8")):
        key = rec["media_name"]
        splits.append(split[key])
        cases.append(rec.get("case_id", key.rsplit("_", 1)[0]))
        texts.append(caption[key])
        stated.append({k: [v] if isinstance(v, str) else list(v) for k, v in rec.items() if k[:1].isupper()})
        true.append(truth[key])
    return splits, cases, texts, stated, true


def _features(texts: list[str], vocab: dict[str, int] | None = None) -> tuple[torch.Tensor, dict[str, int]]:
    grams = []
    for t in texts:
        words = re.findall(r"[a-z0-9\-]+", t.casefold())
        grams.append(words + [f"{a} {b}" for a, b in itertools.pairwise(words)])
    if vocab is None:
        counts = Counter(g for gs in grams for g in set(gs))
        vocab = {g: i for i, g in enumerate(sorted(g for g, c in counts.items() if c >= 2))}
    x = torch.zeros(len(texts), len(vocab))
    for i, gs in enumerate(grams):
        for g in gs:
            j = vocab.get(g)
            if j is not None:
                x[i, j] = 1.0
    return x, vocab


def bow_accuracy(texts, targets, train_mask) -> float | None:
    """Test accuracy of a multinomial logistic regression (L2, full-batch L-BFGS) on bag-of-words features."""
    idx = [i for i, y in enumerate(targets) if y is not None]
    tr = [i for i in idx if train_mask[i]]
    te = [i for i in idx if not train_mask[i]]
    if len(tr) < 10 or len(te) < 10:
        return None
    classes = sorted({targets[i] for i in tr})
    code = {c: k for k, c in enumerate(classes)}
    xtr, vocab = _features([texts[i] for i in tr])
    xte, _ = _features([texts[i] for i in te], vocab)
    ytr = torch.tensor([code[targets[i]] for i in tr])
    w = torch.zeros(xtr.shape[1], len(classes), requires_grad=True)
    b = torch.zeros(len(classes), requires_grad=True)
    opt = torch.optim.LBFGS([w, b], max_iter=200, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(xtr @ w + b, ytr) + 1e-3 * (w**2).sum()
        loss.backward()
        return loss

    opt.step(closure)
    with torch.no_grad():
        pred = (xte @ w + b).argmax(1).tolist()
    return float(np.mean([classes[p] == targets[i] for p, i in zip(pred, te, strict=True)]))


def partners_per_sample(records: list[Record], fields, batch: int = 64, draws: int = 200, seed: int = 0) -> float:
    """Mean number of other samples with an identical label record, over random batches of ``batch``."""
    keys = [json.dumps({f: sorted(r.get(f, [])) for f in fields}, sort_keys=True) for r in records]
    rng = np.random.default_rng(seed)
    total = 0.0
    for _ in range(draws):
        pick = rng.choice(len(keys), size=min(batch, len(keys)), replace=False)
        counts = Counter(keys[i] for i in pick)
        total += sum(c * (c - 1) for c in counts.values()) / len(pick)
    return total / draws


def verbatim_rate(tax, texts: list[str], stated: list[Record], field: str) -> float | None:
    """Share of stated values whose zero-shot prompt names (label, released string, first exact synonyms) appear
    in the caption word for word: how often a caption simply spells out the label a prompt will use."""
    hits = total = 0
    for text, rec in zip(texts, stated, strict=True):
        low = f" {text.casefold()} "
        for v in rec.get(field, []):
            concept = tax.by_us365k(field, v)
            if concept is None:
                continue
            names = {n.casefold() for n in prompt_names(concept) if n}
            total += 1
            hits += any(re.search(rf"(?<![a-z]){re.escape(n)}(?![a-z])", low) for n in names)
    return hits / total if total else None


def report(name: str, root: Path, tax) -> None:
    fields = tax.fields
    splits, _, texts, stated, true = load(root)
    train = [s == "train" for s in splits]
    cells = []
    for target_name, records in (("stated", stated), ("true", true)):
        accs = []
        for f in fields:
            ys = [(r.get(f) or [None])[0] for r in records]
            acc = bow_accuracy(texts, ys, train)
            accs.append(acc)
        valid = [a for a in accs if a is not None]
        cells.append((target_name, accs, float(np.mean(valid)) if valid else float("nan")))
    verbatim = [verbatim_rate(tax, texts, stated, f) for f in fields]
    valid = [v for v in verbatim if v is not None]
    cells.append(("verbatim", verbatim, float(np.mean(valid)) if valid else float("nan")))
    pps = partners_per_sample([r for r, t in zip(stated, train, strict=True) if t], fields)
    print(f"\n{name}: {len(texts)} images, partners per sample (batch 64, train split): {pps:.3f}")
    print(f"  {'target':<8}" + "".join(f"{f[:10]:>11}" for f in fields) + f"{'mean':>8}")
    for target_name, accs, mean in cells:
        row = "".join(f"{a:>11.3f}" if a is not None else f"{'-':>11}" for a in accs)
        print(f"  {target_name:<8}{row}{mean:>8.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--baseline", type=Path, default=None, help="a phantom folder from another generator")
    args = ap.parse_args()
    tax = udt.load_taxonomy()
    torch.manual_seed(0)
    print(f"bag-of-words label recovery (logistic regression, case-disjoint train -> valid+test), n={args.n}")
    if args.baseline is not None:
        report(f"baseline {args.baseline}", args.baseline, tax)
    with tempfile.TemporaryDirectory() as tmp:
        for name, coverage, fog in (
            ("labels, full coverage (fog=0)", "full", 0.0),
            ("semantic fog, full coverage (fog=0.8)", "full", 0.8),
            ("semantic fog, US-365K coverage (default)", "us365k", 0.8),
        ):
            root = generate_phantom(
                Path(tmp) / name.split(",")[0].replace(" ", "_") / coverage,
                args.n,
                seed=args.seed,
                size=32,  # the captions do not depend on the image size
                coverage=coverage,
                fog=fog,
                taxonomy=tax,
            )
            report(name, root, tax)


if __name__ == "__main__":
    main()
