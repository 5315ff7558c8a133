"""``evaluate``: load a trained run, extract features of a split and apply the evaluation protocol."""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import torch

from model.evaluation.core import evaluate_features
from model.evaluation.encoder import ModelEncoder
from model.evaluation.features import SplitFeatures, extract_features, parse_with_udt
from model.evaluation.results import EvalResult
from udt.errors import DataError


def _subset(dataset: Any, limit: int | None, seed: int) -> Any:
    """A fixed seeded subset of ``limit`` items (all of them when the data set is smaller)."""
    from torch.utils.data import Subset

    if limit is None or len(dataset) <= limit:
        return dataset
    gen = torch.Generator().manual_seed(seed)
    idx = torch.randperm(len(dataset), generator=gen)[:limit].sort().values.tolist()
    return Subset(dataset, idx)


def _features(
    encoder: ModelEncoder,
    data: str | Path,
    split: str,
    image_size: int,
    *,
    with_text: bool,
    limit: int | None,
    seed: int,
    batch_size: int,
    num_workers: int,
    taxonomy: Any,
    progress: bool,
    unreadable: dict[str, list[str]] | None = None,
) -> tuple[SplitFeatures, int]:
    """Features of (a seeded subset of) a split, and the split's full size; keys of unreadable images left out
    are added to ``unreadable`` under the split's name (``probe:SPLIT`` for a probe's training split)."""
    from model.data import SkipCounter, make_loader, open_dataset

    ds = open_dataset(data, split=split, image_size=image_size, taxonomy=taxonomy, seed=seed)
    total = len(ds)
    ds = _subset(ds, limit, seed)
    if len(ds) == 0:
        raise DataError(
            "eval.empty_split",
            f"split {split!r} of {data} has no pairs",
            "choose another --split or --probe-split, or pass --no-probe",
        )
    loader = make_loader(ds, batch_size=batch_size, shuffle=False, num_workers=num_workers, seed=seed)
    skipped = SkipCounter()
    # Batches arrive without their unreadable images: count those, and leave out a batch that has none left.
    loader = (batch for batch in map(skipped.update, loader) if len(batch))
    bar = None
    if progress:
        from rich.progress import Progress

        bar = Progress(transient=True)
        bar.start()
        task = bar.add_task(f"encoding {split}", total=len(ds))
    try:
        feats = extract_features(
            encoder,
            loader,
            with_text=with_text,
            parse=lambda texts: parse_with_udt(texts, taxonomy),
            progress=(lambda n: bar.advance(task, n)) if bar is not None else None,
        )
    finally:
        if bar is not None:
            bar.stop()
    if unreadable is not None:
        unreadable.setdefault(split if with_text else f"probe:{split}", []).extend(skipped.keys)
    return feats, total


def _report_unreadable(result: EvalResult, unreadable: dict[str, list[str]]) -> None:
    """Record the unreadable images in the result (eval.json) and say so on stderr, as training does."""
    counts = {split: len(keys) for split, keys in unreadable.items() if keys}
    if not counts:
        return
    result.unreadable_images = counts
    result.unreadable_examples = [key for keys in unreadable.values() for key in keys][:20]
    for split, keys in unreadable.items():
        if keys:
            print(
                f"warning: {result.name}: skipped {len(keys)} unreadable image(s) in {split}, e.g. "
                f"{', '.join(keys[:3])} (not scored)",
                file=sys.stderr,
            )


