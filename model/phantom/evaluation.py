"""The fixed evaluation phantom: one seed, one generator version, every dimension stated, never trained on.

Comparisons between models (``benchmarks/ablation.py``, the demo report) score on this set, so its seed and
generator version are fixed *before* any comparison is run and must not be tuned afterwards. A change to the
generator that alters its files must bump ``PHANTOM_VERSION`` and ``EVAL_GENERATOR_VERSION`` together, and
results on different versions must not be compared.

Every dimension the case has is stated on every image, except vascularity, which an image can only show in
colour Doppler: it is stated on the Doppler images (``EVAL_DOPPLER_FRACTION`` of the lesion images) and those
only. All images are in the ``test`` split; case ids start with ``eval`` so they can never collide with a
training phantom's ``case`` ids.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from model.phantom.labels import COVERAGE_PRESETS
from model.phantom.writer import PHANTOM_VERSION, generate_phantom
from udt.errors import DataError
from udt.taxonomy import Taxonomy

EVAL_SEED = 20_261_130
EVAL_GENERATOR_VERSION = 4
EVAL_PAIRS = 1_600
EVAL_IMAGES_PER_CASE = (2, 5)
EVAL_DOPPLER_FRACTION = 0.35
EVAL_MIN_CASES = 400


def evaluation_phantom(
    tax: Taxonomy,
    out_dir: str | Path,
    *,
    size: int = 96,
    overwrite: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the evaluation phantom (``EVAL_PAIRS`` pairs, >= ``EVAL_MIN_CASES`` cases, all ``test``).

    >>> root = evaluation_phantom(udt.load_taxonomy(), "eval-phantom/")   # doctest: +SKIP
    >>> json.loads((root / "phantom.json").read_text())["eval_generator_version"]   # doctest: +SKIP
    4
    """
    if EVAL_GENERATOR_VERSION != PHANTOM_VERSION:
        raise DataError(
            "phantom.eval_version",
            f"the generator is version {PHANTOM_VERSION} but the evaluation phantom is fixed at "
            f"{EVAL_GENERATOR_VERSION}",
            "bump EVAL_GENERATOR_VERSION deliberately (and never compare results across versions)",
        )
    coverage = dict(COVERAGE_PRESETS["full"])
    coverage["Vascularity"] = EVAL_DOPPLER_FRACTION
    return generate_phantom(
        out_dir,
        EVAL_PAIRS,
        seed=EVAL_SEED,
        size=size,
        images_per_case=EVAL_IMAGES_PER_CASE,
        coverage=coverage,
        fractions={"test": 1.0},
        doppler_fraction=0.0,  # Doppler exactly when vascularity is stated
        case_prefix="eval",
        overwrite=overwrite,
        taxonomy=tax,
        progress=progress,
        extra_meta={"evaluation": True, "eval_seed": EVAL_SEED, "eval_generator_version": EVAL_GENERATOR_VERSION},
    )
