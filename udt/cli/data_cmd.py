"""``udt data``: inspect image–text data sets (US-365K folders and CSV/JSONL manifests)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from udt.cli.options import ontology_option, taxonomy_from

data_app = typer.Typer(
    help="Inspect image-text data sets (US-365K layout or CSV/JSONL manifests) and convert them to shards.",
    no_args_is_help=True,
)


@data_app.command("stats")
def stats_cmd(
    path: Path = typer.Argument(..., help="US-365K folder, or a .csv/.jsonl manifest (or a folder holding one)."),
    as_json: bool = typer.Option(False, "--json", help="Print the statistics as JSON."),
    no_derive: bool = typer.Option(
        False, "--no-derive", help="Do not parse captions to fill missing labels (coverage shows given labels)."
    ),
    out: str = typer.Option("-", "--out", "-o", help="Write here instead of stdout."),
    ontology: Optional[Path] = ontology_option(),
) -> None:
    """Size, splits, cases and label coverage per dimension."""
    from model.data.stats import dataset_stats, format_stats
    from udt.cli.output import write_output

    stats = dataset_stats(path, taxonomy=taxonomy_from(ontology), derive_labels=not no_derive)
    write_output(stats.model_dump_json(indent=2) + "\n" if as_json else format_stats(stats), out)


@data_app.command("shard")
def shard_cmd(
    src: Path = typer.Argument(..., help="US-365K folder or .zip, a .csv/.jsonl manifest, or a phantom folder."),
    out: Path = typer.Option(..., "--out", "-o", help="Shard folder to create (empty or new)."),
    shard_size: int = typer.Option(1000, "--shard-size", help="Pairs per .tar shard (at least 1)."),
    seed: int = typer.Option(0, "--seed", help="Seed of the case split (when SRC has none) and the write order."),
    case_pattern: str = typer.Option(
        None, "--case-pattern", help="Regex on the image file name whose first group is the case id."
    ),
    no_derive: bool = typer.Option(False, "--no-derive", help="Do not parse captions to fill missing labels."),
    force: bool = typer.Option(False, "--force", help="Replace a non-empty --out folder."),
    ontology: Optional[Path] = ontology_option(),
) -> None:
    """Write WebDataset .tar shards per split (train-000000.tar, ...) and shards.json; `udt train --data OUT`
    then streams them."""
    import sys

    from rich.progress import Progress

    from model.data.shards import describe_index, write_shards

    with Progress(transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("sharding", total=None)
        index = write_shards(
            src,
            out,
            shard_size=shard_size,
            taxonomy=taxonomy_from(ontology),
            seed=seed,
            force=force,
            case_pattern=case_pattern,
            derive_labels=not no_derive,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    typer.echo(describe_index(index))
    typer.echo(f"wrote {out}")


def register(app: typer.Typer) -> None:
    app.add_typer(data_app, name="data")
