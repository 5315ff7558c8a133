"""The fixed evaluation phantom, generated once into a cache: what the demo and ``benchmarks/ablation.py`` score on.

The set itself (seed, generator version, size, coverage) is defined by ``model.phantom.evaluation_phantom``;
this only caches it under a name that carries those, plus the ontology's digest, so a changed generator or
ontology never reuses a stale copy.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from udt.taxonomy import Taxonomy


def cached_evaluation_phantom(
    root: str | Path, taxonomy: Taxonomy, *, size: int = 96, n: int | None = None
) -> tuple[Path, str]:
    """``(path, split)`` of the evaluation phantom under ``root`` (generated on first use, atomically).

    ``n`` other than the standard number of pairs gives a smaller *non-standard* set drawn with the same seed
    (for smoke tests only; its numbers must not be compared with the standard set's).
    """
    from model.phantom import EVAL_GENERATOR_VERSION, EVAL_SEED, evaluation_phantom, generate_phantom
    from model.phantom.evaluation import EVAL_PAIRS

    root = Path(root)
    standard = n is None or n == EVAL_PAIRS
    tag = f"v{EVAL_GENERATOR_VERSION}-seed{EVAL_SEED}-{size}px-{taxonomy.digest[:10]}"
    target = root / (f"eval-{tag}" if standard else f"smoke-n{n}-{tag}")
    if not (target / "full_data.json").is_file():
        root.mkdir(parents=True, exist_ok=True)
        tmp = root / f".tmp-{target.name}"
        shutil.rmtree(tmp, ignore_errors=True)
        if standard:
            evaluation_phantom(taxonomy, tmp, size=size)
        else:
            generate_phantom(tmp, int(n), seed=EVAL_SEED, size=size, coverage="full", taxonomy=taxonomy)
        try:
            tmp.replace(target)
        except OSError:  # another process made it first
            shutil.rmtree(tmp, ignore_errors=True)
    return target, "test" if standard else "all"
