"""Fluid collections whose name is their place: "hydrocele", "subchorionic haematoma", "pericardial effusion".

The ontology gives such a collection exactly one typical site (the tunica vaginalis, the gestational sac, the
pericardium): the word itself says where the fluid lies. So the organ described in earlier sentences does not hold
it ("Right kidney normal. Right hydrocele, 7 mm": the scrotum; "Left ovary: corpus luteum. Subchorionic collection
11 mm": the uterus). A collection with several typical sites ("haematoma": subcutaneous tissue or muscle; "abscess":
liver, adnexa, skin) names no place and still yields to the organ under description ("Liver: ... a haematoma").
Read from ``udt:hasTypicalSite``, so an edited ontology moves the set.

Stones whose name is their place ("gallstones", "kidney stone", "ureteric stone") are placed the same way, but only
against an organ of another body system ("Popliteal fossa: Baker's cyst. Abdomen: gallstones"): a bare "calculus"
has several typical sites and names none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.taxonomy import Taxonomy


def sited_fluid_labels(taxonomy: Taxonomy, diagnosis_field: str, fluid_label: str) -> frozenset[str]:
    """The labels of the diagnoses under ``fluid_label`` (the ontology's fluid collection) with exactly one
    typical site; empty when the ontology lacks that concept.

    >>> from udt import load_taxonomy
    >>> "hydrocele" in sited_fluid_labels(load_taxonomy(), "Diagnosis", "fluid collection")
    True
    """
    fluid = taxonomy.find(fluid_label, diagnosis_field)
    if fluid is None:
        return frozenset()
    return frozenset(
        c.label for c in taxonomy.descendants(fluid) if c.dimension == diagnosis_field and len(taxonomy.sites(c)) == 1
    )


def sited_stone_labels(taxonomy: Taxonomy, diagnosis_field: str, stone_label: str) -> frozenset[str]:
    """The labels of the stones with exactly one typical site: the diagnoses with one typical site one of whose
    names has a word that is a one-word name of ``stone_label`` (the ontology's calculus: "stone", "calculi"), as
    "gallbladder stones" and "renal calculus" do. The ontology files them beside the calculus, not under it, so
    their names say which are stones. Empty when the ontology lacks that concept.

    >>> from udt import load_taxonomy
    >>> labels = sited_stone_labels(load_taxonomy(), "Diagnosis", "calculus")
    >>> "gallstone" in labels, "calculus" in labels, "hepatic cyst" in labels
    (True, False, False)
    """
    stone = taxonomy.find(stone_label, diagnosis_field)
    if stone is None:
        return frozenset()
    words = frozenset(n.casefold() for n in (stone.label, *stone.synonyms) if n.isalpha())
    return frozenset(
        c.label for c in taxonomy.concepts.values() if c.dimension == diagnosis_field
        and len(taxonomy.sites(c)) == 1
        and any(not words.isdisjoint(name.casefold().split()) for name in (c.label, *c.synonyms))
    )
