"""The taxonomy API: typed, frozen access to the UDT ontology."""

from udt.taxonomy.concept import Concept, Dimension, FindingLink, lookup_key
from udt.taxonomy.load import load_taxonomy
from udt.taxonomy.taxonomy import Taxonomy
from udt.taxonomy.tirads import TiradsScore
from udt.taxonomy.validate import LabelValidation, UnknownValue, as_value_list, validate_labels

__all__ = [
    "Concept",
    "Dimension",
    "FindingLink",
    "LabelValidation",
    "Taxonomy",
    "TiradsScore",
    "UnknownValue",
    "as_value_list",
    "load_taxonomy",
    "lookup_key",
    "validate_labels",
]
