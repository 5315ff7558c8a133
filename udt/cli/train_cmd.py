"""``udt train``: train Ultrasound-CLIP (thin wrapper over ``model.train``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from udt.cli.options import ontology_option


def register(app: typer.Typer) -> None:
    app.command(
        "train",
        help="Train Ultrasound-CLIP on a data set (the cached phantom when --data is not given).",
        no_args_is_help=False,
    )(train_command)


def train_command(
    config: Path = typer.Argument(None, help="TOML/YAML/JSON config (see model/config.py); defaults: tiny CPU model."),
    data: Path = typer.Option(
        None, "--data", "-d", help="US-365K folder, manifest, or shard folder (udt data shard); default: the phantom."
    ),
    overrides: list[str] = typer.Option(
        None, "--set", "-s", help="Override a config key, e.g. --set model.graph=false (repeatable)."
    ),
    out: Path = typer.Option(None, "--out", "-o", help="Run directory (default runs/<timestamp>)."),
    resume: str = typer.Option(None, "--resume", help="'latest' (in --out) or a run/checkpoint directory."),
    nproc: int = typer.Option(1, "--nproc", min=1, help="Processes to launch with torchrun (DDP; gloo on CPU)."),
    ontology: Optional[Path] = ontology_option(),
) -> None:
    """Resolve the config (file, then --data/--out, then --set), train, print the run directory."""
    import json
    import os

    from model.config import load_config
    from model.training.api import train
    from udt.cli.options import ONTOLOGY_ENV, ontology_path_from
    from udt.errors import UsageError

    base = None
    items = list(overrides or [])
    if data is not None:
        items.insert(0, f"data.path={json.dumps(str(data))}")
    if ontology is not None or os.environ.get(ONTOLOGY_ENV, "").strip():
        # --ontology (or $UDT_ONTOLOGY) names the taxonomy; it lands in the resolved config (config.taxonomy)
        items.insert(0, f"taxonomy={json.dumps(str(ontology_path_from(ontology)))}")
    if out is not None:
        items.insert(0, f"run.out={json.dumps(str(out))}")
    if resume and config is None:
        run_dir = out if out is not None else (Path(resume) if resume != "latest" else None)
        saved = run_dir / "config.json" if run_dir is not None else None
        if saved is not None and saved.is_file():
            base = json.loads(saved.read_text(encoding="utf-8"))
    if data is not None and not data.exists():
        raise UsageError("train.no_data", f"data path not found: {data}", "give an existing folder or manifest")
    cfg = load_config(config, items, base=base)
    run_dir = train(cfg, resume=resume, nproc=nproc)
    print(training_summary(run_dir), file=sys.stderr)
    typer.echo(str(run_dir))


def training_summary(run_dir: Path) -> str:
    """One line for the end of a run (the only progress report when stderr is not a TTY): steps, last loss, run."""
    import json

    last: dict = {}
    metrics = run_dir / "metrics.jsonl"
    if metrics.is_file():
        for line in metrics.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if "loss" in record:
                last = record
    if not last:
        return f"udt train: done, no step logged; run directory {run_dir}"
    return f"udt train: done, {last['step']} steps, last loss {last['loss']:.4f}; run directory {run_dir}"
