"""``udt data``: inspect image–text data sets (US-365K folders and CSV/JSONL manifests)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from udt.cli.options import ontology_option, taxonomy_from

data_app = typer.Typer(
    help="Inspect image-text data sets (US-365K layout or CSV/JSONL manifests).", no_args_is_help=True
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


def register(app: typer.Typer) -> None:
    app.add_typer(data_app, name="data")
