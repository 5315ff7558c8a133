"""udt — the Ultrasonographic Diagnostic Taxonomy toolkit.

>>> import udt
>>> tax = udt.load_taxonomy()                          # doctest: +SKIP
>>> tax.normalize("Echogenicity", "echo-poor").label     # doctest: +SKIP
'hypoechoic'
>>> udt.parse_report("Hypoechoic nodule in the right thyroid lobe.").labels["Diagnosis"]  # doctest: +SKIP
['nodule']

Attributes are imported lazily so that ``import udt`` (and the CLI's ``--help``) stays fast.
"""

from __future__ import annotations

from udt.lazy import lazy_exports

__version__ = "0.1.0"

_LAZY: dict[str, str] = {
    "load_taxonomy": "udt.taxonomy",
    "Taxonomy": "udt.taxonomy",
    "Concept": "udt.taxonomy",
    "Dimension": "udt.taxonomy",
    "validate_labels": "udt.taxonomy",
    "LabelValidation": "udt.taxonomy",
    "UdtError": "udt.errors",
    "OntologyError": "udt.errors",
    "ParseInputError": "udt.errors",
    "DataError": "udt.errors",
    "ConfigError": "udt.errors",
    "parse_report": "udt.parser",
    "ReportParser": "udt.parser",
    "ParsedReport": "udt.parser",
}

__all__ = [*sorted(_LAZY), "__version__"]

__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
