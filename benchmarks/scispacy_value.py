"""Does scispacy earn its place in udt? Measured on the development corpora, against the udt parser alone.

Two candidates from the issue, each scored as micro-F1 of the nine US-365K label fields (present labels) on
tests/data/reports_gold.jsonl and benchmarks/data/reports_heldout.jsonl:

A. ``AbbreviationDetector``: find abbreviations a report defines ("common bile duct (CBD)"), replace each later
   short form by its long form, parse again. Counts the definitions found, the reports whose labels change, and
   the F1 before/after.
B. Candidate generation over a knowledge base built from the ontology (every concept's label and synonyms):
   ``scispacy.candidate_generation.create_tfidf_ann_index`` is tried first, as scispacy documents it. If it
   cannot run on this stack, the same recipe (char-3-gram TF-IDF, nmslib HNSW, scispacy's ``CandidateGenerator``
   for the look-up) is assembled in memory, so the *method* is still measured. Every 1–4-token window that the
   udt parser did not already match is linked; a candidate at cosine >= ``--threshold`` adds the released values
   its concept rolls up to. Scored on the real text, and on a seeded misspelled copy (one adjacent-letter swap in
   each word of >= 5 letters inside a udt mention, with probability 0.5) where a fuzzy matcher should help most.

Run: ``python benchmarks/scispacy_value.py [--threshold 0.8]``. Prints its figures; nothing is cached.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (ROOT / "tests" / "data" / "reports_gold.jsonl", ROOT / "benchmarks" / "data" / "reports_heldout.jsonl")


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _micro(rows: list[dict], predicted: list[dict[str, list[str]]], fields: tuple[str, ...]) -> tuple[float, int, int]:
    """Micro-F1 of present labels, and the totals of false positives and false negatives."""
    tp = fp = fn = 0
    for row, labels in zip(rows, predicted, strict=True):
        for f in fields:
            gold, pred = set(row["labels"].get(f, [])), set(labels.get(f, []))
            tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return (2 * p * r / (p + r) if p + r else 0.0), fp, fn


def _as_sets(labels: dict[str, list[str]]) -> dict[str, set[str]]:
    return {f: set(v) for f, v in labels.items() if v}


# -- A: abbreviations --------------------------------------------------------------------------------------------


def expand_abbreviations(nlp, text: str) -> tuple[str, int]:
    """``text`` with every short form after its definition replaced by the long form; and the definitions found."""
    doc = nlp(text)
    definitions = {a.text for a in doc._.abbreviations}
    pieces, last = [], 0
    for abbr in sorted(doc._.abbreviations, key=lambda a: a.start_char):
        long_form = abbr._.long_form
        if abbr.start_char <= long_form.end_char + 3:  # the definition itself: "(CBD)" right after its long form
            continue
        pieces += [text[last : abbr.start_char], long_form.text]
        last = abbr.end_char
    pieces.append(text[last:])
    return "".join(pieces), len(definitions)


def abbreviation_study(parser, rows: list[dict]) -> dict:
    import spacy
    from scispacy.abbreviation import AbbreviationDetector  # noqa: F401  (registers the "abbreviation_detector")

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("abbreviation_detector")
    control, _ = expand_abbreviations(nlp, "Dilated common bile duct (CBD) of 11 mm. The CBD holds a stone.")
    base = [parser.parse(r["text"]).labels for r in rows]
    expanded_texts, found = [], 0
    for r in rows:
        text, n = expand_abbreviations(nlp, r["text"])
        expanded_texts.append(text)
        found += n
    after = [parser.parse(t).labels for t in expanded_texts]
    changed = sum(1 for a, b in zip(base, after, strict=True) if _as_sets(a) != _as_sets(b))
    return {
        "control": control,
        "definitions": found,
        "reports_with_definitions": sum(1 for r, t in zip(rows, expanded_texts, strict=True) if r["text"] != t),
        "reports_changed": changed,
        "f1_before": _micro(rows, base, parser.fields)[0],
        "f1_after": _micro(rows, after, parser.fields)[0],
    }


# -- B: candidate generation over an ontology KB -----------------------------------------------------------------


def ontology_kb(tax):
    """A scispacy ``KnowledgeBase`` of the ontology: one entity per concept with a dimension, label + synonyms."""
    from scispacy.linking_utils import Entity, KnowledgeBase

    entities = [
        Entity(c.iri, c.label, sorted({c.label, *c.synonyms} - {""}), [c.dimension or ""], c.definition)
        for c in tax
        if c.dimension and not c.deprecated
    ]
    return KnowledgeBase(entities)


def candidate_generator(kb):
    """scispacy's documented builder if it runs here; else the same recipe assembled in memory."""
    from scispacy.candidate_generation import CandidateGenerator, create_tfidf_ann_index

    try:
        aliases, vectorizer, index = create_tfidf_ann_index(None, kb)
        how = "create_tfidf_ann_index"
    except RuntimeError as exc:
        import nmslib
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer

        how = f"in-memory rebuild (create_tfidf_ann_index refused: {exc})"
        aliases = list(kb.alias_to_cuis)
        # min_df=1: scispacy's min_df=10 is sized for UMLS's millions of aliases, not an ontology of hundreds.
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3), min_df=1, dtype=np.float32)
        vectors = vectorizer.fit_transform(aliases)
        index = nmslib.init(method="hnsw", space="cosinesimil_sparse", data_type=nmslib.DataType.SPARSE_VECTOR)
        index.addDataPointBatch(vectors)
        index.createIndex({"M": 30, "efConstruction": 200, "post": 0}, print_progress=False)
        index.setQueryTimeParams({"efSearch": 200})
    generator = CandidateGenerator(
        ann_index=index, tfidf_vectorizer=vectorizer, ann_concept_aliases_list=aliases, kb=kb
    )
    return generator, how


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


