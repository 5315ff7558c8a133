"""``udt demo``: the whole pipeline on phantom data in a few minutes on a CPU (what ``make demo`` runs)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from udt.cli.options import ontology_option


def demo_cmd(
    out: Path = typer.Option(Path("runs/demo"), "--out", "-o", help="Output folder (report.md and the runs)."),
    steps: Optional[int] = typer.Option(None, "--steps", help="Training steps per model (same for both).", min=1),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", help="Training batch size.", min=2),
    phantom_n: Optional[int] = typer.Option(None, "--phantom-n", help="Phantom image–text pairs.", min=16),
    seed: int = typer.Option(0, "--seed", help="Training seed (both models)."),
    probe: bool = typer.Option(True, "--probe/--no-probe", help="Include linear probing in the evaluation."),
    seeds: Optional[int] = typer.Option(None, "--seeds", help="Paired seeds per model (report's paired table).", min=1),
    ontology: Optional[Path] = ontology_option(),
) -> None:
    """Generate (or reuse) phantom data, parse the example reports, train Ultrasound-CLIP and a plain-CLIP
    baseline with the same budget, evaluate both and write OUT/report.md."""
    from model.demo import DemoConfig, run_demo
    from udt.cli.options import ontology_path_from

    updates = {"steps": steps, "batch_size": batch_size, "phantom_n": phantom_n, "seeds": seeds}
    cfg = DemoConfig(
        out=str(out),
        seed=seed,
        probe=probe,
        ontology=str(ontology_path_from(ontology)),
        **{k: v for k, v in updates.items() if v is not None},
    )
    report = run_demo(out, config=cfg)
    typer.echo(f"report: {report.resolve()}")


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_cmd)
