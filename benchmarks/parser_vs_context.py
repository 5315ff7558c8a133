"""udt parse against a generic peer built from off-the-shelf parts over the SAME ontology vocabulary.

The peer is what a user gets in an afternoon: ``spacy.blank("en")`` + the sentencizer (newlines also end a
sentence, since report lines rarely end in a full stop) + a ``PhraseMatcher`` on ``LOWER`` over the label, released
US-365K string and synonyms of every concept of the taxonomy (longest match wins, ``spacy.util.filter_spans``) +
negspacy's ``Negex`` with its ``en_clinical`` termset. A match maps to released values exactly as udt's mentions do:
its concept rolls up (``Taxonomy.rollups``) to the released value of each field it implies. A negated match of a
finding or descriptor is "absent"; anatomy is where a finding was looked for, so it stays asserted (the scoring
rules, in ``_parser_scoring.py``, score negation on findings and descriptors only). negspacy has no hedge
detection, so the peer asserts nothing as uncertain.

medspaCy's ConText would be the stronger peer, but medspaCy 1.3.1 requires spaCy < 3.8 and udt pins spaCy 3.8
(pip would downgrade spaCy to 3.7.5), so it is not offered here.

For each corpus: present micro-F1, negation F1 and uncertainty F1 (corpora that annotate hedges) of both, and
udt − peer with a paired bootstrap 95% interval over reports (same resamples for both; fixed seed). Reports per
CPU-second of both are measured in this process on the same texts.

Run: ``python benchmarks/parser_vs_context.py [--resamples 2000] [--seed 0] [FILE.jsonl ...]``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from _parser_scoring import (
    ALL_CORPORA,
    KINDS,
    Reading,
    ReportCounts,
    annotates_uncertainty,
    load_rows,
    paired_bootstrap,
    prf,
    reading_of,
    score_report,
    total,
)

if TYPE_CHECKING:
    from udt.taxonomy import Concept, Taxonomy


class NegexPeer:
    """spaCy blank + sentencizer + PhraseMatcher over the ontology vocabulary + negspacy Negex."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        import negspacy.negation  # noqa: F401  (registers the "negex" factory)
        import spacy
        from spacy.matcher import PhraseMatcher
        from spacy.pipeline import Sentencizer

        self.taxonomy = taxonomy
        self.fields = taxonomy.fields
        self.nlp = spacy.blank("en")
        self.sentencizer = self.nlp.add_pipe(
            "sentencizer", config={"punct_chars": [*Sentencizer.default_punct_chars, "\n"]}
        )
        self.negex = self.nlp.add_pipe("negex", config={"extension_name": "peer_negex"})
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.concept_of: dict[str, Concept] = {}
        forms: dict[str, list[Concept]] = {}
        for c in taxonomy:
            if c.dimension is None or c.is_dimension or c.deprecated:
                continue
            for form in {c.label, c.us365k_label, *c.synonyms} - {None, ""}:
                forms.setdefault(form.lower(), []).append(c)
        for form, concepts in forms.items():
            # A form shared by several concepts reads as the taxonomy's own best look-up of it.
            best = taxonomy.find(form)
            self.concept_of[form] = best if best is not None and best in concepts else concepts[0]
            self.matcher.add(form, [self.nlp.make_doc(form)])

    def read(self, text: str) -> Reading:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        doc = self.sentencizer(self.nlp.make_doc(text))
        strings = self.nlp.vocab.strings
        spans = [Span(doc, s, e, label=strings[key]) for key, s, e in self.matcher(doc)]
        doc.ents = filter_spans(spans)
        doc = self.negex(doc)
        anatomy = set(self.fields[1:3])
        labels: dict[str, set[str]] = {f: set() for f in self.fields}
        mentions = []
        for ent in doc.ents:
            concept = self.concept_of[ent.label_]
            negated = ent._.peer_negex and concept.dimension not in anatomy
            own = self.taxonomy.rollup(concept)
            if own is not None:
                mentions.append((concept.dimension, own.us365k_label, "absent" if negated else "present"))
            if not negated:
                for f, value in self.taxonomy.rollups(concept).items():
                    labels[f].add(value.us365k_label)
        return Reading(labels=labels, mentions=tuple(mentions))


def _cpu(fn):
    start = time.process_time()
    out = fn()
    return out, time.process_time() - start


def compare(path: Path, tax: Taxonomy, udt_parser, peer: NegexPeer, resamples: int, seed: int) -> None:
    rows = load_rows(path)
    texts = [(r["text"], r["id"]) for r in rows]
    ours, t_udt = _cpu(lambda: [reading_of(r) for r in udt_parser.pipe(texts)])
    theirs, t_peer = _cpu(lambda: [peer.read(t) for t, _ in texts])
    fields = tax.fields
    a = [score_report(row, r, fields) for row, r in zip(rows, ours, strict=True)]
    b = [score_report(row, r, fields) for row, r in zip(rows, theirs, strict=True)]
    print(f"{path.name}: {len(rows)} reports   (udt {len(rows) / t_udt:,.0f} reports/CPU-s, "
          f"peer {len(rows) / t_peer:,.0f} reports/CPU-s)")
    _table(a, b, rows, resamples, seed)


def _table(a: Sequence[ReportCounts], b: Sequence[ReportCounts], rows, resamples: int, seed: int) -> None:
    print(f"  {'':<18}{'udt':>7}{'peer':>7}   {'udt − peer':>10}  95% interval   support")
    for kind in KINDS:
        if kind == "uncertainty" and not annotates_uncertainty(rows):
            print(f"  {kind + ' F1':<18}  (not annotated in this corpus)")
            continue
        name = "present micro-F1" if kind == "present" else f"{kind} F1"
        gold = sum(c.kinds[kind][0] + c.kinds[kind][2] for c in a)
        if not gold:  # F1 says nothing without gold items; the false alarms still do
            fp_a, fp_b = total(a, kind)[1], total(b, kind)[1]
            print(f"  {name:<18}  (none annotated; false positives: udt {fp_a}, peer {fp_b})")
            continue
        fa, fb = prf(*total(a, kind))[2], prf(*total(b, kind))[2]
        diff, lo, hi = paired_bootstrap(a, b, kind, resamples, seed)
        tp, _, fn = total(a, kind)
        print(f"  {name:<18}{fa:>7.3f}{fb:>7.3f}   {diff:>+10.3f}  [{lo:+.3f}, {hi:+.3f}]{tp + fn:>8}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--resamples", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    from udt.parser import ReportParser
    from udt.taxonomy import load_taxonomy

    tax = load_taxonomy()
    udt_parser = ReportParser(tax)
    peer = NegexPeer(tax)
    paths = args.paths or [p for p in ALL_CORPORA if p.exists()]
    print(f"peer: spaCy blank('en') + sentencizer + PhraseMatcher(LOWER) over {len(peer.concept_of)} ontology forms "
          f"+ negspacy Negex (en_clinical); {args.resamples} paired bootstrap resamples, seed {args.seed}\n")
    for i, path in enumerate(paths):
        if i:
            print()
        compare(path, tax, udt_parser, peer, args.resamples, args.seed)


if __name__ == "__main__":
    main()
