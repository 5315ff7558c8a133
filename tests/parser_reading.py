"""What a parsed report says, read the way the parser's table-driven tests compare it (imported by those tests)."""

from __future__ import annotations

from udt.parser import ReportParser


def labels_of(parser: ReportParser, text: str, field: str) -> list[str]:
    """The released values ``field`` is labelled with for ``text``, sorted."""
    return sorted(parser.parse(text).labels[field])
