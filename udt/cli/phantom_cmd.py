"""``udt phantom``: write a synthetic ultrasound data set in the US-365K layout."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from udt.cli.options import ontology_option, taxonomy_from
from udt.errors import UsageError


def phantom_cmd(
    n: int = typer.Option(..., "--n", "-n", help="Number of images."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder (must not exist or be empty)."),
    seed: int = typer.Option(0, "--seed", "-s", help="Random seed; same seed, same files."),
    size: int = typer.Option(128, "--size", help="Image side in pixels."),
    coverage: str = typer.Option(
        "balanced", "--coverage", help="How often reports state each dimension: full, balanced or us365k."
    ),
    preview: Optional[Path] = typer.Option(None, "--preview", help="Also write a contact sheet PNG here."),
    preview_n: int = typer.Option(24, "--preview-n", help="Images on the contact sheet."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace a non-empty output folder."),
    ontology: Optional[Path] = ontology_option(),
) -> None:
    """Simulate B-mode (and colour-Doppler) images whose pixels follow their UDT labels, with reports."""
    from model.phantom import contact_sheet, generate_phantom

    if n < 1:
        raise UsageError("usage.n", f"--n {n} must be at least 1", "ask for one image or more")
    tax = taxonomy_from(ontology)
    from rich.progress import Progress

    with Progress(transient=True, disable=not _is_tty()) as bar:
        task = bar.add_task("phantom", total=n)
        root = generate_phantom(
            out,
            n,
            seed=seed,
            size=size,
            coverage=coverage,
            overwrite=overwrite,
            taxonomy=tax,
            progress=lambda done, total: bar.update(task, completed=done),
        )
    typer.echo(f"wrote {n} images to {root}")
    if preview is not None:
        contact_sheet(root, preview, n=preview_n)
        typer.echo(f"contact sheet: {preview}")


def _is_tty() -> bool:
    import sys

    return sys.stderr.isatty()


def register(app: typer.Typer) -> None:
    app.command("phantom")(phantom_cmd)
