"""Hetero batches: build_hetero_batch (index arithmetic) vs Batch.from_data_list over per-sample graphs.

Run: python benchmarks/hetero_batch.py [--sizes 256 4096]
Two baselines, both measured here: collating prebuilt per-sample graphs (from_data_list alone), and building the
per-sample graphs then collating (what a per-sample dataset + collate does). Content is checked to be identical.
"""

from __future__ import annotations

import argparse
import time

import torch
from _timing import best_time
from torch_geometric.data import Batch

import udt
from graphing.hetero import build_hetero_batch, build_hetero_graph
from graphing.synthetic import random_records


def _same(a, b) -> bool:
    if a.metadata() != b.metadata():
        return False
    nodes = all(torch.equal(a[nt][k], b[nt][k]) for nt in a.node_types for k in ("x", "batch", "ptr"))
    return nodes and all(torch.equal(a[et].edge_index, b[et].edge_index) for et in a.edge_types)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[256, 4096])
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    tax = udt.load_taxonomy()
    for size in args.sizes:
        records = random_records(tax, size, seed=size)
        fast = best_time(lambda r=records: build_hetero_batch(r, tax), 5)
        start = time.perf_counter()
        graphs = [build_hetero_graph(r, tax) for r in records]
        per_sample = time.perf_counter() - start
        repeat = 3 if size <= 256 else 1
        collate = best_time(lambda g=graphs: Batch.from_data_list(g), repeat)
        same = _same(build_hetero_batch(records, tax), Batch.from_data_list(graphs))
        batch = build_hetero_batch(records, tax)
        batch.validate()
        edges = sum(batch[et].num_edges for et in batch.edge_types)
        print(
            f"B={size:5d}: build_hetero_batch {fast * 1e3:7.2f} ms | from_data_list {collate * 1e3:8.1f} ms "
            f"({collate / fast:5.0f}x) | per-sample build + collate {(per_sample + collate) * 1e3:8.1f} ms "
            f"({(per_sample + collate) / fast:5.0f}x) | identical: {same} | {edges} edges"
        )


if __name__ == "__main__":
    main()
