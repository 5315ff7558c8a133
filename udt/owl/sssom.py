"""The ontology's lexicon mappings (DICOM, SNOMED CT, RadLex) as an SSSOM mapping set.

SSSOM (Simple Standard for Sharing Ontological Mappings, https://w3id.org/sssom) is a TSV table with a YAML
header of metadata lines starting ``#``. Each ``skos:exactMatch`` / ``skos:closeMatch`` annotation of a UDT class
becomes one row; all were curated by hand against the lexicons (``semapv:ManualMappingCuration``). Deprecated
classes are left out: their mappings live on in the classes that replace them.
"""

from __future__ import annotations

import io

import rdflib
from rdflib import URIRef

from udt.owl import vocab
from udt.taxonomy.taxonomy import Taxonomy

# subject_source / object_source are left out: SSSOM wants them as CURIEs of the source ontologies, and DICOM,
# SNOMED CT and RadLex have none that tools agree on; the prefixes in the curie_map say where each ID lives.
COLUMNS = ("subject_id", "subject_label", "predicate_id", "object_id", "mapping_justification")
JUSTIFICATION = "semapv:ManualMappingCuration"
_PREDICATES = {"exact_matches": "skos:exactMatch", "close_matches": "skos:closeMatch"}


def curie_map() -> dict[str, str]:
    """Every prefix the table uses, with its IRI expansion."""
    return {
        vocab.CURIE_PREFIX: vocab.UDT_NS + vocab.ID_PREFIX,
        **vocab.MAPPING_PREFIXES,
        "semapv": "https://w3id.org/semapv/vocab/",
        "skos": vocab.SKOS_NS,
    }


def mapping_rows(taxonomy: Taxonomy) -> list[dict[str, str]]:
    """One row per mapping, sorted by subject, predicate and object."""
    rows = []
    for concept in taxonomy:
        if concept.deprecated:
            continue
        for attribute, predicate in _PREDICATES.items():
            for target in getattr(concept, attribute):
                rows.append(
                    {
                        "subject_id": concept.curie,
                        "subject_label": concept.label,
                        "predicate_id": predicate,
                        "object_id": target,
                        "mapping_justification": JUSTIFICATION,
                    }
                )
    rows.sort(key=lambda r: (r["subject_id"], r["predicate_id"], r["object_id"]))
    return rows


def _yaml_scalar(value: str) -> str:
    # Always a double-quoted string: a bare 2026-11-22 would be read back as a date, a bare IRI's ':' as syntax.
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sssom_text(taxonomy: Taxonomy, graph: rdflib.Graph) -> str:
    """The SSSOM TSV of ``taxonomy``'s mappings, metadata taken from the ontology header in ``graph``."""
    ontology = URIRef(vocab.ONTOLOGY_IRI)
    license_ = graph.value(ontology, URIRef(vocab.DCTERMS_NS + "license"))
    title = graph.value(ontology, URIRef(vocab.DCTERMS_NS + "title"))
    base = (taxonomy.version_iri or vocab.ONTOLOGY_IRI).rsplit("/", 1)[0]
    meta: list[tuple[str, str]] = [
        ("mapping_set_id", f"{base}/udt.sssom.tsv"),
        ("mapping_set_title", f"{title or 'UDT'}: lexicon mappings"),
        ("license", str(license_) if license_ is not None else "https://www.apache.org/licenses/LICENSE-2.0"),
    ]
    if taxonomy.version:
        meta.append(("mapping_set_version", taxonomy.version))
    meta.append(("mapping_set_description", f"skos:exactMatch and skos:closeMatch annotations of {vocab.ONTOLOGY_IRI}"
                 + (f" ({taxonomy.version_iri})" if taxonomy.version_iri else "")))
    out = io.StringIO()
    out.write("# curie_map:\n")
    for prefix, expansion in curie_map().items():
        out.write(f"#   {prefix}: {_yaml_scalar(expansion)}\n")
    for key, value in meta:
        out.write(f"# {key}: {_yaml_scalar(value)}\n")
    out.write("\t".join(COLUMNS) + "\n")
    for row in mapping_rows(taxonomy):
        out.write("\t".join(_cell(row[c]) for c in COLUMNS) + "\n")
    return out.getvalue()


def _cell(value: str) -> str:
    # A tab or newline inside a label would break the table: labels never hold one, but never write a broken row.
    return " ".join(value.split())
