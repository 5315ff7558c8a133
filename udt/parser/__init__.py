"""Report parser: free-text ultrasound reports -> structured, evidenced US-365K labels.

>>> from udt.parser import parse_report
>>> parse_report("1.2 cm hypoechoic nodule in the right thyroid lobe.").labels["Echogenicity"]  # doctest: +SKIP
['hypoechoic']
"""

from udt.parser.parser import ReportParser, parse_report
from udt.parser.schema import Finding, Mention, ParsedReport

__all__ = ["Finding", "Mention", "ParsedReport", "ReportParser", "parse_report"]
