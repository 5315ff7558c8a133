"""The one record every pipeline component fills in for a mention, and the Doc extensions that hold them.

The ontology matcher creates a :class:`MentionRecord` per mention; the context component sets its negation,
uncertainty, history and hypothesis; the sites/findings component sets its section, status, released value,
site and finding. :mod:`udt.parser.parser` only reads them. They live in registered Doc extensions
(``Doc._.udt_mentions``, ``Doc._.udt_sections``, ``Doc._.udt_reading``), never in ad-hoc ``doc.user_data`` keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

if TYPE_CHECKING:
    from udt.parser.schema import Finding

GENERIC = "generic"  # kb of a mention of a dimension itself ("vascularity")
ABSENCE = "absence"  # kb of a mention of a dimension's absence value ("no internal flow")


@dataclass(slots=True)
class MentionRecord:
    """One mention, as the components see it (token and character offsets, then what each component adds)."""

    # -- ontology matcher
    start: int
    end: int
    start_char: int
    end_char: int
    field: str  # US-365K field of the concept
    iri: str  # concept IRI (the dimension's IRI for a generic mention)
    kb: str  # GENERIC, ABSENCE or ""
    first_lower: int  # LOWER hash of the first token
    # -- context
    negated: bool = False
    uncertain: bool = False
    historical: bool = False
    hypothetical: bool = False
    # -- sites/findings
    section: str | None = None
    status: str = "present"  # "present", "absent" or "uncertain" once the sites component has run
    evidence: bool = False  # reported as a Mention (a generic mention or a reference-range "normal" is not)
    value: str | None = None  # released value it rolls up to
    concept: str | None = None  # label of the concept
    site: str | None = None  # organ it names or implies
    finding: int | None = None  # index into the report's findings
    derived: bool = False  # added by the sites component (one per value of a wholly negated dimension)


@dataclass
class Reading:
    """What the sites/findings component concludes about the whole report (the converter copies it)."""

    labels: dict[str, set[str]]
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    abnormal: bool = False  # something abnormal is asserted (decides "normal appearance" across chunks)
    organ_normal: bool = False  # a whole organ is stated normal beside that abnormality


def register_doc_extensions() -> None:
    """Register udt's Doc extensions (only if absent: another package may not be replaced)."""
    for name, default in (("udt_mentions", None), ("udt_sections", None), ("udt_reading", None),
                          ("udt_text", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def mentions_of(doc: Doc) -> list[MentionRecord]:
    """The mention records of ``doc`` (empty before the ontology matcher ran)."""
    return doc._.udt_mentions or []


def doc_text(doc: Doc) -> str:
    """The text of ``doc``: kept by the report tokenizer (``Doc.text`` builds a Python string per token)."""
    text: Any = doc._.udt_text
    if text is None:
        text = doc.text
        doc._.udt_text = text
    return text


register_doc_extensions()
