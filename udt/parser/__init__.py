"""Report parser: free-text ultrasound reports -> structured, evidenced US-365K labels.

>>> from udt.parser import parse_report
>>> parse_report("1.2 cm hypoechoic nodule in the right thyroid lobe.").labels["Echogenicity"]  # doctest: +SKIP
['hypoechoic']

Attributes are imported lazily: ``udt.parser.inputs`` or ``udt.parser.startup`` load without spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.lazy import lazy_exports

if TYPE_CHECKING:
    from udt.parser.parser import ReportParser, parse_report
    from udt.parser.schema import Finding, Mention, ParsedReport

_LAZY = {
    "ReportParser": "udt.parser.parser",
    "parse_report": "udt.parser.parser",
    "Finding": "udt.parser.schema",
    "Mention": "udt.parser.schema",
    "ParsedReport": "udt.parser.schema",
}
__all__ = ["Finding", "Mention", "ParsedReport", "ReportParser", "parse_report"]

__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
