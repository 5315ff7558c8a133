"""An organ named by a template key whose value is left empty, a lone dash ("Baço: -", "Bladder: -", "Hernie
inguinale: -"), was not reported on: the writer left the form's line blank, so the organ is outside what the report
describes, as one "not assessed" is (guideline, stop 50: an empty template value gives neither the organ nor a
value). Without this the key's organ read as examined. Only anatomy is set aside here; a finding named by such a key
("Free fluid: -", "Septations: -") is the template "no" that context.py's ``_template_no`` denies, and the organ a
denied finding implies (the peritoneum of "free fluid") is no mention of the key, so it stays.

The dash must be the whole value (the line ends after it) and the key a short label: it opens its line (after a
bullet or indent) and holds no number, so a measured row ("Right kidney 10.2 cm: -") or a sentence ending in a dash
is left alone. One regex probe of the report skips every report without such a line.
"""

from __future__ import annotations

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.record import MentionRecord

# A key's colon followed by nothing but a dash (hyphen, en or em dash, minus sign) to the end of the line.
_EMPTY_VALUE = lazy_compile(r":[ \t]*[-\u2013\u2014\u2212]+[ \t]*(?:\r?\n|$)")
# The key before that colon: a few words of a label, no digits and no sentence stop (a bullet may open it).
_KEY = lazy_compile(r"[ \t]*(?:[-*\u2022][ \t]+)?[^\W\d][^\d.:;|\n]{0,40}")


def set_aside_empty_keys(mentions: list[MentionRecord], text: str, anatomy_fields: frozenset[str]) -> None:
    """Mark hypothetical each anatomy mention inside a key whose value is a lone dash (module docstring)."""
    if ":" not in text:
        return
    spans: list[tuple[int, int]] = []
    for match in _EMPTY_VALUE.finditer(text):
        colon = match.start()
        line_start = text.rfind("\n", 0, colon) + 1
        if _KEY.fullmatch(text, line_start, colon) is not None:
            spans.append((line_start, colon))
    if not spans:  # (most reports)
        return
    for m in mentions:
        if m.field in anatomy_fields and any(a <= m.start_char and m.end_char <= b for a, b in spans):
            m.hypothetical = True
