"""IRIs of the ontology and of the annotation properties it uses (the vocabulary itself lives in udt.owl)."""

from __future__ import annotations

UDT_NS = "https://w3id.org/udt/"
ONTOLOGY_IRI = "https://w3id.org/udt/udt.owl"
CURIE_PREFIX = "UDT"
ID_PREFIX = "UDT_"

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
OWL_NS = "http://www.w3.org/2002/07/owl#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
OBO_NS = "http://purl.obolibrary.org/obo/"
OBOINOWL_NS = "http://www.geneontology.org/formats/oboInOwl#"
DCTERMS_NS = "http://purl.org/dc/terms/"

# Prefixes written into the canonical file, in this order.
PREFIXES: dict[str, str] = {
    "rdf": RDF_NS,
    "rdfs": RDFS_NS,
    "owl": OWL_NS,
    "xsd": XSD_NS,
    "skos": SKOS_NS,
    "obo": OBO_NS,
    "oboInOwl": OBOINOWL_NS,
    "dcterms": DCTERMS_NS,
    "udt": UDT_NS,
}

LABEL = RDFS_NS + "label"
COMMENT = RDFS_NS + "comment"
SUBCLASS_OF = RDFS_NS + "subClassOf"
DEFINITION = OBO_NS + "IAO_0000115"
REPLACED_BY = OBO_NS + "IAO_0100001"
EXACT_SYNONYM = OBOINOWL_NS + "hasExactSynonym"
RELATED_SYNONYM = OBOINOWL_NS + "hasRelatedSynonym"
BROAD_SYNONYM = OBOINOWL_NS + "hasBroadSynonym"
NARROW_SYNONYM = OBOINOWL_NS + "hasNarrowSynonym"
EXACT_MATCH = SKOS_NS + "exactMatch"
CLOSE_MATCH = SKOS_NS + "closeMatch"
DEPRECATED = OWL_NS + "deprecated"
US365K_LABEL = UDT_NS + "us365kLabel"
US365K_FIELD = UDT_NS + "us365kField"
DIMENSION_ORDER = UDT_NS + "dimensionOrder"
ORDINAL_RANK = UDT_NS + "ordinalRank"
ROLLS_UP = UDT_NS + "rollsUp"

# Clinical knowledge (object properties used in existential restrictions) and its axiom annotations.
HAS_TYPICAL_SITE = UDT_NS + "hasTypicalSite"
HAS_TYPICAL_FINDING = UDT_NS + "hasTypicalFinding"
FINDING_STRENGTH = UDT_NS + "findingStrength"
SOURCE = DCTERMS_NS + "source"
FINDING_STRENGTHS = ("typical", "possible")

# Declared roles (annotation properties), so no code guesses them from label wording.
IS_ORDINAL = UDT_NS + "isOrdinal"
MEANS_NORMAL = UDT_NS + "meansNormal"
IS_PEDIATRIC = UDT_NS + "isPediatric"
IS_LANDMARK = UDT_NS + "isLandmark"
IS_UNPAIRED = UDT_NS + "isUnpaired"
IS_REGION = UDT_NS + "isRegion"
IS_PHYSIOLOGICAL = UDT_NS + "isPhysiological"
IS_ORGAN_STATE = UDT_NS + "isOrganState"
NAMES_NO_ATTRIBUTE = UDT_NS + "namesNoAttribute"
IS_ABDOMINOPELVIC = UDT_NS + "isAbdominopelvic"
IS_GENERIC_LESION = UDT_NS + "isGenericLesion"
UNPLACED_SITE = UDT_NS + "unplacedSite"
LATERALITY = UDT_NS + "laterality"
PEDIATRIC_COUNTERPART = UDT_NS + "pediatricCounterpart"

# ACR TI-RADS points on the lexicon values.
TIRADS_CATEGORY = UDT_NS + "tiradsCategory"
TIRADS_POINTS = UDT_NS + "tiradsPoints"
TIRADS_CATEGORIES = ("composition", "echogenicity", "shape", "margin", "echogenic_foci")

# OWL reification of annotated axioms (as Protégé writes them).
OWL_AXIOM = OWL_NS + "Axiom"
OWL_RESTRICTION = OWL_NS + "Restriction"
ON_PROPERTY = OWL_NS + "onProperty"
SOME_VALUES_FROM = OWL_NS + "someValuesFrom"
ANNOTATED_SOURCE = OWL_NS + "annotatedSource"
ANNOTATED_PROPERTY = OWL_NS + "annotatedProperty"
ANNOTATED_TARGET = OWL_NS + "annotatedTarget"

# External code systems: CURIE prefix <-> IRI prefix, for the skos mappings.
MAPPING_PREFIXES: dict[str, str] = {
    "SCTID": "http://snomed.info/id/",
    "DCM": "http://dicom.nema.org/resources/ontology/DCM/",
    "RADLEX": "http://radlex.org/RID/",
}


def iri_to_curie(iri: str) -> str:
    """``https://w3id.org/udt/UDT_0000042`` -> ``UDT:0000042``; mapping IRIs -> ``SCTID:...``; else the IRI."""
    if iri.startswith(UDT_NS + ID_PREFIX):
        return f"{CURIE_PREFIX}:{iri[len(UDT_NS) + len(ID_PREFIX):]}"
    for prefix, base in MAPPING_PREFIXES.items():
        if iri.startswith(base):
            return f"{prefix}:{iri[len(base):]}"
    return iri


def curie_to_iri(curie: str) -> str | None:
    """Inverse of :func:`iri_to_curie`; ``None`` for a string that is no known CURIE."""
    prefix, sep, local = curie.partition(":")
    if not sep or not local:
        return None
    if prefix.upper() == CURIE_PREFIX:
        return f"{UDT_NS}{ID_PREFIX}{local}"
    base = MAPPING_PREFIXES.get(prefix.upper())
    return base + local if base else None
