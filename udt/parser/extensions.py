"""The conventional ConText span attributes (``Span._.is_negated`` etc.), shared politely with other packages.

medspaCy ConText, negspacy and udt all use these names. udt registers them only when no other package has, and
never reads them itself (the parser reads its own :class:`udt.parser.record.MentionRecord`), so:

* another package registered first: its attributes stay as they are; udt's results are unaffected;
* udt registered first: a package that then sets the attributes (ConText writes ``span._.is_negated = True``)
  finds a setter; a value it set is what it reads back. A span nobody set reads udt's own status when it is a
  udt mention, else ``False``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from udt.parser.record import mentions_of

ATTRIBUTES = ("is_negated", "is_uncertain", "is_historical", "is_hypothetical")
_RECORD_FIELD = {"is_negated": "negated", "is_uncertain": "uncertain", "is_historical": "historical",
                 "is_hypothetical": "hypothetical"}


def _key(name: str, span: Span) -> tuple[str, str, int, int]:
    # The key spaCy itself uses for a span extension stored by default value, so values set through udt's
    # setter look to the rest of spaCy like ordinary attribute values.
    return ("._.", name, span.start_char, span.end_char)


def _getter(name: str) -> Any:
    attr = _RECORD_FIELD[name]

    def get(span: Span) -> bool:
        # spaCy's stub types user_data as Dict[str, Any]; spaCy's own keys are tuples
        stored = span.doc.user_data.get(_key(name, span))  # type: ignore[call-overload]
        if stored is not None:
            return bool(stored)
        for record in mentions_of(span.doc):
            if record.start == span.start and record.end == span.end:
                return bool(getattr(record, attr))
        return False

    return get


def _setter(name: str) -> Any:
    def set_(span: Span, value: Any) -> None:
        # spaCy's stub types user_data as Dict[str, Any]; spaCy's own keys are tuples
        span.doc.user_data[_key(name, span)] = value  # type: ignore[index]

    return set_


def register_span_extensions() -> None:
    """Register the four attributes, each only if absent (never ``force=True``)."""
    for name in ATTRIBUTES:
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_getter(name), setter=_setter(name))


def owns(name: str) -> bool:
    """True if udt's getter serves ``Span._.<name>`` (False when another package registered it first)."""
    ext = Span.get_extension(name)
    return ext is not None and getattr(ext[2], "__qualname__", "").startswith("_getter.")