def linked_labels(generator, tax, text: str, covered: list[tuple[int, int]], threshold: float) -> dict[str, set[str]]:
    """Released values of the concepts that 1–4-word windows outside udt's mentions link to at >= threshold."""
    words = [m for m in _WORD.finditer(text)]
    windows = []
    for i in range(len(words)):
        for n in range(1, 5):
            if i + n > len(words):
                break
            start, end = words[i].start(), words[i + n - 1].end()
            if any(s < end and start < e for s, e in covered):
                continue
            span = text[start:end]
            if len(span) >= 4 and "\n" not in span:
                windows.append(span)
    out: dict[str, set[str]] = {}
    for candidates in generator(windows, k=5) if windows else []:
        best = max(candidates, key=lambda c: max(c.similarities), default=None)
        if best is None or max(best.similarities) < threshold:
            continue
        for field, concept in tax.rollups(best.concept_id).items():
            out.setdefault(field, set()).add(concept.us365k_label)
    return out


def misspell(text: str, spans: list[tuple[int, int]], rng: random.Random) -> str:
    """Swap two adjacent inner letters of words of >= 5 letters inside ``spans`` (each with probability 0.5)."""
    chars = list(text)
    for start, end in spans:
        for m in _WORD.finditer(text[start:end]):
            word_start = start + m.start()
            if len(m.group()) >= 5 and rng.random() < 0.5:
                i = word_start + rng.randrange(1, len(m.group()) - 2)
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def linker_study(parser, tax, rows: list[dict], threshold: float, generator) -> dict:
    rng = random.Random(0)
    out = {}
    for variant in ("real", "misspelled"):
        texts = [r["text"] for r in rows]
        if variant == "misspelled":
            texts = [
                misspell(t, [(m.start, m.end) for m in parser.parse(t).mentions], rng) for t in texts
            ]
        base, combined = [], []
        for text in texts:
            report = parser.parse(text)
            labels = {f: list(v) for f, v in report.labels.items()}
            base.append(labels)
            extra = linked_labels(generator, tax, text, [(m.start, m.end) for m in report.mentions], threshold)
            combined.append({f: sorted(set(labels.get(f, [])) | extra.get(f, set())) for f in parser.fields})
        f1_base, fp_base, fn_base = _micro(rows, base, parser.fields)
        f1_comb, fp_comb, fn_comb = _micro(rows, combined, parser.fields)
        out[variant] = {
            "udt": (f1_base, fp_base, fn_base),
            "udt+linker": (f1_comb, fp_comb, fn_comb),
            "reports_changed": sum(1 for a, b in zip(base, combined, strict=True) if _as_sets(a) != _as_sets(b)),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threshold", type=float, default=0.8, help="cosine threshold of a linked candidate")
    args = ap.parse_args(argv)
    import udt
    from udt.parser import ReportParser

    tax = udt.load_taxonomy()
    parser = ReportParser(tax)
    started = time.perf_counter()
    generator, how = candidate_generator(ontology_kb(tax))
    print(f"candidate generator: {how}; built in {time.perf_counter() - started:.1f} s")
    for path in CORPORA:
        rows = _rows(path)
        print(f"\n== {path.relative_to(ROOT)} ({len(rows)} reports)")
        a = abbreviation_study(parser, rows)
        print(f"A. abbreviation detector (positive control on a made-up sentence: {a['control']!r})")
        print(f"   definitions found: {a['definitions']} in {a['reports_with_definitions']} report(s); "
              f"reports whose labels change: {a['reports_changed']}; "
              f"micro-F1 {a['f1_before']:.3f} -> {a['f1_after']:.3f}")
        b = linker_study(parser, tax, rows, args.threshold, generator)
        for variant, res in b.items():
            (f0, fp0, fn0), (f1, fp1, fn1) = res["udt"], res["udt+linker"]
            print(f"B. linker >= {args.threshold} on {variant} text: micro-F1 udt {f0:.3f} (FP {fp0}, FN {fn0}) -> "
                  f"udt+linker {f1:.3f} (FP {fp1}, FN {fn1}); reports changed {res['reports_changed']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
