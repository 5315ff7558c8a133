"""Straightforward per-pair implementations of the released algorithms: the baselines the vectorised code is
checked and benchmarked against. Slow on purpose (Python loops); not for training."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from graphing.similarity import TagSimilarity
from udt.taxonomy import Taxonomy, as_value_list


def _tags(record: Mapping[str, Any], taxonomy: Taxonomy) -> list[list[str]]:
    out = []
    for field in taxonomy.fields:
        tags: list[str] = []
        for value in as_value_list(record.get(field)):
            concept = taxonomy.by_us365k(field, value)
            if concept is not None and concept.iri not in tags:
                tags.append(concept.iri)
        out.append(tags)
    return out


def soft_labels_loop(
    records: Sequence[Mapping[str, Any]],
    taxonomy: Taxonomy,
    similarity: TagSimilarity,
    *,
    missing: str = "zero",
    rows: int | None = None,
) -> list[list[float]]:
    """The released per-pair loop (``missing="zero"``), or the skip-mode mean over shared dimensions.

    ``rows`` limits the output to the first rows (against all columns), to time the loop at large B.
    """
    sim = similarity.aligned(taxonomy)
    index = [{iri: i for i, iri in enumerate(sim.dimensions[f].iris)} for f in taxonomy.fields]
    matrices = [sim.matrix(f) for f in taxonomy.fields]
    tags = [_tags(r, taxonomy) for r in records]
    n = len(records)
    out = [[0.0] * n for _ in range(n if rows is None else min(rows, n))]
    for i in range(len(out)):
        for j in range(n):
            if i == j:
                out[i][j] = 1.0
                continue
            total, counted = 0.0, 0
            for k in range(len(matrices)):
                a_tags, b_tags = tags[i][k], tags[j][k]
                if not a_tags or not b_tags:
                    if missing == "zero":
                        counted += 1
                    continue
                acc = 0.0
                for a in a_tags:
                    for b in b_tags:
                        acc += matrices[k][index[k][a], index[k][b]]
                total += acc / (len(a_tags) * len(b_tags))
                counted += 1
            out[i][j] = min(max(total / counted, 0.0), 1.0) if counted else 0.0
    return out
