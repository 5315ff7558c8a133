"""Exports of the ontology: Turtle, a flat concept table (JSON/CSV), the hierarchy as GraphML, and the
nine-task vocabulary of the released code."""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Literal

import rdflib

from udt.taxonomy.taxonomy import Taxonomy

ExportFormat = Literal["ttl", "json", "csv", "graphml", "vocab", "sssom"]
EXPORT_FORMATS: tuple[str, ...] = ("ttl", "json", "csv", "graphml", "vocab", "sssom")

_TABLE_COLUMNS = (
    "curie", "iri", "label", "dimension", "us365k_label", "rank", "parents", "rolls_up", "rollup_organ",
    "rollup_body_system", "rollup_value", "exact_synonyms", "related_synonyms", "exact_matches",
    "close_matches", "deprecated", "definition", "typical_sites", "typical_findings", "possible_findings",
    "pediatric", "tirads_category", "tirads_points",
)


def concept_table(taxonomy: Taxonomy) -> list[dict[str, Any]]:
    """One flat row per concept, with its roll-ups resolved."""
    rows = []
    for c in sorted(taxonomy, key=lambda c: c.iri):
        ups = taxonomy.rollups(c)
        value = taxonomy.rollup(c) if c.dimension else None
        rows.append(
            {
                "curie": c.curie,
                "iri": c.iri,
                "label": c.label,
                "dimension": c.dimension or "",
                "us365k_label": c.us365k_label or "",
                "rank": c.rank,
                "parents": [taxonomy.concepts[p].curie for p in c.parents if p in taxonomy.concepts],
                "rolls_up": c.rolls_up,
                "rollup_organ": ups["Organ_level"].us365k_label if "Organ_level" in ups else "",
                "rollup_body_system": ups["Body_system_level"].us365k_label
                if "Body_system_level" in ups
                else "",
                "rollup_value": value.us365k_label if value is not None else "",
                "exact_synonyms": list(c.exact_synonyms),
                "related_synonyms": list(c.related_synonyms),
                "exact_matches": list(c.exact_matches),
                "close_matches": list(c.close_matches),
                "deprecated": c.deprecated,
                "definition": c.definition or "",
                "typical_sites": [s.curie for s in taxonomy.sites(c)],
                "typical_findings": [v.curie for vs in taxonomy.typical_findings(c).values() for v in vs],
                "possible_findings": [
                    taxonomy.concepts[link.target].curie
                    for link in taxonomy.finding_links(c)
                    if link.strength == "possible"
                ],
                "pediatric": taxonomy.is_pediatric(c),
                "tirads_category": taxonomy.tirads_category(c) or "",
                "tirads_points": c.tirads_points,
            }
        )
    return rows


def export_text(taxonomy: Taxonomy, graph: rdflib.Graph, fmt: str) -> str:
    """The export as text in format ``fmt`` (one of :data:`EXPORT_FORMATS`)."""
    if fmt == "ttl":
        return graph.serialize(format="turtle")
    if fmt == "json":
        return json.dumps(concept_table(taxonomy), indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=_TABLE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in concept_table(taxonomy):
            writer.writerow({k: "|".join(v) if isinstance(v, list) else v for k, v in row.items()})
        return buffer.getvalue()
    if fmt == "graphml":
        import networkx as nx

        buffer = io.BytesIO()
        nx.write_graphml(taxonomy.to_networkx(), buffer)
        return buffer.getvalue().decode("utf-8")
    if fmt == "vocab":
        return json.dumps(taxonomy.vocab(), indent=2, ensure_ascii=False) + "\n"
    if fmt == "sssom":
        from udt.owl.sssom import sssom_text

        return sssom_text(taxonomy, graph)
    raise ValueError(f"unknown export format {fmt!r}")
