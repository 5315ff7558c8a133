"""Random label records with the sparsity of US-365K, for tests and benchmarks.

Per-field fill rates follow the public audit of US-365K (body system and organ ~99.7%, diagnosis ~50%,
echogenicity ~18%, ...). Values are drawn from the taxonomy's released values; an organ is drawn first and its body
system follows the ontology, as in real records.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from udt.taxonomy import Taxonomy

# Fraction of US-365K records with the field filled (REFERENCE §3).
US365K_COVERAGE: Mapping[str, float] = {
    "Body_system_level": 0.997,
    "Organ_level": 0.997,
    "Diagnosis": 0.50,
    "Echogenicity": 0.18,
    "InternalCharacteristics": 0.16,
    "Vascularity": 0.08,
    "Shape": 0.08,
    "PosteriorAcoustics": 0.03,
    "Margins": 0.02,
}


def random_records(
    taxonomy: Taxonomy,
    n: int,
    *,
    seed: int = 0,
    coverage: Mapping[str, float] | None = None,
    max_tags: int = 2,
) -> list[dict[str, list[str]]]:
    """``n`` label records; a filled field has 1..``max_tags`` values (one in ~4 has two when allowed)."""
    rng = random.Random(seed)
    coverage = US365K_COVERAGE if coverage is None else coverage
    values = {f: [c.us365k_label for c in taxonomy.values(f)] for f in taxonomy.fields}
    organs = taxonomy.values(taxonomy.dimension("organ").field)
    organ_field = taxonomy.dimension("organ").field
    system_field = taxonomy.dimension("body system").field
    out: list[dict[str, list[str]]] = []
    for _ in range(n):
        record: dict[str, list[str]] = {}
        for field in taxonomy.fields:
            if rng.random() >= coverage.get(field, 0.0) or field == system_field:
                continue
            k = 2 if max_tags > 1 and rng.random() < 0.25 else 1
            record[field] = rng.sample(values[field], min(k, len(values[field])))
        if organ_field in record and rng.random() < coverage.get(system_field, 0.0):
            organ = next(c for c in organs if c.us365k_label == record[organ_field][0])
            system = taxonomy.rollups(organ).get(system_field)
            if system is not None and system.us365k_label:
                record[system_field] = [system.us365k_label]
        out.append(record)
    return out
