"""Fluid collections whose name is their place: "hydrocele", "subchorionic haematoma", "pericardial effusion".

The ontology gives such a collection exactly one typical site (the tunica vaginalis, the gestational sac, the
pericardium): the word itself says where the fluid lies. So the organ described in earlier sentences does not hold
it ("Right kidney normal. Right hydrocele, 7 mm": the scrotum; "Left ovary: corpus luteum. Subchorionic collection
11 mm": the uterus). A collection with several typical sites ("haematoma": subcutaneous tissue or muscle; "abscess":
liver, adnexa, skin) names no place and still yields to the organ under description ("Liver: ... a haematoma").
Read from ``udt:hasTypicalSite``, so an edited ontology moves the set.
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
