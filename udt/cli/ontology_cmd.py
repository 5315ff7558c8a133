"""``udt ontology``: check, stats, export and format the ontology file."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from udt.errors import UsageError

ontology_app = typer.Typer(help="Check, summarise, export and format the UDT ontology.", no_args_is_help=True)

_PATH_HELP = "Ontology file (RDF/XML); default: the shipped ontology/udt.owl."


def _path(path: Optional[Path]) -> Path:
    from ontology import ontology_path

    return path if path is not None else ontology_path()


@ontology_app.command("check")
def check_cmd(
    path: Optional[Path] = typer.Argument(None, help=_PATH_HELP),
    fail_on: str = typer.Option("error", "--fail-on", help="Exit 1 at this level: error, warn or none."),
    reasoner: bool = typer.Option(True, "--reasoner/--no-reasoner", help="Run HermiT (needs Java)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Quality report (ROBOT-style levels ERROR/WARN/INFO) plus the HermiT consistency check."""
    from udt.owl.check import check_ontology
    from udt.owl.read import parse_graph
    from udt.taxonomy import load_taxonomy

    if fail_on not in ("error", "warn", "none"):
        raise UsageError("usage.fail_on", f"--fail-on {fail_on!r} is not a level", "use error, warn or none")
    file = _path(path)
    report = check_ontology(parse_graph(file), load_taxonomy(file), path=file, reasoner=reasoner)
    if as_json:
        typer.echo(report.model_dump_json(indent=2))
    else:
        for issue in report.issues:
            typer.echo(f"{issue.level:<5} {issue.rule:<24} {issue.subject:<28} {issue.message}")
        typer.echo(
            f"{file}: {report.count('ERROR')} errors, {report.count('WARN')} warnings, "
            f"{report.count('INFO')} info"
        )
    if report.fails(fail_on):
        raise typer.Exit(1)


@ontology_app.command("stats")
def stats_cmd(
    path: Optional[Path] = typer.Argument(None, help=_PATH_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the counts as JSON."),
) -> None:
    """Counts per dimension and body system, synonyms and mappings."""
    from udt.owl.stats import ontology_stats
    from udt.taxonomy import load_taxonomy

    stats = ontology_stats(load_taxonomy(_path(path)))
    if as_json:
        typer.echo(stats.model_dump_json(indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"UDT ontology version {stats.version}: {stats.concepts} concepts")
    dims = Table("dimension", "released values", "finer concepts", "no roll-up", title="Dimensions")
    for d in stats.dimensions:
        dims.add_row(d.field, str(d.released_values), str(d.finer_concepts), str(d.not_rolling_up))
    console.print(dims)
    systems = Table("body system", "organs", "finer structures", title="UHAT body systems")
    for s in stats.body_systems:
        systems.add_row(s.body_system, str(s.organs), str(s.finer_structures))
    console.print(systems)
    console.print(
        f"synonyms: {stats.exact_synonyms} exact, {stats.related_synonyms} related; "
        f"ranked values: {stats.ranked_values}; next free ID: {stats.next_free_id}; mappings: "
        + ", ".join(f"{k}={v}" for k, v in stats.mappings.items())
    )
    k = stats.knowledge
    console.print(
        f"knowledge: {k.with_typical_site}/{k.finer_diagnoses} finer diagnoses with a typical site, "
        f"{k.with_typical_findings}/{k.finer_diagnoses} with typical findings; finding axioms "
        + ", ".join(f"{s}={n}" for s, n in k.finding_axioms.items())
        + f"; {k.pediatric_conditions} paediatric conditions; {k.tirads_scored_values} TI-RADS scored values"
    )


@ontology_app.command("export")
def export_cmd(
    fmt: str = typer.Option(..., "--format", "-f", help="ttl, json, csv, graphml, vocab or sssom."),
    out: str = typer.Option("-", "--out", "-o", help="Output file; '-' for stdout."),
    path: Optional[Path] = typer.Option(None, "--ontology", help=_PATH_HELP),
) -> None:
    """Export as Turtle, a flat concept table (JSON/CSV), GraphML, the nine-task vocabulary, or the lexicon
    mappings (DICOM, SNOMED CT, RadLex) as an SSSOM TSV."""
    from udt.cli.output import write_output
    from udt.owl.export import EXPORT_FORMATS, export_text
    from udt.owl.read import parse_graph
    from udt.taxonomy import load_taxonomy

    if fmt not in EXPORT_FORMATS:
        raise UsageError("usage.format", f"--format {fmt!r} is unknown", f"use one of {', '.join(EXPORT_FORMATS)}")
    file = _path(path)
    write_output(export_text(load_taxonomy(file), parse_graph(file), fmt), out)


@ontology_app.command("format")
def format_cmd(
    path: Optional[Path] = typer.Argument(None, help=_PATH_HELP),
    check: bool = typer.Option(False, "--check", help="Only report whether the file is canonical (exit 1 if not)."),
) -> None:
    """Rewrite the file in the canonical RDF/XML serialisation (deterministic, diff-friendly)."""
    from udt.atomic import atomic_write_text
    from udt.owl.canonical import serialize
    from udt.owl.read import parse_graph

    file = _path(path)
    text = serialize(parse_graph(file))
    current = file.read_text(encoding="utf-8")
    if check:
        if text != current:
            typer.echo(f"{file}: not in canonical form (run `udt ontology format`)", err=True)
            raise typer.Exit(1)
        typer.echo(f"{file}: canonical")
        return
    if text == current:
        typer.echo(f"{file}: already canonical")
        return
    atomic_write_text(file, text)
    typer.echo(f"{file}: rewritten in canonical form")


def register(app: typer.Typer) -> None:
    app.add_typer(ontology_app, name="ontology")


__all__ = ["register"]