def evaluate(
    run: str | Path,
    data: str | Path,
    split: str = "test",
    *,
    name: str | None = None,
    use_graph: bool = True,
    gallery_size: int = 5000,
    seed: int = 0,
    probe: bool = True,
    probe_split: str = "train",
    probe_data: str | Path | None = None,
    probe_max_train: int | None = 20000,
    max_samples: int | None = None,
    batch_size: int = 64,
    num_workers: int = 0,
    device: str = "cpu",
    taxonomy: Any = None,
    progress: bool = False,
    also_without_graph: bool = False,
) -> EvalResult:
    """Evaluate a trained run (directory, checkpoint directory or weights file) on ``split`` of ``data``.

    >>> result = evaluate("runs/demo/ultrasound-clip", "phantom/", split="test")   # doctest: +SKIP
    >>> result.zero_shot.avg_accuracy, result.retrieval[0].gallery_size            # doctest: +SKIP

    Zero-shot classification (ontology prompts, ensembled), retrieval R@1/5/10/50 both ways on the full split
    and on a seeded ``gallery_size``-pair gallery, and (``probe``) a linear probe trained on ``probe_split`` (of
    ``probe_data``, default ``data``).
    """
    from model.clip_model import UltrasoundCLIP
    from model.devices import resolve_device

    run = Path(run)
    if not run.exists():
        raise DataError("eval.no_run", f"{run} does not exist", "give a `udt train` run directory or checkpoint")
    # The run's own ontology unless the caller names one (checked against the model's vocabulary).
    model = UltrasoundCLIP.from_pretrained(run, map_location=resolve_device(device), taxonomy=taxonomy)
    model.eval()
    tax = model.taxonomy
    encoder = ModelEncoder(model, use_graph=use_graph, text_mode=_trained_text_mode(run))
    image_size = int(model.config.image_size)
    seconds: dict[str, float] = {}
    unreadable: dict[str, list[str]] = {}  # split (or "probe:SPLIT") -> keys of images left out
    common = dict(
        image_size=image_size,
        seed=seed,
        batch_size=batch_size,
        num_workers=num_workers,
        taxonomy=tax,
        progress=progress,
        unreadable=unreadable,
    )
    t0 = time.perf_counter()
    test, test_total = _features(encoder, data, split, with_text=True, limit=max_samples, **common)
    seen = len(test.captions) + len(unreadable.get(split, []))  # pairs read, plus those whose image was unreadable
    seconds["encode_test"] = time.perf_counter() - t0
    train = None
    if probe:
        t0 = time.perf_counter()
        train, _ = _features(
            encoder, probe_data or data, probe_split, with_text=False, limit=probe_max_train, **common
        )
        seconds["encode_probe_train"] = time.perf_counter() - t0
    note = encoder.graph_note(use_graph)
    if encoder.uses_graph:
        note += f" ({test.parsed} of {len(test.captions)} captions parsed)"
    result = evaluate_features(
        encoder,
        tax,
        test,
        train=train,
        run=str(run),
        name=name or _run_name(run),
        data=str(data),
        split=split if seen == test_total else f"{split} (seeded subset of {test_total} pairs)",
        text_graphs=note,
        gallery_size=gallery_size,
        seed=seed,
        probe_split=probe_split,
    )
    if also_without_graph and encoder.uses_graph:
        # The same image features; only the text side is re-encoded with the text tower alone.
        t0 = time.perf_counter()
        plain = ModelEncoder(model, use_graph=False, text_mode=encoder.text_mode)
        text = torch.nn.functional.normalize(plain.texts(test.captions, test.text_records).float(), dim=-1)
        alone = evaluate_features(
            plain, tax, replace(test, text=text), run=str(run), split=split, gallery_size=gallery_size, seed=seed
        )
        result.zero_shot_without_graph = alone.zero_shot
        result.retrieval_without_graph = alone.retrieval
        seconds["without_graph"] = time.perf_counter() - t0
    result.seconds.update(seconds)
    _report_unreadable(result, unreadable)
    return result


def _trained_text_mode(run: Path) -> str:
    """"caption+labels" for a run trained on captions with serialised labels (the labels-text baseline)."""
    import json

    from model.clip_model import _locate_weights

    run_dir = _locate_weights(run)[1]
    config = run_dir / "config.json"
    if not config.is_file():
        return "caption"
    data = json.loads(config.read_text(encoding="utf-8")).get("data", {})
    return "caption+labels" if data.get("caption_labels") else "caption"


def _run_name(run: Path) -> str:
    """A readable name: the run directory's name (the run's, not the checkpoint's, for checkpoint paths)."""
    if run.is_file():
        run = run.parent
    if run.parent.name == "checkpoints":
        return f"{run.parent.parent.name}/{run.name}"
    return run.name
