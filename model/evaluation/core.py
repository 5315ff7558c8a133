"""The evaluation protocol on features: zero-shot classification, retrieval and linear probing."""

from __future__ import annotations

import time

from model.evaluation.classification import zero_shot_scores
from model.evaluation.features import Encoder, SplitFeatures
from model.evaluation.linear_probe import PROBE_DESCRIPTION, linear_probe_scores
from model.evaluation.prompts import DEFAULT_TEMPLATES, build_class_prompts, class_embeddings
from model.evaluation.results import EvalResult, ProtocolNote
from model.evaluation.retrieval import retrieval_scores
from model.evaluation.targets import dimension_targets
from udt.taxonomy import Taxonomy

MULTI_LABEL_RULE = (
    "a prediction is correct when it is any of the sample's values; otherwise the sample counts against its first "
    "value (accuracy, macro recall and confusion matrices use these targets); a dimension is scored only over the "
    "samples that have it, and averages are over the dimensions with at least one sample"
)
MATCH_RULE = "pairs with identical caption text count as matches of each other (otherwise only the paired index)"
TIE_RULE = "pessimistic (a non-matching item scoring equal to the best match ranks above it)"


def evaluate_features(
    encoder: Encoder,
    tax: Taxonomy,
    test: SplitFeatures,
    *,
    train: SplitFeatures | None = None,
    run: str = "",
    name: str = "",
    data: str = "",
    split: str = "test",
    text_graphs: str = "off",
    gallery_size: int = 5000,
    seed: int = 0,
    max_synonyms: int = 2,
    probe_weight_decay: float = 1e-3,
    probe_split: str = "train",
) -> EvalResult:
    """Score already-extracted features; ``encoder.texts`` embeds the zero-shot class prompts."""
    if test.text is None:
        raise ValueError("evaluation needs text features of the evaluated split")
    seconds: dict[str, float] = {}
    t0 = time.perf_counter()
    classes = {f: build_class_prompts(tax, f, max_synonyms=max_synonyms) for f in tax.fields}
    names = {f: [c.label for c in cs] for f, cs in classes.items()}
    class_feats = {f: class_embeddings(cs, encoder.texts) for f, cs in classes.items()}
    targets = dimension_targets(tax, test.labels)
    zero_shot = zero_shot_scores(test.image, class_feats, names, targets)
    seconds["zero_shot"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    retrieval = retrieval_scores(test.image, test.text, match_keys=test.captions, gallery_size=gallery_size, seed=seed)
    seconds["retrieval"] = time.perf_counter() - t0

    probe = None
    probe_note = None
    if train is not None:
        t0 = time.perf_counter()
        probe = linear_probe_scores(
            train.image,
            dimension_targets(tax, train.labels),
            test.image,
            targets,
            names,
            weight_decay=probe_weight_decay,
            seed=seed,
        )
        probe_note = PROBE_DESCRIPTION.format(wd=probe_weight_decay, seed=seed, train=probe_split) + (
            f" ({len(train.labels)} training images)"
        )
        seconds["linear_probe"] = time.perf_counter() - t0

    n_prompts = sum(len(c.prompts) for cs in classes.values() for c in cs)
    protocol = ProtocolNote(
        split=split,
        n_pairs=len(test.captions),
        text_graphs=text_graphs,
        prompts=(
            f"{n_prompts} prompts for {sum(len(cs) for cs in classes.values())} released values: label, released "
            f"string and up to {max_synonyms} exact synonyms from the ontology x {len(DEFAULT_TEMPLATES)} templates, "
            "embeddings averaged per class; each prompt's graph is its class's own one-tag label record"
        ),
        multi_label=MULTI_LABEL_RULE,
        retrieval_matches=MATCH_RULE,
        ties=TIE_RULE,
        linear_probe=probe_note,
    )
    return EvalResult(
        run=run,
        name=name or run,
        data=data,
        protocol=protocol,
        zero_shot=zero_shot,
        retrieval=retrieval,
        linear_probe=probe,
        seconds=seconds,
    )
