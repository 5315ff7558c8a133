"""``udt phantom``: write a synthetic ultrasound data set in the US-365K layout, drawn from the ontology."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from udt.cli.options import ontology_option, taxonomy_from
from udt.errors import UsageError


def phantom_cmd(
    n: Optional[int] = typer.Option(None, "--n", "-n", help="Number of images (required unless --evaluation)."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder (must not exist or be empty)."),
    seed: int = typer.Option(0, "--seed", "-s", help="Random seed; same seed, same files."),
    size: int = typer.Option(128, "--size", help="Image side in pixels."),
    coverage: str = typer.Option(
        "us365k", "--coverage", help="How often labels state each dimension: us365k (sparse), balanced or full."
    ),
    atypical: float = typer.Option(0.1, "--atypical", help="Share of cases with one off-type (possible) finding."),
    fog: float = typer.Option(0.8, "--fog", help="Share of spellings the zero-shot prompts never use (0 = labels)."),
    evaluation: bool = typer.Option(
        False, "--evaluation", help="Write the fixed evaluation phantom (its own seed and size; ignores --n/--seed)."
    ),
    preview: Optional[Path] = typer.Option(None, "--preview", help="Also write a contact sheet PNG here."),
    preview_n: int = typer.Option(24, "--preview-n", help="Images on the contact sheet."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace a non-empty output folder."),
    ontology: Optional[Path] = ontology_option(),
) -> None:
    """Simulate B-mode (and colour-Doppler) images of cases drawn from the ontology, with sparse labels and reports."""
    from model.phantom import contact_sheet, evaluation_phantom, generate_phantom

    if n is None and not evaluation:
        raise UsageError("usage.n", "--n is required", "say how many images to write, e.g. --n 500")
    if n is not None and n < 1:
        raise UsageError("usage.n", f"--n {n} must be at least 1", "ask for one image or more")
    for name, value in (("--atypical", atypical), ("--fog", fog)):
        if not 0.0 <= value <= 1.0:
            raise UsageError("usage.rate", f"{name} {value} is not a probability", "give a value in [0, 1]")
    tax = taxonomy_from(ontology)
    from rich.progress import Progress

    with Progress(transient=True, disable=not _is_tty()) as bar:
        task = bar.add_task("phantom", total=n or 1)

        def report(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        if evaluation:
            root = evaluation_phantom(tax, out, overwrite=overwrite, progress=report)
        else:
            root = generate_phantom(
                out,
                n or 0,  # n is set here: it is required unless --evaluation
                seed=seed,
                size=size,
                coverage=coverage,
                atypical_rate=atypical,
                fog=fog,
                overwrite=overwrite,
                taxonomy=tax,
                progress=report,
            )
    typer.echo(f"wrote {root}")
    if preview is not None:
        contact_sheet(root, preview, n=preview_n)
        typer.echo(f"contact sheet: {preview}")


def _is_tty() -> bool:
    import sys

    return sys.stderr.isatty()


def register(app: typer.Typer) -> None:
    app.command("phantom")(phantom_cmd)
