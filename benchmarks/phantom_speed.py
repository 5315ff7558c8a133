"""Phantom generation speed: images per second at 128×128 on one core (target >= 200 images/s end to end).

Rates are given per CPU-second of this process (``time.process_time``, one thread) and per wall-clock second;
on a shared machine the wall-clock figure mostly measures the neighbours. Three runs: render + report in memory,
end to end (``generate_phantom``: simulation, report, PNG encoding, files), and a same-process baseline that only
draws and encodes a noise image of the same size, so the physics' cost shows as a ratio.

    python benchmarks/phantom_speed.py [--n 600] [--size 128]
"""

from __future__ import annotations

import argparse
import io
import os
import tempfile
import time

# One core, as the target says; must be set before numpy/scipy load their thread pools.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

import udt  # noqa: E402
from model.phantom import generate_phantom, phantom_case  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--size", type=int, default=128)
    args = ap.parse_args()
    tax = udt.load_taxonomy()
    phantom_case(0, 0, 2, tax, size=args.size)  # warm caches (PSF bank, geometry, appearance)

    def timed(fn) -> tuple[float, float]:
        c, w = time.process_time(), time.perf_counter()
        fn()
        return args.n / (time.process_time() - c), args.n / (time.perf_counter() - w)

    def render() -> None:
        done, case = 0, 0
        while done < args.n:
            done += len(phantom_case(1, case, 3, tax, size=args.size))
            case += 1

    def end_to_end() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            generate_phantom(f"{tmp}/p", args.n, seed=1, size=args.size, taxonomy=tax)

    def baseline() -> None:
        rng = np.random.default_rng(0)
        for _ in range(args.n):
            buf = io.BytesIO()
            img = (rng.random((args.size, args.size)) * 255).astype(np.uint8)
            Image.fromarray(img).save(buf, format="PNG", compress_level=1)

    r_cpu, r_wall = timed(render)
    e_cpu, e_wall = timed(end_to_end)
    b_cpu, b_wall = timed(baseline)
    print(f"phantom speed, {args.size}x{args.size}, 1 thread, n={args.n} (load average {os.getloadavg()[0]:.1f})")
    print(f"  render + report (in memory):   {r_cpu:7.1f} images/CPU-s  {r_wall:7.1f} images/s wall")
    print(
        f"  end to end (generate_phantom): {e_cpu:7.1f} images/CPU-s  {e_wall:7.1f} images/s wall"
        f"   target >= 200/CPU-s: {'PASS' if e_cpu >= 200 else 'MISS'}"
    )
    print(
        f"  baseline noise image + PNG:    {b_cpu:7.1f} images/CPU-s  {b_wall:7.1f} images/s wall"
        f"   (phantom costs {b_cpu / e_cpu:.1f}x the baseline)"
    )


if __name__ == "__main__":
    main()
