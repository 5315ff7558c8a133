"""Pydantic records the parser returns (they cross the library/CLI boundary as JSON)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, Optional, TypeVar

from pydantic import BaseModel, Field

Status = Literal["present", "absent", "uncertain"]
M = TypeVar("M", bound=BaseModel)


class Mention(BaseModel):
    """One piece of evidence: a span of the report that names a concept."""

    dimension: str = Field(description="US-365K field of the concept (e.g. 'Echogenicity').")
    value: Optional[str] = Field(None, description="Released US-365K value it rolls up to (None if it does not).")
    concept: str = Field(description="Label of the matched ontology concept.")
    iri: str = Field(description="IRI of the matched ontology concept.")
    text: str = Field(description="Surface text in the report.")
    start: int = Field(description="Start character offset.")
    end: int = Field(description="End character offset (exclusive).")
    status: Status = "present"
    historical: bool = False
    hypothetical: bool = False
    section: Optional[str] = None
    finding: Optional[int] = Field(None, description="Index into ParsedReport.findings.")


class Tirads(BaseModel):
    """ACR TI-RADS of a thyroid nodule: ``level`` is ``None`` when a category is ``missing`` (incomplete)."""

    points: int
    level: Optional[str] = None
    missing: list[str] = Field(default_factory=list)


class Finding(BaseModel):
    """One lesion or structure and the attributes that describe it."""

    kind: Literal["lesion", "structure"]
    diagnosis: Optional[str] = None
    concept: Optional[str] = Field(None, description="Finest concept label naming the lesion or structure.")
    organ: Optional[str] = None
    body_system: Optional[str] = None
    structure: Optional[str] = Field(None, description="Finest anatomy named (e.g. 'right thyroid lobe').")
    laterality: Optional[Literal["left", "right", "bilateral"]] = None
    location: Optional[str] = None
    size_mm: list[float] = Field(default_factory=list)
    status: Status = "present"
    attributes: dict[str, list[str]] = Field(default_factory=dict)
    mentions: list[int] = Field(default_factory=list)
    tirads: Optional[Tirads] = Field(None, description="ACR TI-RADS, on thyroid-nodule findings only.")


class ParsedReport(BaseModel):
    """The structured reading of one report.

    ``labels`` holds all nine US-365K fields with the asserted (present) released values only; an empty list
    means the report says nothing the parser could assert for that field.
    """

    source: Optional[str] = None
    labels: dict[str, list[str]]
    mentions: list[Mention] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def to_us365k(self, media_name: str | None = None) -> dict[str, object]:
        """A ``full_data.json``-style record: ``media_name`` plus the nine label fields."""
        return {"media_name": media_name if media_name is not None else (self.source or ""), **self.labels}


def construct(cls: type[M], values: dict[str, Any]) -> M:
    """``cls.model_construct(**values)`` for data the parser built itself, given for *every* field.

    The parser creates a dozen records per report; pydantic's ``model_construct`` spends most of its time
    filling defaults field by field, which complete data does not need. Same result, no validation: use it
    only for values the parser produced (tests check it against validated construction).
    """
    obj = _new(cls)
    _set_attr(obj, "__dict__", values)
    _set_attr(obj, "__pydantic_fields_set__", set(values))
    _set_attr(obj, "__pydantic_extra__", None)
    _set_attr(obj, "__pydantic_private__", None)
    return obj


# pydantic models use object's ``__new__`` and guard ``__setattr__``, which these raw writes go around.
_new, _set_attr = object.__new__, object.__setattr__


def _slot_setter(name: str) -> Callable[[Any, Any], None]:
    """The setter of one of ``BaseModel``'s slots (a descriptor call skips ``object.__setattr__``'s look-up by
    name), or a plain ``object.__setattr__`` should pydantic not define that slot."""
    slot = vars(BaseModel).get(name)
    if slot is not None and hasattr(slot, "__set__"):
        return slot.__set__
    return lambda obj, value: _set_attr(obj, name, value)


def constructor(cls: type[M]) -> Callable[[dict[str, Any]], M]:
    """:func:`construct` for one class, with its look-ups done once (the parser builds several records per
    report with it)."""
    new, set_attr = _new, _set_attr
    set_fields = _slot_setter("__pydantic_fields_set__")
    set_extra = _slot_setter("__pydantic_extra__")
    set_private = _slot_setter("__pydantic_private__")
    # Values come for every field, so the fields set is the same for every record: copying a built set is
    # cheaper than hashing the keys again (set(values)); a dict of another size (a caller breaking the contract)
    # still gets its own keys.
    every_field = set(cls.model_fields)
    n_fields = len(every_field)

    def make(values: dict[str, Any]) -> M:
        obj = new(cls)
        set_attr(obj, "__dict__", values)
        set_fields(obj, every_field.copy() if len(values) == n_fields else set(values))
        set_extra(obj, None)
        set_private(obj, None)
        return obj

    return make
