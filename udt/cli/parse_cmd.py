"""``udt parse``: free-text ultrasound reports -> structured labels (JSON, JSON Lines or US-365K records)."""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Optional

import typer

from udt.cli.options import ontology_option
from udt.errors import UsageError

FORMATS = ("json", "jsonl", "us365k", "html")


def parse_command(
    paths: list[str] = typer.Argument(..., help="Text files, directories (*.txt below), JSONL/CSV corpora, or '-'."),
    out: str = typer.Option("-", "--out", "-o", help="Output file; '-' for stdout."),
    fmt: Optional[str] = typer.Option(
        None, "--format", "-f", help="json, jsonl, us365k or html (default: json for one report, jsonl for many)."
    ),
    text_field: Optional[str] = typer.Option(None, "--text-field", help="Report text field in JSONL/CSV input."),
    id_field: Optional[str] = typer.Option(None, "--id-field", help="Identifier field in JSONL/CSV input."),
    max_bytes: int = typer.Option(1_000_000, "--max-bytes", help="Largest report accepted, in bytes."),
    batch_size: int = typer.Option(256, "--batch-size", help="Reports per spaCy batch."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar (default: on a TTY)."),
    ontology: Optional[Path] = ontology_option(),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Parser processes (0: one per CPU); output as with one."),
    fluid_space_labels: bool = typer.Option(
        True, "--fluid-space-labels/--no-fluid-space-labels",
        help="Label the body space of free fluid, present or denied (the default convention; --no-… leaves it out).",
    ),
) -> None:
    """Parse ultrasound reports into the nine US-365K label fields, with evidence and findings."""
    run_parse(paths, out=out, fmt=fmt, text_field=text_field, id_field=id_field, max_bytes=max_bytes,
              batch_size=batch_size, progress=progress, ontology=ontology, jobs=jobs,
              fluid_space_labels=fluid_space_labels)


def run_parse(
    paths: list[str],
    *,
    out: str = "-",
    fmt: str | None = None,
    text_field: str | None = None,
    id_field: str | None = None,
    max_bytes: int = 1_000_000,
    batch_size: int = 256,
    progress: bool | None = None,
    ontology: Path | None = None,
    jobs: int = 1,
    fluid_space_labels: bool = True,
) -> int:
    """The command as a plain function; returns the number of failed inputs (the CLI exits 1 if any)."""
    from udt.parser.startup import collector_paused, freeze_long_lived_objects, import_spacy_lean

    # Start-up allocates only objects that live as long as the process: no garbage collection until the parser
    # is built and frozen.
    with collector_paused():
        import_spacy_lean()
        from udt.cli.output import check_output_file
        from udt.parser.inputs import InputFailure, check_paths, iter_inputs

        if fmt is not None and fmt not in FORMATS:
            raise UsageError("usage.format", f"--format {fmt!r} is unknown", f"use one of {', '.join(FORMATS)}")
        if max_bytes <= 0 or batch_size <= 0:
            raise UsageError("usage.limit", "--max-bytes and --batch-size must be positive",
                             "give a positive number")
        check_output_file(out)  # a folder as --out is a usage error before anything is parsed
        check_paths(paths)
        from udt.cli.options import taxonomy_from
        from udt.parser.jobs import resolve_jobs

        jobs = resolve_jobs(jobs)
        taxonomy = taxonomy_from(ontology)
        if jobs == 1:
            from udt.parser import ReportParser

            parser = ReportParser(taxonomy, fluid_space_labels=fluid_space_labels)
            freeze_long_lived_objects()
    failures: list[str] = []
    single = len(paths) == 1 and paths[0] != "-" and Path(paths[0]).is_file() and Path(paths[0]).suffix.casefold() \
        not in (".jsonl", ".csv")
    single = single or paths == ["-"]
    fmt = fmt or ("json" if single else "jsonl")

    texts: deque[str] = deque()  # --format html shows each text beside its report

    def reports() -> Iterator[tuple[str, str]]:
        for item in iter_inputs(paths, text_field=text_field, id_field=id_field, max_bytes=max_bytes):
            if isinstance(item, InputFailure):
                line = item.error.one_line()
                failures.append(line)
                print(line, file=sys.stderr)
                continue
            if fmt == "html":
                texts.append(item.text)
            yield item.text, item.source

    show = progress if progress is not None else sys.stderr.isatty()
    count = 0
    with _sink(out) as handle, _progress(show) as tick:
        if jobs == 1:
            parsed = parser.pipe(reports(), batch_size=batch_size)
        else:
            from udt.parser.jobs import parse_in_processes

            parsed = parse_in_processes(reports(), jobs=jobs, ontology=taxonomy.source,
                                        fluid_space_labels=fluid_space_labels)
        if fmt == "jsonl":
            for report in parsed:
                handle.write(report.model_dump_json() + "\n")
                count += 1
                tick()
        elif fmt == "us365k":
            handle.write("[")
            for report in parsed:
                name = Path(report.source).stem if report.source and Path(report.source).suffix else report.source
                handle.write(("," if count else "") + "\n  " + json.dumps(report.to_us365k(name), ensure_ascii=False))
                count += 1
                tick()
            handle.write("\n]\n")
        elif fmt == "html":
            from udt.render.html import render_page

            pages = []
            for report in parsed:
                pages.append((texts.popleft(), report))
                count += 1
                tick()
            handle.write(render_page(pages, title=f"udt parse: {count} report{'s' * (count != 1)}"))
        else:
            items = [report.model_dump(mode="json") for report in parsed]
            count = len(items)
            payload = items[0] if single and len(items) == 1 else items
            handle.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        if count == 0 and out != "-":
            raise _Discard  # nothing parsed: the sink drops its temporary file, an earlier output stays as it was
    if count == 0:
        kept = "" if out == "-" else f"; {out} was not written"
        reason = f"all {len(failures)} input(s) failed" if failures else "the inputs hold no report"
        print(f"udt parse: no report parsed ({reason}){kept}", file=sys.stderr)
        raise typer.Exit(1)
    if failures:
        print(f"udt parse: {len(failures)} input(s) failed, {count} report(s) parsed", file=sys.stderr)
        raise typer.Exit(1)
    return 0


class _Discard(Exception):
    """Raised inside the atomic writer's block so that it drops its temporary file."""


@contextmanager
def _sink(out: str) -> Iterator[IO[str]]:
    """stdout, or an atomically written file that replaces ``out`` unless the block raises ``_Discard``.

    When nothing was parsed, an earlier good ``out`` therefore stays byte-identical and no new file appears.
    """
    if out == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    from udt.atomic import atomic_open

    try:
        with atomic_open(out, "w") as handle:
            yield handle
    except _Discard:
        pass


@contextmanager
def _progress(show: bool) -> Iterator:
    if not show:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    # On stderr, so that `-o -` output stays clean.
    with Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), transient=True,
                  console=Console(stderr=True)) as bar:
        task = bar.add_task("parse", total=None)
        yield lambda: bar.advance(task)


def register(app: typer.Typer) -> None:
    app.command("parse")(parse_command)


__all__ = ["register", "run_parse"]
