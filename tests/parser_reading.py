"""What a parsed report says, read the way the parser's table-driven tests compare it (imported by those tests)."""

from __future__ import annotations

from udt.parser import ReportParser


def labels_of(parser: ReportParser, text: str, field: str) -> list[str]:
    """The released values ``field`` is labelled with for ``text``, sorted."""
    return sorted(parser.parse(text).labels[field])


def statuses_of(parser: ReportParser, text: str, field: str, value: str, *,
                hypothetical: bool = True) -> set[str]:
    """The statuses of every mention of ``value`` in ``field``; ``hypothetical=False`` leaves out mentions in a
    hypothetical statement ("if a mass is seen ..."), for tests about what the report asserts now."""
    return {m.status for m in parser.parse(text).mentions
            if m.dimension == field and m.value == value and (hypothetical or not m.hypothetical)}


def reading_of(parser: ReportParser, text: str, field: str, value: str) -> str | None:
    """How the report reads ``value`` of ``field``, as the corpus scoring does: labelled wins over any mention
    status, then absent, then uncertain; None when nothing mentions it."""
    report = parser.parse(text)
    if value in report.labels[field]:
        return "present"
    statuses = {m.status for m in report.mentions if m.dimension == field and m.value == value}
    return next((status for status in ("absent", "uncertain") if status in statuses), None)
