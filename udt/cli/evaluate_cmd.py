"""``udt evaluate``: zero-shot classification, retrieval and linear probing of one or more trained runs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from udt.cli.options import ontology_option
from udt.errors import UsageError


def evaluate_cmd(
    runs: list[Path] = typer.Argument(..., help="Run directories, checkpoint directories or weights files."),
    data: Path = typer.Option(..., "--data", "-d", help="Data set (US-365K folder or manifest) to evaluate on."),
    split: str = typer.Option("test", "--split", help="Split to evaluate: train, valid, test or all."),
    out: Optional[Path] = typer.Option(
        None, "--out", "-o", help="Output folder (eval.json, report.md, confusion PNGs); default RUN/eval-SPLIT."
    ),
    names: Optional[list[str]] = typer.Option(None, "--name", help="Display name per run (repeat, in order)."),
    graph: bool = typer.Option(True, "--graph/--no-graph", help="Use text-side label graphs (when the model has one)."),
    gallery: int = typer.Option(5000, "--gallery", help="Size of the seeded retrieval sub-gallery.", min=1),
    seed: int = typer.Option(0, "--seed", help="Seed of the sub-gallery, sub-sampling and linear probe."),
    probe: bool = typer.Option(True, "--probe/--no-probe", help="Train and score linear probes."),
    probe_split: str = typer.Option("train", "--probe-split", help="Split the linear probes are trained on."),
    probe_max_train: int = typer.Option(20000, "--probe-max-train", help="Cap on probe training images.", min=1),
    max_samples: Optional[int] = typer.Option(
        None, "--max-samples", help="Evaluate a seeded subset of this many pairs.", min=1
    ),
    batch_size: int = typer.Option(64, "--batch-size", help="Encoding batch size.", min=1),
    workers: int = typer.Option(0, "--workers", help="Data-loading worker processes.", min=0),
    device: str = typer.Option("cpu", "--device", help="cpu or cuda."),
    as_json: bool = typer.Option(False, "--json", help="Print eval.json to stdout instead of the tables."),
    ontology: Optional[Path] = ontology_option(
        help="Ontology to evaluate with (default: $UDT_ONTOLOGY if set, else each run's own ontology.owl copy)."
    ),
) -> None:
    """Evaluate runs as the paper reports: zero-shot multi-task classification, retrieval R@K (gallery size
    beside each recall), linear probing; several runs are compared side by side."""
    for run in runs:
        if not run.exists():
            raise UsageError("usage.no_run", f"run {run} does not exist", "give a `udt train` run directory")
    if not data.exists():
        raise UsageError("usage.no_data", f"data set {data} does not exist", "give a US-365K folder or a manifest")
    if names and len(names) != len(runs):
        raise UsageError("usage.names", f"{len(names)} --name for {len(runs)} runs", "give one --name per run")
    if device not in ("cpu", "cuda"):
        raise UsageError("usage.device", f"--device {device!r}", "use cpu or cuda")
    from model.devices import resolve_device

    resolve_device(device, setting="--device")  # a GPU that is not there: one line now, before any run is loaded
    from model.data.splits import SPLITS

    # Checked here, before any run is loaded or "evaluating ..." is printed, so a typo is the only line shown.
    for option, value in (("--split", split), ("--probe-split", probe_split)):
        if value != "all" and value not in SPLITS:
            raise UsageError("usage.split", f"{option} {value!r} is not a split", f"use {', '.join(SPLITS)} or all")

    import json

    from model.clip_model import taxonomy_of_run
    from model.evaluation import evaluate, markdown_report, write_evaluation
    from udt.cli.run_taxonomy import given_taxonomy

    # An explicit ontology is checked against each model's vocabulary; otherwise each run uses the one it was
    # trained with (its ontology.owl copy), never a silently reloaded shipped file.
    tax = given_taxonomy(ontology)
    results = []
    for i, run in enumerate(runs):
        print(f"evaluating {run} on {data} [{split}]", file=sys.stderr)
        results.append(
            evaluate(
                run,
                data,
                split,
                name=names[i] if names else None,
                use_graph=graph,
                gallery_size=gallery,
                seed=seed,
                probe=probe,
                probe_split=probe_split,
                probe_max_train=probe_max_train,
                max_samples=max_samples,
                batch_size=batch_size,
                num_workers=workers,
                device=device,
                taxonomy=tax,
                progress=sys.stderr.isatty(),
            )
        )
    if out is None:
        out = (runs[0] if runs[0].is_dir() else runs[0].parent) / f"eval-{split}"
        if len(runs) > 1:
            out = Path("runs") / f"compare-{split}"
    report_tax = tax if tax is not None else taxonomy_of_run(runs[0])
    report = write_evaluation(results, out, report_tax)
    from model.card import update_card_evaluation

    for run, result in zip(runs, results, strict=True):
        # The run's model card (README.md) shows the latest numbers per split; checkpoints have no card.
        card = update_card_evaluation(run if run.is_dir() else run.parent, result)
        if card is not None:
            print(f"updated the model card {card}", file=sys.stderr)
    if as_json:
        typer.echo(json.dumps({"runs": [json.loads(r.model_dump_json()) for r in results]}, indent=2))
    else:
        typer.echo(markdown_report(results, report_tax))
    print(f"wrote {report} and {out / 'eval.json'}", file=sys.stderr)


def register(app: typer.Typer) -> None:
    app.command("evaluate", no_args_is_help=True)(evaluate_cmd)
