"""Soft labels: vectorised SoftLabeler vs the released per-pair Python loop, on US-365K-like sparse records.

"vectorised" times what the training step runs: ``SoftLabeler.from_codes`` on the batch's (B, V) code matrix.
The codes are made per sample in the DataLoader workers (``SoftLabeler.codes``, timed and printed separately as
"codes"); the speed-up is loop / from_codes (zero mode, the released semantics), and "incl. codes" gives the
ratio when the encoding is counted too.

Run: python benchmarks/soft_labels.py [--sizes 256 4096] [--loop-rows 64]
Above B=256 the O(B²) loop is timed on its first --loop-rows rows (against all B columns) and scaled to B rows;
the output says so. Values are compared on the rows the loop computed (missing="zero", the released mode).
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import torch
from _timing import best_time

import udt
from graphing.reference import soft_labels_loop
from graphing.similarity import TagSimilarity
from graphing.soft_labels import SoftLabeler
from graphing.synthetic import random_records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[256, 4096])
    parser.add_argument("--loop-rows", type=int, default=64, help="loop rows timed at sizes above 256")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (the loop uses one core)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    tax = udt.load_taxonomy()
    sim = TagSimilarity.from_taxonomy(tax)
    zero = SoftLabeler(tax, sim, missing="zero")
    skip = SoftLabeler(tax, sim, missing="skip")
    for size in args.sizes:
        records = random_records(tax, size, seed=size)
        codes = torch.from_numpy(zero.codes(records))
        encode = best_time(lambda r=records: zero.codes(r), 5)
        fast = best_time(lambda c=codes: zero.from_codes(c), 20)
        fast_skip = best_time(lambda c=codes: skip.from_codes(c), 20)
        rows = size if size <= 256 else min(args.loop_rows, size)
        start = time.perf_counter()
        loop = np.array(soft_labels_loop(records, tax, sim, missing="zero", rows=rows))
        slow = (time.perf_counter() - start) * size / rows
        diff = float(np.abs(zero.from_codes(codes).double().numpy()[:rows] - loop).max())
        note = "full loop" if rows == size else f"loop timed on {rows} rows, scaled x{size / rows:.0f}"
        print(
            f"B={size:5d}: vectorised zero {fast * 1e3:7.2f} ms, skip {fast_skip * 1e3:7.2f} ms | "
            f"per-pair loop {slow:8.2f} s ({note}) | speed-up {slow / fast:7.0f}x | max |diff| {diff:.1e} | "
            f"codes {encode * 1e3:.2f} ms in workers, incl. codes {slow / (fast + encode):.0f}x"
        )


if __name__ == "__main__":
    main()
