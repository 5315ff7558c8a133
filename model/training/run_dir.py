"""Where a run writes (its directory) and reads (the data path, or the phantom generated once into a cache)."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from model.config import TrainConfig
from udt.errors import DataError, UsageError
from udt.taxonomy import Taxonomy

DEFAULT_RUNS = Path("runs")


def resolve_run_dir(config: TrainConfig, resume: str | None) -> Path:
    """``run.out``, else (resuming ``latest``) the newest run under ``runs/``, else ``runs/<timestamp>``."""
    if config.run.out:
        return Path(config.run.out)
    if resume == "latest":
        candidates = sorted(
            (p for p in DEFAULT_RUNS.glob("*") if (p / "checkpoints").is_dir()), key=lambda p: p.stat().st_mtime
        )
        if not candidates:
            raise UsageError("train.no_run", "--resume latest found no run under runs/", "pass --out RUN_DIR")
        return candidates[-1]
    if resume:
        path = Path(resume)
        return path.parent.parent if (path / "state.pt").is_file() else path
    return DEFAULT_RUNS / time.strftime("%Y%m%d-%H%M%S")


def phantom_dir(config: TrainConfig, taxonomy: Taxonomy) -> Path:
    """The phantom's cache directory for ``config`` generated from ``taxonomy``."""
    data = config.data
    root = Path(data.phantom_dir) if data.phantom_dir else Path.cwd() / ".cache" / "phantom"
    # The generator version and the ontology digest are part of the key: a changed phantom or ontology must not
    # reuse a stale cache.
    from model.phantom.writer import PHANTOM_VERSION

    tag = f"v{PHANTOM_VERSION}-{taxonomy.digest[:10]}"
    return root / f"n{data.phantom_n}-seed{data.phantom_seed}-{data.phantom_size}px-{tag}"


def ensure_phantom(config: TrainConfig, taxonomy: Taxonomy) -> Path:
    """Generate the phantom data set once into its cache directory (atomically: temp dir, then rename)."""
    target = phantom_dir(config, taxonomy)
    if (target / "full_data.json").is_file():
        return target
    from model.phantom import generate_phantom

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".tmp-{target.name}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    generate_phantom(
        tmp, config.data.phantom_n, seed=config.data.phantom_seed, size=config.data.phantom_size, taxonomy=taxonomy
    )
    try:
        os.replace(tmp, target)
    except OSError:  # another process won the race; use its copy
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def prepare_data_path(config: TrainConfig, info=None, taxonomy: Taxonomy | None = None) -> Path:
    """The data directory to train on; checks that it exists. The phantom is drawn from ``taxonomy``
    (default: the one ``config.taxonomy`` names)."""
    if config.data.path is None:
        from model.config import load_config_taxonomy
        from model.training import distributed as D

        tax = taxonomy if taxonomy is not None else load_config_taxonomy(config)
        if info is None or info.is_main:
            path = ensure_phantom(config, tax)
        D.barrier()
        return phantom_dir(config, tax) if info is not None and not info.is_main else path
    path = Path(config.data.path)
    if not path.exists():
        raise DataError("train.no_data", f"data path not found: {path}", "give --data DIR (US-365K layout or manifest)")
    return path
